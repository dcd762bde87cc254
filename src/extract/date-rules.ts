/**
 * The named rules that decide which dates of a sentence date an event and which clause each
 * governs (applied in event-dates.ts, split-between.ts and the date resolver), in the order they apply.
 */
import { ruleMeta } from '../lib/rules/index.ts';

/** The date rules of a sentence, in the order they apply. */
export const DATE_RULES = {
  ownWords: ruleMeta('date-own-words', 'A date the sentence writes dates the clause it stands in.'),
  sinceOnset: ruleMeta(
    'date-since-onset',
    '"since the onset of the war in February 2022" dates the war, not the sentence.',
  ),
  comparison: ruleMeta(
    'date-comparison',
    '"as was the case in March 2022" dates an earlier occurrence of the main clause\'s kind.',
  ),
  sinceState: ruleMeta(
    'date-since-state',
    '"since May" marks where a state began and dates no event, unless a when-clause follows.',
  ),
  untilEnds: ruleMeta(
    'date-until-ends-clause',
    '"barred sales on Wednesday until Feb. 21": a date after "until" in a dated clause ends what it tells; no event.',
  ),
  recordSince: ruleMeta(
    'date-record-since',
    '"the first hat-trick in a final since Hurst in 1966" dates the old record\'s phrase, not the sentence.',
  ),
  writtenTwice: ruleMeta(
    'date-written-twice',
    'The same date written twice side by side ("this morning (May 15)", "March 28 next year") is one date.',
  ),
  datelineRepeat: ruleMeta(
    'date-dateline-repeat',
    "A dateline's day named again in its sentence dates one event, not two.",
  ),
  daysFromEvent: ruleMeta(
    'date-days-from-event',
    '", two days after X," dates X that many days from the sentence\'s day.',
  ),
  betweenDates: ruleMeta(
    'date-split-between',
    'Two dates in one sentence split it at the last clause break between them.',
  ),
  paragraphYear: ruleMeta(
    'date-paragraph-year',
    'A bare "On Nov. 2" in a paragraph that has just said "in November 2022" is in that year.',
  ),
  paragraphYearMovesOn: ruleMeta(
    'date-paragraph-year-moves-on',
    'After "on November 30, 2022", a bare "In January" told in the simple past is the January after.',
  ),
  spellEnding: ruleMeta(
    'date-spell-ending',
    '", ending a six-day blockage" spans the six days up to the sentence\'s day.',
  ),
} as const;
