/**
 * Time phrases around a date that change what it dates: "since" (where a state began), "since
 * the onset of the war in…" (the war), "as was the case in March 2022" (an earlier occurrence),
 * "previously" (a look back past the weeks around an article), and deictics (today, yesterday).
 */
import { alternation } from '../rules/index.ts';
import { WEEKDAY_NAMES } from './months.ts';

/** "since" right before a date: the start of a state, not the date of the reported event. */
export const SINCE_BEFORE = /\b(?:since|ever since)\s+(?:the\s+)?$/i;
/** Words that open a record: "the first hat-trick in a final since …", "the deadliest since …". */
const RECORD_WORDS = '(?:first|last|only|biggest|largest|worst|best|highest|lowest|deadliest|longest|strongest)';
/**
 * A record measured "since" someone or something right before a date: the date is the old record's, not the event's.
 */
export const RECORD_SINCE = new RegExp(`\\b${RECORD_WORDS}\\b[^.;:!?]{0,60}?\\b(since\\b[^.;:!?]{0,50})$`, 'i');
/** The same record set off as an apposition (", the first in a final since …"): the whole apposition is its phrase. */
export const RECORD_APPOSITION = new RegExp(
  `,\\s+((?:the\\s+)?${RECORD_WORDS}\\b[^,.;:!?]{0,60}?\\bsince\\b[^.;:!?]{0,50})$`,
  'i',
);
/** A line that is only a clock time, maybe bold, with a zone: a live page's entry stamp ("**15:20**", "09:40 GMT"). */
export const ENTRY_STAMP =
  /^[*_]*\s*(?:[01]?\d|2[0-3])[:.][0-5]\d\s*(?:[ap]\.?m\.?|GMT|UTC|BST|CET|CEST|ET|EST|EDT|PT|local time)?\s*[*_]*$/i;
/** The word labelling a live page's entry in bold ("**Update**", "**Breaking**"), as a time stamp would. */
export const ENTRY_LABEL = /^(?:update|updated|breaking|breaking news|latest|just in|new)[:.]?$/i;
/** ", when …" right after a "since" date: the when-clause is an event of that date. */
export const WHEN_AFTER = /^,?\s+when\b/i;

const BEGINNING_NOUNS = '(?:onset|start|beginning|outbreak|launch|end)';
/** "since the onset of the war in February 2022" right before a date; group 1: the phrase. */
export const SINCE_NOMINAL = new RegExp(
  `\\bsince\\s+((?:the\\s+)?${BEGINNING_NOUNS}\\s+of\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,3}(?:in|on)\\s+)$`,
  'iu',
);
/** "as was the case in March 2022" right before a date; group 1: the phrase. */
export const AS_BEFORE = new RegExp(
  String.raw`(?:,\s*)?\b((?:just\s+)?(?:as|like)\s+(?:was the case|it was|it did|they did|happened|had happened)?` +
    String.raw`\s*(?:back\s+)?(?:in|on)\s+)$`,
  'i',
);
/**
 * A clause that opens as a comparison or a beginning-of phrase: it names another event than the rest of its sentence.
 */
export const ASIDE = new RegExp(`^[\\s,]*(?:(?:just\\s+)?(?:as|like)\\b|(?:the\\s+)?${BEGINNING_NOUNS}\\s+of\\b)`, 'i');

/** Words that send an undated clause back in time, past the weeks around its article. */
export const LOOKS_BACK =
  /\b(?:previous|previously|former|formerly|earlier|historic(?:al(?:ly)?)?|once|back in|in the past)\b/i;

/** Deictic day words: today, tonight, yesterday, tomorrow, this morning… */
export const DEICTIC_DAYS = [
  'today',
  'tonight',
  'yesterday',
  'tomorrow',
  'this morning',
  'this afternoon',
  'this evening',
] as const;

/** A weekday or a deictic day ("Monday", "yesterday", "this morning"): a text without one tells no relative day. */
export const NAMES_A_DAY = new RegExp(`\\b(?:${alternation([...WEEKDAY_NAMES, ...DEICTIC_DAYS])})\\b`, 'i');
const MANY = '(?:multiple|several|many|numerous|countless)';
/** "on multiple occasions", "repeatedly", "time and again": occurrences told as a habit, not one event. */
export const REPEATED = new RegExp(
  `\\b(?:on ${MANY} occasions|${MANY} times|repeatedly|time and (?:time )?again|over and over)\\b`,
  'i',
);

// Units a time phrase counts in.
const TIME_UNITS = '(?:day|week|weekend|month|year|morning|afternoon|evening|night|season)';
/**
 * A clause that places itself in time in words no date rule resolved ("The next Sunday", "two weeks
 * later", "in 1960", "that year"): it names its own time, so it cannot take a neighbour's.
 */
export const OWN_TIME_WORDS = new RegExp(
  `\\b(?:(?:next|following|previous|last|that|same|this)\\s+${TIME_UNITS}|ago|later|earlier|afterwards|by then|` +
    'until then|at the time|in the \\d{4}s|\\d{4})\\b',
  'i',
);

/** A past perfect ("had fallen", "had not acted"): what was already so before the story's moment. */
export const PAST_PERFECT =
  /\bhad\s+(?:not\s+|never\s+|already\s+|just\s+|long\s+)?(?:been\s+)?[a-z]+(?:ed|en|wn|ne|t)\b/i;

/**
 * A standing state rather than an occasion: "have long been calling for", "Historically, Kyiv has demanded",
 * "is currently working on", "has so far rejected", "for years". Such a clause tells the background of events.
 */
export const STANDING = new RegExp(
  String.raw`\b(?:historically|for (?:years|decades|months)|(?:has|have) long|long been|so far|currently|` +
    String.raw`(?:has|have) been \w+ing)\b`,
  'i',
);
