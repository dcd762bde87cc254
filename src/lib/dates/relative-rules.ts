/**
 * Rules for expressions that only mean something against a reference: "last night",
 * "yesterday", "on Monday", "last August", "next month", "three years ago", "the day before",
 * "in the coming hours", "for 12 months".
 */
import { DAY, type DateRule, dayNumber } from './rule.ts';
import { MONTH } from '../lexicon/months.ts';
import { ANCHORED_DAY, COUNTS_FROM_EVENT, DEICTIC, PART_OF_DAY } from '../lexicon/day-words.ts';
import {
  COUNT,
  countValue,
  durationValue,
  monthNumber,
  resolveWeekday,
  shiftCoarse,
  shiftUnits,
  weekdayNumber,
} from './resolve.ts';
import { plusDays, plusMonths } from './calendar.ts';
import { type Resolution, type Unit, toldMonth, toldYear } from './units.ts';

const re = (source: string, flags = 'g'): RegExp => new RegExp(source, flags);

const relative = (unit: Unit | null): Resolution | null => (unit ? { unit, relative: true } : null);

const UNIT = '(day|week|month|year|decade)s?';
// Days and months in one of each unit, for "N units ago today".
const AGO_UNITS: Record<string, [number, number]> = { day: [1, 0], week: [7, 0], month: [0, 1], year: [0, 12] };
const WEEKDAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
// "shortly", "just" or "soon" before a clock time.
const NEARLY_AT = '(?:(?:shortly|just|soon)\\s+)?';
// The preposition of a clock time: "at 9", "before 10:30".
const AT_CLOCK = '(?:before|after|at|around|about|by|until)\\s+';
// Not a time of a named day ("9 a.m. on Monday", "10:00 tomorrow"): that day's own rule dates it.
const NO_DAY_AFTER = `(?!,?\\s+(?:on|of|this|next|last|tomorrow|yesterday|today|tonight|${WEEKDAYS})\\b)`;
// Not a part of a named day ("in the early hours of Monday", "in the morning, Feb. 15"): that day's own rule dates it.
// Not `\\b` after the name: an abbreviation's full stop ("of Feb. 15") ends a word with no boundary after it.
const PART_NO_DAY = `(?!,?\\s+(?:(?:on|of)\\s+)?(?:${WEEKDAYS}|${MONTH}|tomorrow|yesterday|today|tonight)(?![A-Za-z]))`;
// Approximations before a count ("more than three years ago").
const ABOUT = 'more than|over|nearly|almost|about|around|some|roughly|less than|just over|just under';

/** A clock time with no day is on the day just told about, else on the reference day. */
function onTheDayToldAbout(ctx: Parameters<DateRule['resolve']>[1]): Resolution | null {
  const base = (ctx.recentAnchor === undefined ? ctx.anchor : ctx.recentAnchor) ?? ctx.ref;
  return base ? relative({ kind: 'day', date: base }) : null;
}

export const relativeRules: DateRule[] = [
  {
    name: 'deictic-day',
    pattern: re(`\\b(${Object.keys(DEICTIC).join('|')})\\b`, 'gi'),
    resolve: (m, ctx) =>
      ctx.ref ? relative({ kind: 'day', date: plusDays(ctx.ref, DEICTIC[m[1]!.toLowerCase()] ?? 0) }) : null,
  },
  {
    name: 'anchored-day',
    anchored: true,
    pattern: re(`\\b(${Object.keys(ANCHORED_DAY).join('|')})\\b`, 'gi'),
    resolve: (m, ctx) => {
      // "the day after the collapse" counts from the collapse, not from the day last told.
      if (/(?:after|before)$/i.test(m[1]!) && COUNTS_FROM_EVENT.test(m.input!.slice(m.index! + m[0].length)))
        return null;
      const base = ctx.anchor ?? ctx.ref;
      return base ? relative({ kind: 'day', date: plusDays(base, ANCHORED_DAY[m[1]!.toLowerCase()] ?? 0) }) : null;
    },
  },
  {
    name: 'part-of-day',
    anchored: true,
    pattern: re(`\\b(${PART_OF_DAY.join('|')})\\b${PART_NO_DAY}`, 'gi'),
    resolve: (_m, ctx) => onTheDayToldAbout(ctx),
  },
  {
    // "shortly after 9 a.m.", "9:04am": a clock time with no day is on the day being told about
    name: 'clock-time',
    anchored: true,
    pattern: re(`\\b${NEARLY_AT}(?:${AT_CLOCK})?\\d{1,2}(?::\\d{2})?\\s*(?:[ap]\\.m\\.|[ap]m\\b)${NO_DAY_AFTER}`, 'gi'),
    resolve: (_m, ctx) => onTheDayToldAbout(ctx),
  },
  {
    // "at 04:30 local time", "15:05 GMT": a 24-hour clock time, said to be one, on the day being told about
    name: 'clock-time-24',
    anchored: true,
    pattern: re(
      `\\b(?:${NEARLY_AT}(?:${AT_CLOCK}){1,2}([01]?\\d|2[0-3]):[0-5]\\d(?:\\s*(?:local time|GMT|UTC|hrs|h)\\b)?` +
        `|([01]?\\d|2[0-3]):[0-5]\\d\\s*(?:local time|GMT|UTC)\\b)(?!\\s*[ap]\\.?m\\b)${NO_DAY_AFTER}`,
      'gi',
    ),
    resolve: (_m, ctx) => onTheDayToldAbout(ctx),
  },
  {
    // "09:30 Divers went back into the cave": a live page's time stamp opening an entry
    name: 'time-stamp',
    anchored: true,
    pattern: re('^\\s*(?:[01]?\\d|2[0-3])[:.][0-5]\\d(?=\\s+[\\p{Lu}“"])', 'gu'),
    resolve: (_m, ctx) => onTheDayToldAbout(ctx),
  },
  {
    // "on Monday", "last Wednesday", "next Tuesday"; plural "Mondays" is a habit, not a date, and so is "every
    // Friday"; "a Saturday" names no day ("on June 23, a Saturday" is June 23's weekday, not a second date)
    name: 'weekday',
    pattern: re(
      `\\b(?:([Ll]ast|[Nn]ext|[Tt]his|[Pp]ast|[Cc]oming)\\s+)?(?<!\\b(?:[Aa]n?|[Ee]very|[Ee]ach|[Aa]ny)\\s+)` +
        `(${WEEKDAYS})\\b(?!s)(?!,?\\s+(?:\\d|${MONTH}))`,
    ),
    resolve: (m, ctx) => relative(resolveWeekday(weekdayNumber(m[2]!), m[1] ?? '', ctx)),
  },
  {
    // "last August" → the most recent August before the reference month
    name: 'relative-month',
    pattern: re(`\\b([Ll]ast|[Nn]ext|[Tt]his|[Pp]ast|[Cc]oming)\\s+(${MONTH})\\b(?!\\s*\\d)`),
    resolve: (m, ctx) => {
      if (!ctx.ref) return null;
      const month = monthNumber(m[2]!);
      const word = m[1]!.toLowerCase();
      let y = ctx.ref.y;
      if (word === 'last' || word === 'past') y = month < ctx.ref.m ? y : y - 1;
      else if (word === 'next' || word === 'coming') y = month > ctx.ref.m ? y : y + 1;
      return relative({ kind: 'month', y, m: month });
    },
  },
  {
    // "in July of that year": the month in the anchor's year
    name: 'month-of-that-year',
    anchored: true,
    pattern: re(`\\b(${MONTH})\\s+of\\s+(that|the same|the following|the previous)\\s+year\\b`),
    resolve: (m, ctx) => {
      const base = ctx.anchor ?? ctx.ref;
      if (!base) return null;
      const shift = m[2] === 'the following' ? 1 : m[2] === 'the previous' ? -1 : 0;
      return relative({ kind: 'month', y: base.y + shift, m: monthNumber(m[1]!) });
    },
  },
  {
    // "last week", "next month", "this year"
    name: 'relative-unit',
    pattern: re(
      "\\b(?:the\\s+)?([Ll]ast|[Nn]ext|[Tt]his|[Cc]urrent)\\s+(week|month|year)\\b(?!\\s*(?:’s|'s)?\\s*(?:ago))",
    ),
    resolve: (m, ctx) => {
      if (!ctx.ref) return null;
      const shift = { last: -1, next: 1, this: 0, current: 0 }[m[1]!.toLowerCase()] ?? 0;
      return relative(shiftUnits(ctx.ref, shift, m[2]!));
    },
  },
  {
    // "the following week", "the previous month": relative to the last date mentioned
    name: 'anchored-unit',
    anchored: true,
    pattern: re('\\bthe\\s+(following|previous|same|preceding)\\s+(week|month|year)\\b', 'gi'),
    resolve: (m, ctx) => {
      const word = m[1]!.toLowerCase();
      const shift = word === 'same' ? 0 : word === 'previous' || word === 'preceding' ? -1 : 1;
      // "In April 2010 … He left the following year": a year or month counts from the date last told.
      const told = ctx.lastTold && ctx.lastTold.kind !== 'day' ? ctx.lastTold : null;
      if (told && 'y' in told && /^year$/i.test(m[2]!)) return relative({ kind: 'year', y: told.y + shift });
      if (told?.kind === 'month' && /^month$/i.test(m[2]!)) return shiftCoarse(told, shift, 'month');
      const base = ctx.anchor ?? ctx.ref;
      return base ? relative(shiftUnits(base, shift, m[2]!)) : null;
    },
  },
  {
    // "In 2017 it came within hours of a strike, before settling on May 2 of that year": the day in the year last
    // told ("the following year": the one after it).
    name: 'day-of-that-year',
    anchored: true,
    pattern: re(
      `\\b(?:(${MONTH})\\.?\\s+(${DAY})|(${DAY})\\s+(${MONTH}))\\s+` +
        '(?:of\\s+)?(that|the same|the following|the previous)\\s+year\\b',
    ),
    resolve: (m, ctx) => {
      const y = toldYear(ctx.lastTold);
      if (y === null) return null;
      const shift = m[5] === 'the following' ? 1 : m[5] === 'the previous' ? -1 : 0;
      const date = { y: y + shift, m: monthNumber((m[1] ?? m[4])!), d: dayNumber((m[2] ?? m[3])!) };
      return relative({ kind: 'day', date });
    },
  },
  {
    // "In 2011 plants froze. A federal report that August…", "in August that year": the month in the year last told.
    name: 'that-month',
    anchored: true,
    pattern: re(`\\b(?:[Tt]hat\\s+(${MONTH})\\b(?!\\s*\\d)|(${MONTH})\\s+that\\s+year\\b)`),
    resolve: (m, ctx) => {
      const y = toldYear(ctx.lastTold);
      return y === null ? null : relative({ kind: 'month', y, m: monthNumber((m[1] ?? m[2])!) });
    },
  },
  {
    // "In 1960 the studios sold their films to television. That (same) year the guild struck": the year last told;
    // "that month", the month last told.
    name: 'that-year',
    anchored: true,
    pattern: re("\\b[Tt]hat\\s+(?:same\\s+)?(year|month)\\b(?!\\s*(?:’s|'s))"),
    resolve: (m, ctx) => {
      const told = ctx.lastTold;
      if (m[1] === 'month') return relative(toldMonth(told));
      const y = toldYear(told);
      return y === null ? null : relative({ kind: 'year', y });
    },
  },
  {
    // "earlier this month", "later this year"
    name: 'earlier-later-this',
    pattern: re('\\b(earlier|later)\\s+(this|next|last)\\s+(week|month|year)\\b', 'gi'),
    resolve: (m, ctx) => {
      if (!ctx.ref) return null;
      const shift = { this: 0, next: 1, last: -1 }[m[2]!.toLowerCase()] ?? 0;
      return relative(shiftUnits(ctx.ref, shift, m[3]!));
    },
  },
  {
    // "three years ago", "more than three years ago", "a decade ago"
    name: 'ago',
    pattern: re(`\\b(?:(${ABOUT})\\s+)?${COUNT}\\s+${UNIT}\\s+ago\\b`, 'gi'),
    resolve: (m, ctx) => {
      const count = countValue(m[2]!);
      if (!ctx.ref || !Number.isFinite(count)) return null;
      const unit = m[3]!.toLowerCase();
      const resolved =
        unit === 'decade' ? ({ kind: 'year', y: ctx.ref.y - count * 10 } as Unit) : shiftUnits(ctx.ref, -count, unit);
      const mod = m[1]
        ? /more|over/i.test(m[1])
          ? 'MORE_THAN'
          : /less|under/i.test(m[1])
            ? 'LESS_THAN'
            : 'APPROX'
        : undefined;
      return { unit: resolved, mod, relative: true };
    },
  },
  {
    // "20 years ago today", "a week ago today": the same day, that many days, weeks, months or years back
    name: 'ago-today',
    pattern: re(`\\b${COUNT}\\s+(day|week|month|year)s?\\s+ago\\s+(today|yesterday|tomorrow)\\b`, 'gi'),
    resolve: (m, ctx) => {
      const count = countValue(m[1]!);
      if (!ctx.ref || !Number.isFinite(count)) return null;
      const day = plusDays(ctx.ref, { today: 0, yesterday: -1, tomorrow: 1 }[m[3]!.toLowerCase()] ?? 0);
      const [days, months] = AGO_UNITS[m[2]!.toLowerCase()]!;
      return relative({ kind: 'day', date: plusMonths(plusDays(day, -days * count), -months * count) });
    },
  },
  {
    // "two days later", "a week earlier": counted from the last date mentioned
    name: 'later-earlier',
    anchored: true,
    pattern: re(`\\b${COUNT}\\s+${UNIT}\\s+(later|earlier|afterwards)\\b`, 'gi'),
    resolve: (m, ctx) => {
      const count = countValue(m[1]!) * (m[3]!.toLowerCase() === 'earlier' ? -1 : 1);
      // "Two decades earlier" is a round figure, not a count of years: the 1989 report, told of in 2011.
      if (!Number.isFinite(count) || /^decade/i.test(m[2]!)) return null;
      // "In January 2020 … Four years later": months and years count from the date last told, at its precision.
      const told = ctx.lastTold && ctx.lastTold.kind !== 'day' ? ctx.lastTold : null;
      if (told && /^(?:month|year|decade)/i.test(m[2]!)) return shiftCoarse(told, count, m[2]!);
      const base = ctx.anchor ?? ctx.ref;
      return base ? relative(shiftUnits(base, count, m[2]!)) : null;
    },
  },
  {
    name: 'coming-hours',
    pattern: re('\\b(?:in|within|over)\\s+the\\s+(?:coming|next)\\s+(?:few\\s+)?hours\\b', 'gi'),
    resolve: (_m, ctx) => (ctx.ref ? relative({ kind: 'day', date: ctx.ref }) : null),
  },
  {
    name: 'vague-future',
    pattern: re('\\b(?:in|within|over)\\s+the\\s+(?:coming|next)\\s+(?:few\\s+)?(?:days|weeks|months)\\b', 'gi'),
    resolve: () => ({ unit: { kind: 'present', value: 'FUTURE_REF' }, relative: true }),
  },
  {
    name: 'vague-past',
    pattern: re('\\b(?:recently|lately)\\b', 'gi'),
    resolve: () => ({ unit: { kind: 'present', value: 'PAST_REF' }, relative: true }),
  },
  {
    name: 'present',
    pattern: re('\\b(?:currently|at present|at the moment|nowadays|these days|right now|now)\\b(?!\\s+that\\b)', 'gi'),
    resolve: () => ({ unit: { kind: 'present', value: 'PRESENT_REF' }, relative: true }),
  },
  {
    // "for three years", "over the past 12 months"
    name: 'duration',
    pattern: re(
      `\\b(?:for|over the (?:past|last|next|previous)|in the (?:past|last)|during the (?:past|last))\\s+` +
        `(?:(?:more than|over|nearly|almost|about|some)\\s+)?${COUNT}\\s+(hour|day|week|month|year|decade)s?\\b(?!-)`,
      'gi',
    ),
    resolve: (m) => {
      const count = countValue(m[1]!);
      return Number.isFinite(count)
        ? { unit: { kind: 'duration', value: durationValue(count, m[2]!) }, relative: false }
        : null;
    },
  },
];
