/**
 * Words that name a day or a season of the calendar ("March", "Monday", "Easter"): capitalised
 * like names, they date a sentence and never name an actor or a place.
 */
import { MONTH_NAMES, WEEKDAY_NAMES } from './months.ts';

/** Month and weekday names, folded (from date-fns's English locale, see months.ts). */
export const CALENDAR_NAMES: ReadonlySet<string> = new Set(
  [...MONTH_NAMES, ...WEEKDAY_NAMES].map((name) => name.toLowerCase()),
);

/**
 * Holidays and seasons news dates events by ("after Easter", "during Ramadan"), folded. Locale
 * data names months and weekdays but no holidays, and compromise's lexicon lists none of these.
 */
export const HOLIDAY_NAMES: ReadonlySet<string> = new Set([
  'christmas',
  'easter',
  'thanksgiving',
  'ramadan',
  'eid',
  'hanukkah',
  'passover',
  'diwali',
  'halloween',
]);

/** Words that end a holiday's name after a calendar word ("Christmas Eve", "Thanksgiving Day"), folded. */
export const HOLIDAY_ENDINGS: ReadonlySet<string> = new Set(['day', 'eve']);

/** Words that open a day or month phrase at the start of a sentence ("On Wednesday", "Last March"), folded. */
export const CALENDAR_PHRASE_OPENERS: ReadonlySet<string> = new Set([
  'on',
  'last',
  'next',
  'this',
  'by',
  'since',
  'until',
  'from',
  'early',
  'late',
  'every',
  'before',
  'after',
  'in',
]);

/**
 * Holidays on the same day every year, by their folded names, with month and day: they date a clause
 * as a day does ("spend Christmas with his family"). Movable feasts (Easter, Ramadan) need a calendar.
 */
export const FIXED_HOLIDAYS: ReadonlyMap<string, readonly [month: number, day: number]> = new Map([
  ['christmas', [12, 25]],
  ['christmas day', [12, 25]],
  ['christmas eve', [12, 24]],
  ['boxing day', [12, 26]],
  ["new year's day", [1, 1]],
  ["new year's eve", [12, 31]],
  ["valentine's day", [2, 14]],
  ['halloween', [10, 31]],
]);
