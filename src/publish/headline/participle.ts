/**
 * Participle clauses that end an object: a form in -ing or a past form after a whole noun phrase tells
 * something about the object ("bombers stationed at…", "territory utilizing truck compartments").
 */
import { SUBORDINATORS as SUBORDINATE } from '../../lib/lexicon/headline-clauses.ts';
import { type Term, isNoun, isVerb, word } from './terms.ts';

/** Whether a form in -ing opens a participle clause after a whole noun phrase (a noun before it, not the verb's). */
function participleClause(out: Term[], t: Term): boolean {
  const last = out[out.length - 1];
  return (
    t.tags.has('Gerund') &&
    !t.tags.has('Noun') &&
    !SUBORDINATE.has(word(t)) &&
    out.length >= 2 &&
    last !== undefined &&
    isNoun(last) &&
    !last.tags.has('Pronoun') &&
    !isVerb(last)
  );
}

/** Whether a past form after the object's noun phrase, with a preposition next, opens a reduced relative clause. */
function reducedRelative(out: Term[], t: Term, next: Term | undefined): boolean {
  const last = out[out.length - 1];
  return (
    t.tags.has('PastTense') &&
    !t.tags.has('Noun') &&
    next !== undefined &&
    next.tags.has('Preposition') &&
    out.length >= 2 &&
    // Only after the verb's own object: "sat with their heads lowered in the gallery" says how they sat.
    !out.some((o) => o.tags.has('Preposition')) &&
    last !== undefined &&
    isNoun(last) &&
    !last.tags.has('Pronoun') &&
    !isVerb(last)
  );
}

/** The rule by which a participle at `t` ends the object, if one does. */
export function participleOpens(out: Term[], t: Term, next: Term | undefined): string | null {
  if (participleClause(out, t)) return 'participle-clause';
  if (reducedRelative(out, t, next)) return 'past-participle-clause';
  return null;
}
