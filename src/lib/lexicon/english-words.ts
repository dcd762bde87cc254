/**
 * Whether a lower-case word is English, by the word-list package (about 275,000 words): it tells a verb's base form
 * from a cut one ("reconvene", not "reconven"). Read once, on first use.
 */
import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';

let words: Set<string> | null = null;

export function isEnglishWord(word: string): boolean {
  words ??= new Set(readFileSync(wordListPath, 'utf8').split('\n'));
  return words.has(word);
}
