/**
 * Whether a candidate's verb is the sentence's own or a quoted speaker's: in "Sassoon ended by telling jurors the
 * defendant "was the mastermind"", "was" is inside the quotation, Sassoon outside it (rule `verb-not-quoted`).
 */
import { escapeRegExp } from '../../lib/rules/index.ts';

// A quotation: straight or curly marks around words without another opening mark.
const QUOTATION = /["“][^"“”]*["”]/g;

/** Whether every use of the verb in the sentence is inside a quotation and the subject's name is outside all. */
export function verbOnlyQuoted(sentence: string, verb: string, subject: string): boolean {
  const head = verb.split(/\s+/).pop();
  const name = subject.split(/\s+/).pop();
  if (!head || !name) return false;
  const quoted = [...sentence.matchAll(QUOTATION)].map((m) => [m.index, m.index + m[0].length] as const);
  const inside = (at: number): boolean => quoted.some(([from, to]) => at > from && at < to);
  const uses = (word: string): number[] =>
    [...sentence.matchAll(new RegExp(`(?<![\\p{L}])${escapeRegExp(word)}(?![\\p{L}])`, 'giu'))].map((m) => m.index);
  const verbs = uses(head);
  const names = uses(name);
  return verbs.length > 0 && verbs.every(inside) && names.length > 0 && !names.some(inside);
}
