/**
 * Status of a reported event: planned when its clause looks forward (will, scheduled, could,
 * expected…) or its date lies after the article's reference day; happened otherwise.
 */
import type { DateSpan, Status } from '../types.ts';
import { localClause, orientationOf } from '../lib/modality/index.ts';
import { yearKnown } from '../lib/dates/year-unknown.ts';

/** Compare a date span with a day at the span's precision: <0 before, 0 within, >0 after. */
export function compareToDay(date: DateSpan, day: string): number {
  // A yearless "May 8" is neither before nor after a day of a known year.
  if (!yearKnown(date)) return 0;
  const cut = day.slice(0, date.start.length);
  return date.start > cut ? 1 : date.end < cut ? -1 : 0;
}

/**
 * Status of a clause: planned if it is dated after its reference day, or if the clause that
 * governs its date (else the whole clause) looks forward; happened otherwise.
 */
export function statusOf(
  clause: string,
  date: DateSpan | null,
  reference: string | null,
  words?: [number, number],
): Status {
  if (date && reference && compareToDay(date, reference) > 0) return 'planned';
  const local = words ? orientationOf(localClause(clause, words[0], words[1])) : 'unknown';
  const orientation = local !== 'unknown' ? local : orientationOf(clause);
  if (orientation === 'future') return date && reference && compareToDay(date, reference) < 0 ? 'happened' : 'planned';
  return 'happened';
}
