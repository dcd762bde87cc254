/**
 * Relative clauses inside a subject: where one opens ("ships that had queued…"), and whether the verb found is
 * a relative clause's own ("a meeting that the guild said went nowhere", "the berth it had left").
 */
import { PERSONAL_SUBJECT } from '../../lib/lexicon/pronouns.ts';
import { type Term, isNoun, isVerb } from './terms.ts';

/** Whether the subject ends on "that" after a noun and a noun phrase with no verb: a relative clause's own subject. */
export function ownSubject(subject: Term[]): boolean {
  const noun = (t: Term): boolean => isNoun(t) || t.tags.has('Gerund');
  const at = subject.findIndex((t, i) => i > 0 && /^(?:that|which|whom)$/i.test(t.text) && noun(subject[i - 1]!));
  const after = subject.slice(at + 1);
  return at > 0 && after.some(isNoun) && !after.some(isVerb);
}

/** Where a relative clause opens a subject ("ships that had queued…"), or -1: "that" after a noun, a verb next. */
export function relativeAt(subject: Term[]): number {
  return subject.findIndex(
    (t, i) =>
      i > 0 &&
      /^(?:that|which|who|whom|whose)$/i.test(t.text) &&
      isNoun(subject[i - 1]!) &&
      subject.slice(i + 1, i + 4).some((x) => isVerb(x) && !x.tags.has('Gerund')),
  );
}

/**
 * "the berth it had left", "the day they met": a noun and a subject pronoun right before the verb open a relative
 * clause with no "that"; the verb found is that clause's, not the sentence's (rule `relative-clause-own-subject`).
 */
export function contactRelative(subject: Term[]): boolean {
  const last = subject[subject.length - 1];
  const before = subject[subject.length - 2];
  return !!last && !!before && PERSONAL_SUBJECT.test(last.text) && isNoun(before) && !isPronoun(before);
}
const isPronoun = (t: Term): boolean => t.tags.has('Pronoun');
