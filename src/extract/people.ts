/**
 * Spotting people that articles name but the registry lacks, for the build report. compromise
 * finds most names; a title pattern ("Foreign Minister Hakan Fidan") catches the rest.
 */
import nlp from 'compromise';

// Titles written before a name, as a pattern source.
const TITLES =
  'President|Minister|Secretary|Adviser|Advisor|Ambassador|Envoy|Representative|Chairman|Chairwoman|Chair|' +
  'General|Director|Spokesperson|Spokesman|Spokeswoman|Senator|Governor|Mayor|Chancellor|Prime Minister|' +
  String.raw`King|Queen|Pope|Judge|Commander|Mr\.|Ms\.|Mrs\.|Dr\.`;
// One to three capitalised words.
const CAPITALISED_WORDS = String.raw`(?:\p{Lu}[\p{L}\p{M}’'-]+\s+){0,2}\p{Lu}[\p{L}\p{M}’'-]+`;
const TITLED = new RegExp(String.raw`\b(?:${TITLES})\s+(${CAPITALISED_WORDS})`, 'gu');
const NOT_NAMES = new RegExp(
  '^(?:of|the|and|Mr|Ms|Mrs|Dr|State|Foreign|Defense|Defence|Deputy|General|Staff|United|Nations|Organization|' +
    'Office|House|Council|Party|Group|Union|Ministry|President|Secretary|Minister|Special|Permanent|National|' +
    'Intelligence|Chief|Presidential|Working)$',
);

// A title left alone at the end of a name ("… Mayor"), dropped.
const TITLE_WORD = new RegExp(
  '^(?:Mayor|President|Minister|Senator|Governor|General|Chancellor|Secretary|Ambassador|Judge|' +
    String.raw`Mr\.?|Ms\.?|Mrs\.?|Dr\.?)$`,
);

/** Candidate personal names in a sentence (two or three capitalised words). */
export function findPeople(text: string): string[] {
  const names = new Set<string>();
  for (const name of nlp(text).people().out('array') as string[]) {
    const clean = name
      .replace(/[’']s$/, '')
      .replace(/[,.;:]+$/, '')
      .split(/\s+/)
      .filter((w, i, all) => !(i < all.length - 2 && NOT_NAMES.test(w)) && !TITLE_WORD.test(w))
      .join(' ')
      .trim();
    if (/^\p{Lu}[\p{L}\p{M}’'-]+(?:\s+\p{Lu}[\p{L}\p{M}’'-]+){1,2}$/u.test(clean)) names.add(clean);
  }
  for (const m of text.matchAll(TITLED)) {
    const words = m[1]!.split(/\s+/).filter((w) => !NOT_NAMES.test(w));
    if (words.length >= 2) names.add(words.slice(-2).join(' '));
  }
  return [...names];
}
