/**
 * Whether a lower-case word is English, by the word-list package (about 275,000 words): it tells a verb's base form
 * from a cut one ("reconvene", not "reconven"). Read once, on first use.
 */
import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';
import { irregular } from 'en-inflectors/dist/verb/solve_lookup.js';

let words: Set<string> | null = null;

export function isEnglishWord(word: string): boolean {
  words ??= new Set(readFileSync(wordListPath, 'utf8').split('\n'));
  return words.has(word);
}

// Past forms of irregular verbs that are no base form of any verb ("drew", "rose"; not "cost", "lay").
let pasts: Set<string> | null = null;

/** Whether a lower-case word is an irregular past form only (en-inflectors' table): "drew", "rose", "fled". */
export function isIrregularPastOnly(word: string): boolean {
  if (!pasts) {
    const bases = new Set(irregular.map((forms) => forms[0]));
    pasts = new Set(irregular.map((forms) => forms[1]!).filter((past) => !bases.has(past) && !past.endsWith('ed')));
  }
  return pasts.has(word);
}
