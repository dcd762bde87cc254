/**
 * Where an object ends: cut back to a whole phrase, never on a word that leaves it open (a preposition,
 * a determiner, a verb), keeping what completes it (a phrasal verb's particle, an adjective complement).
 */
import { DATE_OPENERS, PHRASAL_PARTICLE as PARTICLE } from '../../lib/lexicon/headline-clauses.ts';
import { PERSONAL_SUBJECT } from '../../lib/lexicon/pronouns.ts';
import { type Term, isNoun, isVerb, word } from './terms.ts';

// A phrase never ends on these: it would read as clipped.
const DANGLING = new Set([
  'Preposition',
  'Determiner',
  'Conjunction',
  'Adjective',
  'Possessive',
  'Auxiliary',
  'Modal',
  'Verb',
  'Adverb',
]);

/** Whether a verb form ends a noun phrase a determiner opens: "the grounding", "an Air China jet". */
function headOfPhrase(out: Term[]): boolean {
  let at = out.length - 1;
  while (at >= 0 && !out[at]!.tags.has('Determiner') && !out[at]!.tags.has('Possessive')) at--;
  const between = out.slice(at + 1, -1);
  const modifier = (t: Term): boolean => isNoun(t) || t.tags.has('Adjective') || t.tags.has('Value');
  return at >= 0 && at < out.length - 1 && between.every((t) => modifier(t) && !isVerb(t) && !/,/.test(t.post));
}

/** Whether an object's last word leaves it open: a preposition, a determiner, a verb… (not a noun or complement). */
function dangling(out: Term[]): boolean {
  const x = out[out.length - 1]!;
  const before = out[out.length - 2];
  return (
    [...x.tags].some((g) => DANGLING.has(g)) &&
    !x.tags.has('Noun') &&
    !x.tags.has(VERB_PARTICLE) &&
    !nounAfterPreposition(out) &&
    // "cap what they owe": a verb right after a subject pronoun ends that pronoun's clause.
    !(isVerb(x) && before !== undefined && PERSONAL_SUBJECT.test(before.text)) &&
    // "not guilty", "open", "now very slim", "it too dangerous": an adjective right after the verb, "not" or
    // an adverb is the complement, unless a determiner opened a noun phrase ("a much larger") (rule
    // `adjective-complement`).
    !(x.tags.has('Adjective') && (!before || before.tags.has('Negative') || adverbBefore(out))) &&
    // "the grounding", "an Air China jet": a verb form ending a determiner's noun phrase is its noun.
    !(isVerb(x) && !x.tags.has('Particle') && !x.tags.has('Preposition') && headOfPhrase(out))
  );
}

/**
 * "called the summit off last month": a particle between a noun and the date (or clause) that ends the object
 * is the phrasal verb's, and stays (rule `particle-before-date`).
 */
export function keepParticle(out: Term[], fired: Set<string>): void {
  let at = out.length - 1;
  while (at > 0 && DATE_OPENERS.has(word(out[at]!))) at--;
  const particle = out[at];
  if (!particle || at < 1 || !PARTICLE.test(particle.text) || !isNoun(out[at - 1]!)) return;
  particle.tags = new Set([...particle.tags, VERB_PARTICLE]);
  fired.add('particle-before-date');
}
const VERB_PARTICLE = 'VerbParticle';

/**
 * "at war", "on trial": a bare verb form right after a preposition other than "to" is its noun; a past form
 * ("as planned") is a participle, no noun.
 */
function nounAfterPreposition(out: Term[]): boolean {
  const x = out[out.length - 1];
  const before = out[out.length - 2];
  const bare = !!x && isVerb(x) && !x.tags.has('Gerund') && !x.tags.has('PastTense');
  return bare && !!before?.tags.has('Preposition') && word(before) !== 'to';
}

// "too dangerous" after "made it", "very slim" after "are now": adverbs before the adjective, and before them
// the verb, a noun or a pronoun; never a determiner ("a much larger").
function adverbBefore(out: Term[]): boolean {
  let at = out.length - 2;
  if (!out[at]?.tags.has('Adverb')) return false;
  while (at >= 0 && out[at]!.tags.has('Adverb')) at--;
  return at < 0 || (!out[at]!.tags.has('Determiner') && !out[at]!.tags.has('Preposition'));
}

/** Cut an object back to a whole phrase: no dangling last word. */
export function trimEnd(out: Term[], fired: Set<string>): void {
  const last = out[out.length - 1];
  const saved = last && isVerb(last) && !last.tags.has('Noun') && !dangling(out) && headOfPhrase(out);
  if (saved) fired.add('phrase-head-noun');
  // "released their findings last" before "week": the word a date opens with goes with its date.
  while (out.length > 1 && DATE_OPENERS.has(word(out[out.length - 1]!))) {
    out.pop();
    fired.add('time-phrase-in-object');
  }
  while (out.length && dangling(out)) {
    // "stayed out": a particle right after the verb is the verb's, not a dangling preposition; "has set
    // sentencing": a form in -ing alone after it is its object.
    const alone = out.length === 1 && !/,/.test(out[0]!.post);
    if (alone && (PARTICLE.test(out[0]!.text) || out[0]!.tags.has('Gerund'))) break;
    out.pop();
  }
  if (out.length && nounAfterPreposition(out)) fired.add('noun-after-preposition');
  if (out.length > 1 && out[out.length - 1]!.tags.has('Adjective') && adverbBefore(out))
    fired.add('adjective-complement');
}
