/**
 * Month names and their abbreviations, as English news writes them (capitalised: lower-case
 * "may" and "march" are verbs).
 */

/** Full month names, January first. */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

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

/** Weekday names, Sunday first (the index is the day of the week, as `Date#getDay` counts). */
export const WEEKDAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** A word that starts like a weekday ("Tue", "Tuesday"). */
export const WEEKDAY_WORD = /\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b/i;
