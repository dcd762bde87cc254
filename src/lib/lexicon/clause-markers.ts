/**
 * Clause markers: the words where one sentence turns to a second event ("…, while NATO allies
 * met in Antalya"), and the phrases that make a date name another event than the sentence's.
 */
import { alternation } from '../rules/index.ts';

/** ", while" / ", whereas": a simultaneous second event. */
export const WHILE = /,?\s+(?:while|whereas)\s+/g;
/** "Although Putin has pulled out, …": the concession is an event of its own. */
export const CONCESSIVE = /^(?:although|though|even though|despite the fact that)\b[^,]{10,}(?=,\s)/i;
/** "…, bolstered by their previous facilitation of the Initiative": a participle clause naming another event. */
export const PARTICIPLE =
  /,\s+(?=(?:bolstered|buoyed|helped|prompted|spurred|fuelled|fueled|driven|triggered|sparked)\s+by\b)/gi;
/** "The Istanbul talks followed the largest drone attack…": what came before is the news. */
export const FOLLOWED = /\s+(?=(?:followed|came after|came on the heels of|came days after|came hours after)\s)/i;
/** A comma or semicolon break inside a sentence. */
export const BREAK = /,\s+|;\s+/g;
/** A break that goes on with the same story: ", and …", ", but …". */
export const COORDINATED = /^[,;]\s+(?:and|but|then|or)\b/i;
/** Breaks between two dated clauses. */
export const CLAUSE_BREAK = /,\s+|;\s+|\s+(?:while|whereas|before|after|and then|but)\s+/g;
/** "since …" up to the next punctuation: a phrase that names where a state began. */
export const SINCE_PHRASE = /\bsince\b[^,;:.]*/gi;
/** A question closing a sentence: asks, does not report. */
export const QUESTION_END = /\?["'”’)]?\s*$/;

// Words in -ing that open a phrase of their own after a comma: prepositions and nouns, not participles.
const NOT_PARTICIPLE = [
  'during',
  'following',
  'beginning',
  'starting',
  'ending',
  'pending',
  'notwithstanding',
  'regarding',
  'concerning',
  'morning',
  'evening',
  'nothing',
  'something',
  'anything',
  'everything',
  'thing',
  'king',
  'spring',
];
// Participles of saying: what they report ("…, saying talks would resume in June") is an event of its own.
const SPEECH_PARTICIPLE = [
  'saying',
  'adding',
  'noting',
  'stating',
  'warning',
  'announcing',
  'telling',
  'insisting',
  'claiming',
  'promising',
  'vowing',
  'predicting',
  'pledging',
  'threatening',
  'arguing',
];
/** ", reiterating his commitment…", " while making clear…": a trailing participle of the main clause. */
export const TRAILING_PARTICIPLE = new RegExp(
  '^(?:[,;]\\s+(?:(?:while|thereby|thus)\\s+)?|,?\\s+while\\s+)' +
    `(?!(?:${alternation([...NOT_PARTICIPLE, ...SPEECH_PARTICIPLE])})\\b)\\p{Ll}+ing\\b`,
  'u',
);
/** "while heading the Russian team is X": a copula before any "that"/"who" makes the clause its own, inverted. */
export const INVERTED_COPULA = /^[\s\S]*?\b(?:is|are|was|were)\b(?<!\b(?:that|which|who|whom)\b[\s\S]*)/;
