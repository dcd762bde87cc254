/**
 * Spotting people that articles name but the registry lacks, for the build report. compromise
 * finds most names; a title pattern ("Foreign Minister Hakan Fidan") catches the rest.
 */
import nlp from 'compromise';

const TITLED =
  /\b(?:President|Minister|Secretary|Adviser|Advisor|Ambassador|Envoy|Representative|Chairman|Chairwoman|Chair|General|Director|Spokesperson|Spokesman|Spokeswoman|Senator|Governor|Mayor|Chancellor|Prime Minister|King|Queen|Pope|Judge|Commander|Mr\.|Ms\.|Mrs\.|Dr\.)\s+((?:\p{Lu}[\p{L}\p{M}’'-]+\s+){0,2}\p{Lu}[\p{L}\p{M}’'-]+)/gu;
const NOT_NAMES =
  /^(?:of|the|and|Mr|Ms|Mrs|Dr|State|Foreign|Defense|Defence|Deputy|General|Staff|United|Nations|Organization|Office|House|Council|Party|Group|Union|Ministry|President|Secretary|Minister|Special|Permanent|National|Intelligence|Chief|Presidential|Working)$/;

/** Candidate personal names in a sentence (two or three capitalised words). */
export function findPeople(text: string): string[] {
  const names = new Set<string>();
  for (const name of nlp(text).people().out('array') as string[]) {
    const clean = name
      .replace(/[’']s$/, '')
      .replace(/[,.;:]+$/, '')
      .split(/\s+/)
      .filter(
        (w, i, all) =>
          !(i < all.length - 2 && NOT_NAMES.test(w)) &&
          !/^(?:Mayor|President|Minister|Senator|Governor|General|Chancellor|Secretary|Ambassador|Judge|Mr\.?|Ms\.?|Mrs\.?|Dr\.?)$/.test(
            w,
          ),
      )
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
