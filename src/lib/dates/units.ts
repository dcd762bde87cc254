/**
 * Resolved time units and their TIMEX3 spelling. A unit is what a temporal expression
 * denotes once resolved: a day, an ISO week, a month, a year, a decade, a vague
 * reference, or a duration.
 */
import { type CivilDate, timexDay, timexMonth, timexWeek } from './calendar.ts';
import type { TimexPrecision } from '../../types.ts';
import { yearUnknownSpan } from './year-unknown.ts';

/** A resolved unit of time. */
export type Unit =
  | { kind: 'day'; date: CivilDate }
  | { kind: 'week'; date: CivilDate }
  | { kind: 'month'; y: number; m: number }
  | { kind: 'year'; y: number }
  | { kind: 'decade'; y: number }
  | { kind: 'present'; value: 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF' }
  | { kind: 'duration'; value: string }
  | { kind: 'unknown-year'; m: number; d: number | null };

/** What a rule resolves an expression to. */
export interface Resolution {
  /** The unit (or first unit of a range). */
  unit: Unit;
  /** Last unit of a range. */
  endUnit?: Unit;
  /** TIMEX3 modifier. */
  mod?: string;
  /** True when the reference date or a discourse anchor was needed. */
  relative: boolean;
}

/** TIMEX3 value of a unit. */
export function timexValue(unit: Unit): string {
  switch (unit.kind) {
    case 'day':
      return timexDay(unit.date);
    case 'week':
      return timexWeek(unit.date);
    case 'month':
      return timexMonth(unit.y, unit.m);
    case 'year':
      return String(unit.y).padStart(4, '0');
    case 'decade':
      return String(Math.floor(unit.y / 10)).padStart(3, '0');
    case 'present':
      return unit.value;
    case 'duration':
      return unit.value;
    case 'unknown-year':
      return yearUnknownSpan(unit.m, unit.d).start;
  }
}

/** Precision name of a unit. */
export function unitPrecision(unit: Unit): TimexPrecision {
  switch (unit.kind) {
    case 'unknown-year':
      return unit.d === null ? 'month' : 'day';
    default:
      return unit.kind;
  }
}

/** First day a unit covers, when it is a calendar unit. */
export function firstDay(unit: Unit): CivilDate | null {
  switch (unit.kind) {
    case 'day':
    case 'week':
      return unit.date;
    case 'month':
      return { y: unit.y, m: unit.m, d: 1 };
    case 'year':
    case 'decade':
      return { y: unit.y, m: 1, d: 1 };
    default:
      return null;
  }
}

/** A found expression with its resolution, before it is spelled as TIMEX3. */
export interface ResolvedSpan {
  /** Offset of the first character. */
  start: number;
  /** Offset one past the end. */
  end: number;
  /** The resolution. */
  resolution: Resolution;
}

/** Whether a unit is a calendar date told at some precision (a day, month or year), not a vague or durational one. */
export const isDated = (unit: Unit): boolean => unit.kind === 'day' || unit.kind === 'month' || unit.kind === 'year';

/** The unit a TIMEX3 date value spells ("2020", "2020-01", "2020-01-05"), or null for any other value. */
export function unitOfValue(value: string): Unit | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return null;
  const y = Number(m[1]);
  if (m[3]) return { kind: 'day', date: { y, m: Number(m[2]), d: Number(m[3]) } };
  if (m[2]) return { kind: 'month', y, m: Number(m[2]) };
  return { kind: 'year', y };
}

/** The year of the date last told, whatever its precision; null when none was told. */
export function toldYear(told: Unit | null | undefined): number | null {
  if (!told) return null;
  if (told.kind === 'day' || told.kind === 'week') return told.date.y;
  return 'y' in told ? told.y : null;
}

/** The month of the date last told ("that month"); null when it told no month. */
export function toldMonth(told: Unit | null | undefined): Unit | null {
  if (told?.kind === 'day') return { kind: 'month', y: told.date.y, m: told.date.m };
  return told?.kind === 'month' ? told : null;
}
