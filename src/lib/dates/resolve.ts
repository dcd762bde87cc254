/**
 * Resolution helpers shared by the rules: completing a missing year, stepping weekdays,
 * shifting by "N units". All of them are pure functions of the reference context.
 */
import { type CivilDate, compareDays, daysInMonth, isoWeekStart, plusDays, plusMonths, weekday } from './calendar.ts';
import type { Orientation } from '../modality/index.ts';
import { type Resolution, type Unit, firstDay } from './units.ts';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../lexicon/months.ts';

/** Everything a rule may use to resolve an expression. */
export interface RuleContext {
  /** Reference (publication) day, or null when unknown. */
  ref: CivilDate | null;
  /** Year to complete bare dates with when the day is unknown. */
  yearHint: number | null;
  /** With the year hint only: the earliest day the article can date from, which what it plans cannot precede. */
  notBefore?: CivilDate | null;
  /** Tense of the clause holding the expression. */
  orientation: Orientation;
  /** The latest absolute day mentioned earlier in the text, for "the day before" and the like. */
  anchor: CivilDate | null;
  /** That day, only when it was told about just now; else null (a live page's "04:30" is its own day). */
  recentAnchor?: CivilDate | null;
  /** The latest date told before, at its own precision: what "four years later" counts from. */
  lastTold?: Unit | null;
  /** A year the paragraph has just stated: a bare "Nov. 2" after "in November 2022" is in it. */
  statedYear?: number | null;
  /** Whether the sentence tells in the past perfect ("had begun"): it looks back, not on. */
  pastPerfect?: boolean;
}

const MONTHS = MONTH_NAMES.map((m) => m.toLowerCase());

/** Month number 1–12 from a name or abbreviation ("Sept.", "Aug"), or 0. */
export function monthNumber(name: string): number {
  const key = name.toLowerCase().replace(/\.$/, '');
  if (key === 'sept') return 9;
  const index = MONTHS.findIndex((m) => m === key || (key.length >= 3 && m.startsWith(key)));
  return index + 1;
}

/** Weekday number 0–6 (Sunday = 0) from its name, or -1. */
export function weekdayNumber(name: string): number {
  return WEEKDAY_NAMES.indexOf(name.toLowerCase());
}

const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  hundred: 100,
  'a couple of': 2,
  'couple of': 2,
};

/** Pattern source for a small count: digits or a number word. */
export const COUNT =
  '(\\d{1,3}|a couple of|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|' +
  'fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|hundred)';

/** Value of a count matched by COUNT. */
export function countValue(text: string): number {
  const key = text.toLowerCase();
  return /^\d+$/.test(key) ? Number(key) : (NUMBER_WORDS[key] ?? NaN);
}

// A bare month told in the past tense may not lie this many days ahead: the current month and the next stay near.
const PAST_MONTH_AHEAD_DAYS = 45;

/** Complete a month (and day) that lacks a year, by tense and nearness to the reference. */
export function completeYear(m: number, d: number | null, ctx: RuleContext): Unit | null {
  if (d !== null && (d < 1 || d > 31)) return null;
  // A year the paragraph has just written completes its bare dates, unless it lies ahead of the article:
  // "The contract runs until May 1, 2026. Its terms date back to Sept. 25" is not in 2026.
  const stated = ctx.statedYear && (!ctx.ref || ctx.statedYear <= ctx.ref.y) ? ctx.statedYear : null;
  if (stated) {
    const y = stated + (movesOn(m, d, stated, ctx) ? 1 : 0);
    return d === null ? { kind: 'month', y, m } : dayUnit(y, m, d);
  }
  if (!ctx.ref) {
    if (ctx.yearHint === null) return { kind: 'unknown-year', m, d };
    const y = ctx.yearHint + (plannedBefore(m, d, ctx) ? 1 : 0);
    return d === null ? { kind: 'month', y, m } : dayUnit(y, m, d);
  }
  const ref = ctx.ref;
  const candidates = [ref.y - 1, ref.y, ref.y + 1].map((y) => ({ y, c: { y, m, d: d ?? 1 } }));
  // Compare at the precision given: a bare month equals the reference month.
  const cmp = (c: CivilDate): number => (d === null ? c.y - ref.y || c.m - ref.m : compareDays(c, ref));
  // News mostly speaks of dates near its own: take the nearest reading, and let tense decide
  // only when the nearest is months away and the other reading is about as near.
  const distance = (c: CivilDate): number => (c.y - ref.y) * 365 + (c.m - ref.m) * 30.5 + ((d ?? ref.d) - ref.d);
  const nearest = candidates.reduce((best, k) => (Math.abs(distance(k.c)) < Math.abs(distance(best.c)) ? k : best));
  let chosen = nearest.y;
  // A past tense also overrules a near reading ahead: "agreed to invest in January", written in
  // November, is the January before. (A future reading is not trusted so: "plans to widen" is no tense.)
  const pastAhead = ctx.orientation === 'past' && d === null && cmp(nearest.c) > 0;
  if (Math.abs(distance(nearest.c)) > (pastAhead ? PAST_MONTH_AHEAD_DAYS : 120)) {
    if (ctx.orientation === 'past') chosen = [...candidates].reverse().find((k) => cmp(k.c) <= 0)?.y ?? ref.y;
    else if (ctx.orientation === 'future') chosen = candidates.find((k) => cmp(k.c) >= 0)?.y ?? ref.y;
  }
  return d === null ? { kind: 'month', y: chosen, m } : dayUnit(chosen, m, d);
}

/**
 * date-paragraph-year-moves-on: "Released on November 30, 2022, … In January, Microsoft agreed": a story
 * told forward in the simple past reaches a month earlier in the calendar than the day it has
 * just told in the next year, unless that year lies ahead of the article. "had begun in January"
 * looks back and stays.
 */
function movesOn(m: number, d: number | null, stated: number, ctx: RuleContext): boolean {
  const told = ctx.lastTold ? firstDay(ctx.lastTold) : null;
  if (!told || ctx.orientation !== 'past' || ctx.pastPerfect) return false;
  const latest = ctx.ref ? ctx.ref.y : ctx.yearHint;
  if (latest === null || stated + 1 > latest) return false;
  if (ctx.ref && stated + 1 === ctx.ref.y && m > ctx.ref.m) return false;
  const before = d === null ? m < told.m : compareDays({ y: told.y, m, d }, told) < 0;
  // Once the story has moved on ("In January, …, and in March…"), it stays in the new year.
  return told.y === stated ? before : told.y === stated + 1 && !before;
}

// "Sentencing is set for March 28" in an undated article whose neighbours date from November: what is
// still to come lies after the earliest day the article can date from, so March 28 of the hint's year is too early.
function plannedBefore(m: number, d: number | null, ctx: RuleContext): boolean {
  const floor = ctx.notBefore;
  if (!floor || ctx.orientation !== 'future' || floor.y !== ctx.yearHint) return false;
  return d === null ? m < floor.m : compareDays({ y: floor.y, m, d }, floor) < 0;
}

/** A day unit, or null for an impossible date such as February 30. */
export function dayUnit(y: number, m: number, d: number): Unit | null {
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return { kind: 'day', date: { y, m, d } };
}

/** Resolve a weekday name by tense: past → most recent, future → next, unknown → nearest. */
export function resolveWeekday(target: number, modifier: string, ctx: RuleContext): Unit | null {
  const ref = ctx.ref;
  if (!ref) return null;
  const today = weekday(ref);
  const back = (today - target + 7) % 7; // days since the last such weekday (0 = today)
  const ahead = (target - today + 7) % 7; // days until the next one (0 = today)
  let shift: number;
  const mod = modifier.toLowerCase();
  if (mod === 'last' || mod === 'past') shift = -(back === 0 ? 7 : back);
  else if (mod === 'next' || mod === 'coming') shift = ahead === 0 ? 7 : ahead;
  else if (mod === 'this') shift = ctx.orientation === 'past' ? -back : ahead;
  else if (ctx.orientation === 'past') shift = -back;
  else if (ctx.orientation === 'future') shift = ahead;
  else shift = back <= 3 ? -back : ahead;
  return { kind: 'day', date: plusDays(ref, shift) };
}

/** Shift a day by a count of units and express it at that unit's precision. */
export function shiftUnits(from: CivilDate, count: number, unit: string): Unit {
  const u = unit.toLowerCase().replace(/s$/, '');
  switch (u) {
    case 'day':
      return { kind: 'day', date: plusDays(from, count) };
    case 'week':
      return { kind: 'week', date: isoWeekStart(plusDays(from, count * 7)) };
    case 'month': {
      const c = plusMonths(from, count);
      return { kind: 'month', y: c.y, m: c.m };
    }
    case 'decade':
      return { kind: 'year', y: from.y + count * 10 };
    default:
      return { kind: 'year', y: from.y + count };
  }
}

/** ISO-8601 duration for a count of units: P3Y, P12M, P2W, P30D, PT6H. */
export function durationValue(count: number, unit: string): string {
  const u = unit.toLowerCase().replace(/s$/, '');
  if (u === 'hour') return `PT${count}H`;
  if (u === 'decade') return `P${count * 10}Y`;
  const letter = { day: 'D', week: 'W', month: 'M', year: 'Y' }[u] ?? 'Y';
  return `P${count}${letter}`;
}

/**
 * Shift a month or a year told at that precision by a count of months, years or decades; the result keeps the
 * coarser precision ("in 2019 … two years later" is 2021, not a day in it). Null when the precision cannot hold the
 * shift ("in 2019 … six months later" may be either year).
 */
export function shiftCoarse(from: Unit, count: number, unit: string): Resolution | null {
  const u = unit.toLowerCase().replace(/s$/, '');
  const months = u === 'month' ? count : u === 'decade' ? count * 120 : count * 12;
  if (from.kind === 'month') {
    const c = plusMonths({ y: from.y, m: from.m, d: 1 }, months);
    return { unit: { kind: 'month', y: c.y, m: c.m }, relative: true };
  }
  if (from.kind !== 'year' || months % 12 !== 0) return null;
  return { unit: { kind: 'year', y: from.y + months / 12 }, relative: true };
}
