/**
 * Words that name a day or a season of the calendar ("March", "Monday", "Easter"): capitalised
 * like names, they date a sentence and never name an actor or a place.
 */
import type { Day, Month } from 'date-fns';
import { enUS } from 'date-fns/locale/en-US';

const WIDE = { width: 'wide' } as const;

/** Month and weekday names, folded: date-fns's English locale, the names its labels print. */
export const CALENDAR_NAMES: ReadonlySet<string> = new Set(
  [
    ...Array.from({ length: 12 }, (_, month) => enUS.localize.month(month as Month, WIDE)),
    ...Array.from({ length: 7 }, (_, day) => enUS.localize.day(day as Day, WIDE)),
  ].map((name) => name.toLowerCase()),
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
