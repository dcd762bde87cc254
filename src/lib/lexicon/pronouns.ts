/** Personal pronouns a report sentence may open with, by what they can stand for (rule `pronoun-antecedent`). */

/** What a subject pronoun stands for: one person, one thing or body, or a group (two or more, or a body). */
export type PronounNumber = 'person' | 'thing' | 'group';

/**
 * Subject pronouns of the third person. Not "we": it is a speaker's word for their own side, which
 * the sentences before do not name ("We have so far failed the people…" is the UN's envoy speaking).
 */
export const SUBJECT_PRONOUNS: ReadonlyMap<string, PronounNumber> = new Map([
  ['he', 'person'],
  ['she', 'person'],
  ['it', 'thing'],
  ['they', 'group'],
]);

/** A subject that does not say who by itself: a pronoun, a demonstrative or an expletive "there". */
export const PRONOUN_SUBJECT = /^(?:i|we|you|he|she|it|they|this|that|these|those|there)$/i;

/** Pronouns only a subject takes ("and that he"): a phrase never ends on one. */
export const SUBJECT_ONLY_PRONOUN = /^(?:i|we|he|she|they)$/i;

/** Personal pronouns a clause may open with as its subject ("what they owe", "the berth it had left"). */
export const PERSONAL_SUBJECT = /^(?:i|we|you|he|she|it|they)$/i;

/** Possessive pronouns that open a subject ("Its stern swung away"), by the subject pronoun they go with. */
export const POSSESSIVE_PRONOUNS: ReadonlyMap<string, string> = new Map([
  ['his', 'he'],
  ['her', 'she'],
  ['its', 'it'],
  ['their', 'they'],
]);

/** Object pronouns: an object that is one says whom to no one without its sentence ("succeeds him"). */
export const OBJECT_PRONOUNS: ReadonlySet<string> = new Set([
  'him',
  'her',
  'it',
  'them',
  'us',
  'me',
  'you',
  'himself',
  'herself',
  'itself',
  'themselves',
]);
