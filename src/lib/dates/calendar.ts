/**
 * Calendar arithmetic on plain civil dates. Dates are kept as {y, m, d} so that no
 * time zone or build clock can leak into the output (builds must be deterministic).
 */
import { addDays, addMonths, differenceInCalendarDays, getISOWeek, getISOWeekYear, startOfISOWeek } from 'date-fns';

/** A civil date: year, month 1–12, day 1–31. */
export interface CivilDate {
  y: number;
  m: number;
  d: number;
}

/** Convert a civil date to a JS Date at local noon (noon keeps DST shifts from changing the day). */
export function toJsDate(c: CivilDate): Date {
  const date = new Date(2000, 0, 1, 12);
  date.setFullYear(c.y, c.m - 1, c.d);
  return date;
}

/** Days from one YYYY-MM-DD to another (negative when `to` is earlier), or NaN when either is not a day. */
export function daysBetween(from: string, to: string): number {
  const a = parseIsoDay(from);
  const b = parseIsoDay(to);
  return a && b ? differenceInCalendarDays(toJsDate(b), toJsDate(a)) : Number.NaN;
}

/** Convert a JS Date back to its civil date in local time. */
export function fromJsDate(date: Date): CivilDate {
  return { y: date.getFullYear(), m: date.getMonth() + 1, d: date.getDate() };
}

/** Parse `YYYY-MM-DD` into a civil date, or null when it is not a real calendar day. */
export function parseIsoDay(text: string): CivilDate | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const c = { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) };
  const back = fromJsDate(toJsDate(c));
  return back.y === c.y && back.m === c.m && back.d === c.d ? c : null;
}

/** Add whole days. */
export function plusDays(c: CivilDate, days: number): CivilDate {
  return fromJsDate(addDays(toJsDate(c), days));
}

/** Add whole months, clamping the day to the month's length. */
export function plusMonths(c: CivilDate, months: number): CivilDate {
  return fromJsDate(addMonths(toJsDate(c), months));
}

/** Monday of the ISO week that contains the date. */
export function isoWeekStart(c: CivilDate): CivilDate {
  return fromJsDate(startOfISOWeek(toJsDate(c)));
}

/** Day of week, 0 = Sunday … 6 = Saturday. */
export function weekday(c: CivilDate): number {
  return toJsDate(c).getDay();
}

/** Compare two civil dates: negative, zero or positive. */
export function compareDays(a: CivilDate, b: CivilDate): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}

/** Number of days in a month. */
export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** TIMEX3 value of a day: `2025-05-15`. */
export function timexDay(c: CivilDate): string {
  return `${pad(c.y, 4)}-${pad(c.m)}-${pad(c.d)}`;
}

/** TIMEX3 value of a month: `2025-05`. */
export function timexMonth(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m)}`;
}

/** TIMEX3 value of the ISO week holding the date: `2025-W20`. */
export function timexWeek(c: CivilDate): string {
  const date = toJsDate(c);
  return `${pad(getISOWeekYear(date), 4)}-W${pad(getISOWeek(date))}`;
}

/** Whether a span of days covers the weekday a clause names (0 = Sunday): a week or more covers every one. */
export function coversWeekday(day: number, date: { start: string; end: string; precision: string }): boolean {
  const first = parseIsoDay(date.start);
  if (date.precision !== 'day' || !first) return false;
  const span = Math.min(daysBetween(date.start, date.end), 6);
  return Array.from({ length: span + 1 }, (_, k) => weekday(plusDays(first, k))).includes(day);
}
