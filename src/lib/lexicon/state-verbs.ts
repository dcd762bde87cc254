/**
 * Verbs that describe a state, a possession or a mental attitude, not something done on a day:
 * "the rate was 800", "he had a majority", "they wanted talks". A clause whose only past-tense
 * verb is one of these reports no event. Infinitives, as the part-of-speech tagger gives them.
 */
// biome-ignore format: a word list reads best packed
export const STATE_VERBS: ReadonlySet<string> = new Set([
  'be', 'have', 'do', 'seem', 'appear', 'remain', 'become', 'look', 'feel', 'want', 'need', 'know', 'think',
  'believe', 'expect', 'hope', 'like', 'love', 'mean', 'include', 'contain', 'consist', 'belong', 'own', 'cost',
  'stay', 'continue', 'tend', 'use', 'get', 'keep', 'lack', 'deserve', 'matter', 'depend', 'involve', 'require',
  'represent', 'resemble', 'suppose', 'understand', 'wish', 'prefer', 'fear', 'doubt', 'imagine', 'realise',
  'realize', 'recognise', 'recognize', 'consider', 'regard', 'see', 'hear', 'sound', 'smell', 'taste', 'fit',
  'let', 'make', 'allow', 'help', 'try', 'manage', 'fail', 'used', 'happen',
]);
