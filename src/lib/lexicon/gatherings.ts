/**
 * Gatherings: the occasions other events are timed against ("just before the talks", "after a
 * 17-day hiatus" since "the previous round") and the ones a sentence can refer back to.
 */
import { alternation } from '../rules/index.ts';

/** Event words that name a gathering: the anchor "just before the talks" counts from. */
export const GATHERING_WORDS: ReadonlySet<string> = new Set([
  'talks',
  'negotiations',
  'negotiation',
  'meeting',
  'reconvened',
  'resumed',
  'summit',
  'round',
  'session',
  'vote',
  'election',
]);

const TIMED_AGAINST = ['talks', 'negotiations', 'meeting', 'summit', 'round', 'session', 'vote', 'election'];
/** "just before the (peace) talks": a day before or after a gathering; groups: before|after, the gathering. */
export const NEXT_TO_GATHERING = new RegExp(
  `\\b(?:just|shortly|immediately|hours|a day|the day)\\s+(before|after)\\s+the\\s+` +
    `(?:[\\p{L}-]+\\s+){0,2}(${alternation(TIMED_AGAINST)})\\b`,
  'iu',
);

const EARLIER = ['previous', 'initial', 'first', 'last', 'earlier', 'prior', 'preliminary'];
const PREVIOUS_OF = ['meeting', 'round', 'talks', 'session', 'negotiations', 'summit', 'encounter'];
/** "the previous round", "an initial meeting": the earlier occurrence a gap counts from. */
export const PREVIOUS_GATHERING = new RegExp(
  `\\b(?:${alternation(EARLIER)})\\s+(?:${alternation(PREVIOUS_OF)})\\b`,
  'i',
);

/** Nouns for a gap between two occurrences: "after a 17-day hiatus". */
export const GAP_NOUNS = ['hiatus', 'break', 'pause', 'gap', 'lull', 'interval', 'absence', 'recess'] as const;

/** Occasions a time phrase can point into: "during the meeting", "at the end of the talks". */
export const OCCASIONS = ['meeting', 'talks', 'visit', 'call'] as const;

/** References back to an event already told: "the meeting", "these talks", "that statement". */
export const REFERRED_EVENTS = [
  'meeting',
  'meetings',
  'talks',
  'discussions',
  'negotiations',
  'exchange',
  'attack',
  'operation',
  'visit',
  'call',
  'summit',
  'session',
  'round',
  'agreement',
  'deal',
  'statement',
  'remarks',
  'address',
] as const;
