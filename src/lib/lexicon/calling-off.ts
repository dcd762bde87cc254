/**
 * Calling off: verbs whose object is an event that does not take place ("Putin dropped the offer
 * to meet"), and the phrasal verbs that say the same in two words ("called off" is "cancelled").
 */
import { alternation } from '../rules/index.ts';

/** Event words that call off the event they govern. */
export const CALLING_OFF_WORDS: ReadonlySet<string> = new Set([
  'cancelled',
  'canceled',
  'cancel',
  'dropped',
  'declined',
  'defected',
  'withdrew',
  'postponed',
  'suspended',
  'abandoned',
  'boycotted',
  'skipped',
]);

/** Phrasal verb → the one event word it stands for. */
export const PHRASAL_VERBS: Readonly<Record<string, string>> = {
  'called off': 'cancelled',
  'call off': 'cancel',
  'calls off': 'cancelled',
  'calling off': 'cancelled',
  'called it off': 'cancelled',
  'calls it off': 'cancelled',
  'called them off': 'cancelled',
  'called the summit off': 'cancelled',
  'called the meeting off': 'cancelled',
  'called the talks off': 'cancelled',
  'pulled out': 'withdrew',
  'pull out': 'withdrew',
  'pulls out': 'withdrew',
  'backed out': 'withdrew',
  'put off': 'postponed',
  'blew up': 'destroyed',
  'blown up': 'destroyed',
  'set off': 'launched',
};

/** Any phrasal verb of PHRASAL_VERBS, longest first. */
export const PHRASAL = new RegExp(
  `\\b(?:${alternation(
    Object.keys(PHRASAL_VERBS).sort((a, b) => b.length - a.length),
    true,
  )})\\b`,
  'gi',
);
