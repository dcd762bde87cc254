/**
 * Month and weekday names, from date-fns's English locale, and the month abbreviations English
 * news writes, which no locale lists ("Sept."). Capitalised: lower-case "may" and "march" are verbs.
 */
import type { Day, Month } from 'date-fns';
import { enUS } from 'date-fns/locale/en-US';

const WIDE = { width: 'wide' } as const;

/** Full month names, January first: date-fns's English locale, the names its labels print. */
export const MONTH_NAMES: readonly string[] = Array.from({ length: 12 }, (_, m) =>
  enUS.localize.month(m as Month, WIDE),
);

/** Abbreviations written with or without a full stop ("Sept. 4", "Aug 12"); "May" has none. */
export const MONTH_ABBREVIATIONS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'Jun',
  'Jul',
  'Aug',
  'Sept',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const;

/** Pattern source: a month name, or an abbreviation with an optional full stop, before a space. */
export const MONTH = `(?:${MONTH_NAMES.join('|')}|(?:${MONTH_ABBREVIATIONS.join('|')})\\.?(?=\\s))`;

/** A word that starts like a month ("Jan", "January", "Sept"). */
export const MONTH_WORD = new RegExp(`\\b(?:${MONTH_NAMES.map((m) => m.slice(0, 3)).join('|')})[a-z]*\\b`);

/** Weekday names in lower case, Sunday first (the index is the day of the week, as `Date#getDay` counts). */
export const WEEKDAY_NAMES: readonly string[] = Array.from({ length: 7 }, (_, d) =>
  enUS.localize.day(d as Day, WIDE).toLowerCase(),
);

/** A weekday, written out or cut short ("Tuesday", "Tue", "Tues."), and never "month" or "Sunset". */
export const WEEKDAY_WORD = new RegExp(
  `\\b(?:${WEEKDAY_NAMES.join('|')}|mon|tues?|weds?|thu|thurs?|fri|sat|sun)\\b`,
  'i',
);
