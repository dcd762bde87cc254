/**
 * Participle clauses that end an object: a form in -ing or a past form after a whole noun phrase tells
 * something about the object ("bombers stationed at…", "territory utilizing truck compartments").
 */
import { SUBORDINATORS as SUBORDINATE } from '../../lib/lexicon/headline-clauses.ts';
import { type Term, isNoun, isVerb, word } from './terms.ts';

/** Whether the object so far ends on a whole noun phrase: two words or more, the last a noun that is no pronoun. */
function afterNounPhrase(out: Term[]): boolean {
  const last = out[out.length - 1];
  return out.length >= 2 && last !== undefined && isNoun(last) && !last.tags.has('Pronoun') && !isVerb(last);
}

/** Whether a form in -ing opens a participle clause after a whole noun phrase (a noun before it, not the verb's). */
function participleClause(out: Term[], t: Term): boolean {
  return t.tags.has('Gerund') && !t.tags.has('Noun') && !SUBORDINATE.has(word(t)) && afterNounPhrase(out);
}

/** Whether a past form after the object's noun phrase, with a preposition next, opens a reduced relative clause. */
function reducedRelative(out: Term[], t: Term, next: Term | undefined): boolean {
  return (
    t.tags.has('PastTense') &&
    !t.tags.has('Noun') &&
    next?.tags.has('Preposition') === true &&
    // Only after the verb's own object: "sat with their heads lowered in the gallery" says how they sat.
    !out.some((o) => o.tags.has('Preposition')) &&
    afterNounPhrase(out)
  );
}

/** The rule by which a participle at `t` ends the object, if one does. */
export function participleOpens(out: Term[], t: Term, next: Term | undefined): string | null {
  if (participleClause(out, t)) return 'participle-clause';
  if (reducedRelative(out, t, next)) return 'past-participle-clause';
  return null;
}
