/**
 * Connectives: the openings that tie a sentence to the one before it, in topic ("He also…",
 * "These talks…") or in time ("Afterwards, …", "There, …", "At the end of the meeting, …").
 */
import { alternation } from '../rules/index.ts';
import { OCCASIONS, REFERRED_EVENTS } from './gatherings.ts';

/** Linking words that open a sentence without changing what it is about. */
export const CONNECTIVE =
  /^(?:(?:however|but|yet|still|and|moreover|meanwhile|indeed|also|furthermore|in addition|then),?\s+)+/i;

/** "Erdoğan also underscored…": a name (up to four words) followed by a going-on adverb. */
export const NAME_THEN_ALSO =
  /^[\p{Lu}][\p{L}\p{M}’'.-]*(?:\s+[\p{Lu}][\p{L}\p{M}’'.-]*){0,3}\s+(?:also|further|additionally|then)\b/u;

const PRONOUNS = ['he', 'she', 'it', 'they', 'this', 'these', 'those', 'yet'];
const BOTH_SIDES = 'both (?:sides|parties|delegations|leaders)|the two (?:sides|leaders|delegations|countries)';
/** Openings and references that make an undated sentence go on about the event before it. */
export const REFERS_BACK = new RegExp(
  `^(?:${alternation(PRONOUNS)}|${BOTH_SIDES})\\b|\\b(?:the|this|that|these) (?:${alternation(REFERRED_EVENTS)})\\b`,
  'i',
);

const occasion = `(?:\\w+\\s+)?(?:${alternation(OCCASIONS)})`;
/** Openings that move the story on from the sentence before ("back then" stays with the date just named). */
const MOVING_ON = ['afterwards', 'afterward', 'after that', 'later', 'subsequently'];
/** Openings that stay in the same occasion, not just at the same time. */
const SAME_SCENE = ['there', 'on that occasion', `during the ${occasion}`, 'at the meeting', 'in the meeting'];
/** Openings that share only the time of the sentence before. */
const SAME_TIME = [
  'back then',
  'then',
  'at the time',
  'at that time',
  'that day',
  `at the end of the ${occasion}`,
  `after the ${occasion}`,
];

/** Openings that tie a sentence to the time of the one before it. */
export const TIED_TIME = new RegExp(`^(?:${alternation([...SAME_TIME, ...MOVING_ON, ...SAME_SCENE])})\\b`, 'i');
/** Of those, the openings that move the story on. */
export const MOVES_ON = new RegExp(`^(?:${alternation(MOVING_ON)})\\b`, 'i');
/** Of those, the openings that stay in the same occasion ("There, …", "During the meeting, …"). */
export const SAME_OCCASION = new RegExp(`^(?:${alternation(SAME_SCENE)})\\b`, 'i');
