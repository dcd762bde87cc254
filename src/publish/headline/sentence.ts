/**
 * A report sentence made ready for the clause reader (no dateline, no asides, no quotation marks), and
 * whether it reads as a heading; the words of a subject and a verb as a headline takes them.
 */
import type { EventMention } from '../../types.ts';

// A wire dateline or a live page's time stamp opening a sentence: never headline material.
const DATELINE =
  /^\s*(?:\p{Lu}[\p{Lu}\s.'’-]{2,}(?:,[^–—]{0,60}?)?\s+[–—-]+\s+|\d{1,2}[:.]\d{2}\s+(?:[ap]\.?m\.?\s+)?)/u;
const FUNCTION_WORD = /^(?:the|a|an|in|on|at|of|and|to|for|with|by|from|as|is|are|was|were|its|his|her|their)$/i;

/** A sentence without dateline, time stamp, parenthetical asides and quotation marks. */
export function cleanSentence(text: string): string {
  return text
    .replace(DATELINE, '')
    .replace(/\s*\([^)]*\)/g, '')
    .replace(/[“”"]/g, '')
    .replace(/^[\s,;:–—-]+/, '')
    .trim();
}

/** Whether a sentence reads as a heading: no closing punctuation and mostly capitalised words. */
export function headingLike(text: string): boolean {
  const t = text.trim();
  if (/[.!?…”"’)]$/.test(t)) return false;
  const words = t.split(/\s+/).filter((w) => /^\p{L}/u.test(w) && !FUNCTION_WORD.test(w));
  return words.length > 0 && words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length >= 0.6;
}

/** Whether a word of the verb phrase is one of the mention's trigger words. */
export const triggered = (verb: string, m: EventMention): boolean =>
  verb
    .toLowerCase()
    .split(/\s+/)
    .some((w) => m.triggers.includes(w));

// "the bridge itself" → "bridge": no article, no emphatic pronoun.
export const bareSubject = (text: string): string =>
  text.replace(/^(?:the|a|an)\s+/i, '').replace(/\s+(?:itself|himself|herself|themselves)$/i, '');
