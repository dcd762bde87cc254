/**
 * Dates whose year no evidence gives ("May 8" in an undated article with no year anywhere).
 * They keep the TIMEX3 spelling `XXXX-05-08` (or `XXXX-05` for a month) in the DateSpan
 * itself, so that no second field can disagree with the value: sorting by start puts them
 * after every dated event ('X' sorts after digits), two of them on the same month and day
 * compare equal, and one never falls within a dated span. Never a year 2000, never the build date.
 */
import type { DateSpan } from '../../types.ts';

/** The year spelling of a date whose year is unknown (TIMEX3). */
export const UNKNOWN_YEAR = 'XXXX';

/** Whether a TIMEX value or span start names its year. */
export const hasYear = (value: string): boolean => !value.startsWith(UNKNOWN_YEAR);

/** Whether a date span knows its year. */
export const yearKnown = (date: DateSpan): boolean => hasYear(date.start) && hasYear(date.end);

/** A year-unknown span of a month (d null) or a day. */
export function yearUnknownSpan(m: number, d: number | null): DateSpan {
  const value = `${UNKNOWN_YEAR}-${String(m).padStart(2, '0')}${d === null ? '' : `-${String(d).padStart(2, '0')}`}`;
  return { start: value, end: value, precision: d === null ? 'month' : 'day' };
}
