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

// Verbs of the list above that can still carry an occasion: "there was a meeting", "had talks", "kept fighting",
// "is expected to meet", "managed to escape", "happened on Monday".
// biome-ignore format: a word list reads best packed
const CARRIERS = new Set([
  'be', 'have', 'do', 'become', 'stay', 'continue', 'tend', 'use', 'used', 'get', 'keep', 'let', 'make', 'allow',
  'help', 'try', 'manage', 'fail', 'happen', 'see', 'hear', 'expect', 'fit', 'smell', 'taste', 'feel', 'look',
]);
/** Verbs that only ever tell a state or an attitude ("remains uncertain", "wants a deal", "depends on"). */
export const PURE_STATE_VERBS: ReadonlySet<string> = new Set([...STATE_VERBS].filter((v) => !CARRIERS.has(v)));
