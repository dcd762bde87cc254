/**
 * Rules for expressions that name the calendar: "June 24–25", "15 May 2025", "March 2022",
 * "late June", "mid-2022", "the 1990s", "2019–2021", "in 2014". Where the year is missing it
 * is completed from the reference date and the clause's tense.
 */
import { FIXED_HOLIDAYS } from '../lexicon/calendar-words.ts';
import { MONTH_NAMES } from '../lexicon/months.ts';
import { DAY, type DateRule, MODIFIER, WEEKDAY_PREFIX, YEAR, dayNumber, modOf } from './rule.ts';
import { MONTH } from '../lexicon/months.ts';
import { completeYear, dayUnit, monthNumber } from './resolve.ts';
import type { Unit } from './units.ts';

const re = (source: string, flags = 'g'): RegExp => new RegExp(source, flags);

/** A day with explicit or completed year. */
function day(m: number, d: number, year: string | undefined, ctx: Parameters<DateRule['resolve']>[1]): Unit | null {
  return year ? dayUnit(Number(year), m, d) : completeYear(m, d, ctx);
}

/** Words after a bare year that show it counts things, not time ("2030 troops"). */
const COUNTED = new RegExp(
  '^\\s*(?:%|per ?cent|people|persons|troops|soldiers|prisoners|km|kilomet|miles|metres|meters|tonnes|tons|' +
    'dollars|euros|pounds|votes|seats|deaths|cases|units|barrels|points|feet|kg|hectares|acres|homes|jobs|' +
    'children|civilians|drones|missiles|victims|refugees|[-–]?strong|,\\d|\\.\\d)',
  'i',
);
// The prepositions after which a bare month is a date ("in August"), as a pattern source.
const BEFORE_BARE_MONTH =
  '[Ii]n|[Ss]ince|[Uu]ntil|till|[Bb]y|[Ff]rom|[Dd]uring|through|throughout|[Bb]efore|[Aa]fter|of|and|to|between|' +
  '[Ee]arlier in|[Ll]ater in|as early as|as late as|as soon as|[Ee]nd of|[Ss]tart of|[Bb]eginning of';
// The holidays' names as written (title case, either apostrophe), longest first.
const HOLIDAY = [...FIXED_HOLIDAYS.keys()]
  .sort((a, b) => b.length - a.length)
  .map((name) => name.replace(/(^|\s)\w/g, (c) => c.toUpperCase()).replace("'", "['’]"))
  .join('|');
const BEFORE_HOLIDAY =
  `${BEFORE_BARE_MONTH}|[Oo]n|[Aa]t|[Oo]ver|[Ff]or|[Tt]his|[Ll]ast|[Nn]ext|` +
  'spend|spent|spends|spending|celebrate|celebrated';
/** Words before a year that make it part of a name ("Agenda 2030", "Euro 2024"). */
const NAME_BEFORE = /(?:^|[^.!?]\s)([A-Z][\w-]*)\s+$/;
const TIME_WORDS_BEFORE = new Set([
  'In',
  'Since',
  'By',
  'Until',
  'From',
  'Before',
  'After',
  'During',
  'Through',
  'Between',
  'Of',
  'And',
  ...MONTH_NAMES,
  'Spring',
  'Summer',
  'Autumn',
  'Fall',
  'Winter',
  'Early',
  'Late',
  'Mid',
  'The',
  // Determiners opening a sentence: "A 2015 expansion" is a date, not a name.
  'A',
  'An',
  'Its',
  'This',
  'That',
  'Their',
  'His',
  'Her',
  'Our',
  'Every',
  'Each',
]);

export const calendarRules: DateRule[] = [
  {
    name: 'iso-day',
    pattern: re('\\b(\\d{4})-(\\d{2})-(\\d{2})\\b'),
    resolve: (m) => {
      const unit = dayUnit(Number(m[1]), Number(m[2]), Number(m[3]));
      return unit ? { unit, relative: false } : null;
    },
  },
  {
    // "June 24–25", "May 14 and 15", "May 30 to June 2, 2025"
    name: 'month-day-range',
    pattern: re(
      `\\b(${MONTH})\\s+(${DAY})\\s*(?:–|—|-|to|through|until|and)\\s*` +
        `(?:(${MONTH})\\s+)?(${DAY})\\b(?:,?\\s+(${YEAR})\\b)?`,
    ),
    resolve: (m, ctx) => {
      const m1 = monthNumber(m[1]!);
      const m2 = m[3] ? monthNumber(m[3]) : m1;
      const d1 = dayNumber(m[2]!);
      const d2 = dayNumber(m[4]!);
      if (m2 === m1 && d2 <= d1) return null;
      const first = day(m1, d1, m[5], ctx);
      if (!first) return null;
      const y = first.kind === 'day' ? first.date.y : undefined;
      const last = y === undefined ? completeYear(m2, d2, ctx) : dayUnit(m2 < m1 ? y + 1 : y, m2, d2);
      if (!last) return null;
      return { unit: first, endUnit: last, relative: !m[5] };
    },
  },
  {
    // "24–25 June 2025"
    name: 'day-month-range',
    pattern: re(`\\b(${DAY})\\s*(?:–|—|-|to|and)\\s*(${DAY})\\s+(?:of\\s+)?(${MONTH})\\b(?:,?\\s+(${YEAR})\\b)?`),
    resolve: (m, ctx) => {
      const month = monthNumber(m[3]!);
      const d1 = dayNumber(m[1]!);
      const d2 = dayNumber(m[2]!);
      if (d2 <= d1) return null;
      const first = day(month, d1, m[4], ctx);
      const last = day(month, d2, m[4] ?? (first?.kind === 'day' ? String(first.date.y) : undefined), ctx);
      return first && last ? { unit: first, endUnit: last, relative: !m[4] } : null;
    },
  },
  {
    // "May 15", "Tue May 13 2025", "May 15, 2025"
    name: 'month-day',
    pattern: re(`\\b${WEEKDAY_PREFIX}(${MONTH})\\s+(${DAY})\\b(?![,.]?\\d)(?:,?\\s+(${YEAR})\\b)?`),
    resolve: (m, ctx) => {
      const unit = day(monthNumber(m[1]!), dayNumber(m[2]!), m[3], ctx);
      return unit ? { unit, relative: !m[3] } : null;
    },
  },
  {
    // "15 May 2025", "the 15th of May"
    name: 'day-month',
    pattern: re(`\\b${WEEKDAY_PREFIX}(${DAY})\\s+(?:of\\s+)?(${MONTH})\\b(?:,?\\s+(${YEAR})\\b)?`),
    resolve: (m, ctx) => {
      const unit = day(monthNumber(m[2]!), dayNumber(m[1]!), m[3], ctx);
      return unit ? { unit, relative: !m[3] } : null;
    },
  },
  {
    // "March 2022", "late June 2024", "the end of March 2020"
    name: 'month-year',
    pattern: re(`\\b${MODIFIER}?(${MONTH}),?\\s+(?:of\\s+)?(${YEAR})\\b`),
    resolve: (m) => ({
      unit: { kind: 'month', y: Number(m[4]), m: monthNumber(m[3]!) },
      mod: modOf(m[1] ?? m[2]),
      relative: false,
    }),
  },
  {
    // "late June", "the end of March": a month without day or year
    name: 'modified-month',
    pattern: re(`\\b${MODIFIER}(${MONTH})\\b(?!\\s*\\d)`),
    resolve: (m, ctx) => {
      const unit = completeYear(monthNumber(m[3]!), null, ctx);
      return unit ? { unit, mod: modOf(m[1] ?? m[2]), relative: true } : null;
    },
  },
  {
    // "spend Christmas with his family", "by New Year's Eve 2024": a holiday on a fixed day, after a word that
    // makes it a time ("sold Christmas trees" is no date).
    name: 'fixed-holiday',
    pattern: re(`(?<=\\b(?:${BEFORE_HOLIDAY})\\s)(${HOLIDAY})(?:,?\\s+(${YEAR})\\b)?`),
    resolve: (m, ctx) => {
      const [month, date] = FIXED_HOLIDAYS.get(m[1]!.toLowerCase().replace(/’/g, "'"))!;
      const unit = day(month, date, m[2], ctx);
      return unit ? { unit, relative: !m[2] } : null;
    },
  },
  {
    // "in August", "since June": a bare month only after a preposition, so that "May" the modal is not a date
    name: 'bare-month',
    pattern: re(`(?<=\\b(?:${BEFORE_BARE_MONTH})\\s)(${MONTH})\\b(?!\\s*\\d)`),
    resolve: (m, ctx) => {
      const unit = completeYear(monthNumber(m[1]!), null, ctx);
      return unit ? { unit, relative: true } : null;
    },
  },
  {
    name: 'year-range',
    // A two-digit end ("1914–18") only after a dash: "in June 2020 to 84 counts" is a year and a count.
    pattern: re(`\\b(${YEAR})\\s*(?:(?:–|—|-|to)\\s*(${YEAR})|(?:–|—|-)\\s*(\\d{2}))\\b(?!-\\d)`),
    resolve: (m) => {
      const first = Number(m[1]);
      const last = m[3] ? Math.floor(first / 100) * 100 + Number(m[3]) : Number(m[2]);
      return last > first
        ? { unit: { kind: 'year', y: first }, endUnit: { kind: 'year', y: last }, relative: false }
        : null;
    },
  },
  {
    name: 'modified-year',
    pattern: re(`\\b${MODIFIER}(${YEAR})\\b`),
    resolve: (m) => ({ unit: { kind: 'year', y: Number(m[3]) }, mod: modOf(m[1] ?? m[2]), relative: false }),
  },
  {
    name: 'decade',
    pattern: re(`\\b(?:(early|mid|late)[\\s-]+)?(?:the\\s+)?((?:18|19|20)\\d0)[’']?s\\b`),
    resolve: (m) => ({ unit: { kind: 'decade', y: Number(m[2]) }, mod: modOf(m[1]), relative: false }),
  },
  {
    // "begun in 1163", "since 1789": a year before 1800 only after a preposition of time, where a number is a year
    name: 'early-year',
    pattern: re(
      '\\b(?:[Ii]n|[Ss]ince|[Bb]y|[Ff]rom|[Uu]ntil|till|around|circa)\\s+(1[0-7]\\d{2})\\b(?![\\d/:,.]\\d|-\\d)',
    ),
    resolve: (m, _ctx, text) => {
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 16);
      // "in 1500 shops": a plural noun after the number says it counts.
      if (COUNTED.test(after) || /^\s+\p{Ll}+s\b/u.test(after)) return null;
      return { unit: { kind: 'year', y: Number(m[1]) }, relative: false };
    },
  },
  {
    // A bare year, unless it counts things ("2030 troops") or is part of a name ("Agenda 2030")
    name: 'year',
    pattern: re(`(?<![\\d,.$€£#/:-])\\b(${YEAR})\\b(?![\\d/:]|-\\d|\\.\\d)`),
    resolve: (m, _ctx, text) => {
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 16);
      if (COUNTED.test(after)) return null;
      const before = text.slice(Math.max(0, m.index - 40), m.index);
      const name = NAME_BEFORE.exec(before);
      if (name && !TIME_WORDS_BEFORE.has(name[1]!)) return null;
      return { unit: { kind: 'year', y: Number(m[1]) }, relative: false };
    },
  },
];
