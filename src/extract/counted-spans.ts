/**
 * Counted spans of days: "two days after", "a 17-day hiatus", "a six-day blockage". One pattern
 * and one reading for every extraction rule that counts days from an event.
 */
import { COUNT, countValue } from '../lib/dates/resolve.ts';

/** Pattern source: a count of days or weeks ("17-day", "two weeks"); groups: the count, the unit. */
export const DAYS_OR_WEEKS = `${COUNT}(?:\\s+|-)(day|week)s?`;

/** Days in a counted span matched by DAYS_OR_WEEKS (NaN when the count is no number). */
export function daysIn(count: string, unit: string): number {
  return countValue(count) * (unit.toLowerCase() === 'week' ? 7 : 1);
}
