/**
 * The date normaliser: finds temporal expressions in English text and resolves them to
 * TIMEX3 values against a reference date. chrono-node finds the explicit calendar dates;
 * our rules cover what it gets wrong for news ("last August", "June 24–25", "the 1990s",
 * "three years ago", "the day before"). Used by publication dating and by extraction.
 */
import type { TemporalExpression, DateSpan } from '../../types.ts';
import { yearFromLaterDate } from './sentence-year.ts';
import { type CivilDate, parseIsoDay, plusDays } from './calendar.ts';
import { calendarRules } from './calendar-rules.ts';
import { chronoCandidates } from './chrono-candidates.ts';
import { relativeRules } from './relative-rules.ts';
import { weekendRules } from './weekend-rules.ts';
import type { RuleContext } from './resolve.ts';
import { type Orientation, PAST_PERFECT, orientationAt } from '../modality/index.ts';
import {
  type Resolution,
  type ResolvedSpan,
  type Unit,
  firstDay,
  isDated,
  timexValue,
  unitOfValue,
  unitPrecision,
} from './units.ts';

export type { ResolvedSpan } from './units.ts';
import { combineRanges } from './ranges.ts';
import { yearUnknownSpan } from './year-unknown.ts';

export { parseIsoDay, plusDays, type CivilDate } from './calendar.ts';
export { UNKNOWN_YEAR, hasYear, yearKnown } from './year-unknown.ts';

/** What relative expressions are resolved against. */
export interface DateReference {
  /** The reference (publication) day, YYYY-MM-DD, or null when unknown. */
  date: string | null;
  /** A year to complete bare dates with when the day is unknown. */
  yearHint?: number | null;
  /** With a year hint only: a day a date told as still to come cannot precede. */
  notBefore?: string | null;
  /** The latest day mentioned before this text, for "the day before" (discourse anchoring). */
  anchor?: string | null;
  /** The latest date told before this text at any precision ("2020", "2020-01"): "four years later" counts from it. */
  lastTold?: string | null;
  /** A year the paragraph has just stated ("in November 2022 … On Nov. 2"): bare dates take it. */
  statedYear?: number | null;
  /**
   * Whether that day was told about just now (this paragraph, the sentence before): only then does a bare clock time
   * fall on it.
   */
  anchorIsRecent?: boolean;
  /** Tense of the text, when the caller knows it better than the clause does. */
  orientation?: Orientation;
}

interface Candidate {
  start: number;
  end: number;
  priority: number;
  anchored: boolean;
  resolve(ctx: RuleContext): Resolution | null;
}

const RULES = [...calendarRules, ...relativeRules, ...weekendRules];

/** Find every rule and chrono candidate in the text, unresolved. */
function findCandidates(text: string, ref: CivilDate | null): Candidate[] {
  const out: Candidate[] = [];
  RULES.forEach((rule, priority) => {
    const pattern = new RegExp(rule.pattern.source, rule.pattern.flags);
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      if (m[0].length === 0) {
        pattern.lastIndex++;
        continue;
      }
      const match = m;
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        priority,
        anchored: rule.anchored ?? false,
        resolve: (ctx) => rule.resolve(match, ctx, text),
      });
    }
  });
  for (const c of chronoCandidates(text, ref)) {
    out.push({ ...c, priority: RULES.length, anchored: false });
  }
  return out;
}

/** Keep the longest of overlapping candidates; at equal length, the earlier rule. */
function dropOverlaps(candidates: Candidate[], text: string): Candidate[] {
  const sorted = [...candidates].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || a.priority - b.priority || a.start - b.start,
  );
  const kept: Candidate[] = [];
  for (const c of sorted) {
    if (text.slice(c.start, c.end).trim() === '') continue;
    if (kept.some((k) => c.start < k.end && k.start < c.end)) continue;
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Find and resolve temporal expressions, with their resolutions (for callers that need units). */
export function resolveDates(text: string, reference: DateReference): ResolvedSpan[] {
  const ref = reference.date ? parseIsoDay(reference.date) : null;
  let anchor: CivilDate | null = reference.anchor ? parseIsoDay(reference.anchor) : null;
  let recent = reference.anchorIsRecent ?? true;
  let lastTold: Unit | null = reference.lastTold ? unitOfValue(reference.lastTold) : null;
  const spans: ResolvedSpan[] = [];
  for (const candidate of dropOverlaps(findCandidates(text, ref), text)) {
    const ctx: RuleContext = {
      ref,
      yearHint: reference.yearHint ?? (ref ? ref.y : null),
      notBefore: reference.notBefore ? parseIsoDay(reference.notBefore) : null,
      orientation: reference.orientation ?? orientationAt(text, candidate.start, candidate.end),
      anchor,
      recentAnchor: recent ? anchor : null,
      lastTold,
      statedYear: reference.statedYear ?? null,
      pastPerfect: PAST_PERFECT.test(text),
    };
    const resolution = candidate.resolve(ctx);
    // "on Monday and again the following day" with no reference day: the day counted from is unknown.
    if (!resolution && ref === null && !candidate.anchored) anchor = null;
    if (!resolution) continue;
    spans.push({ start: candidate.start, end: candidate.end, resolution });
    // HeidelTime-style discourse anchoring: the latest day mentioned anchors what follows.
    // A week is no day to count from: "the same day" after "last week" is not its Monday.
    const first = resolution.unit.kind === 'week' ? null : firstDay(resolution.unit);
    if (first && !candidate.anchored) {
      anchor = first;
      recent = true;
    }
    if (!candidate.anchored && isDated(resolution.endUnit ?? resolution.unit))
      lastTold = resolution.endUnit ?? resolution.unit;
  }
  return combineRanges(yearFromLaterDate(spans, text), text);
}

/** Find temporal expressions in text and normalise them against a reference (TIMEX3). */
export function normaliseDates(text: string, reference: DateReference): TemporalExpression[] {
  return resolveDates(text, reference).map((span) => toExpression(span, text));
}

/** Spell a resolved span as a TemporalExpression. */
export function toExpression(span: ResolvedSpan, text: string): TemporalExpression {
  const { unit, endUnit, mod, relative } = span.resolution;
  const expression: TemporalExpression = {
    text: text.slice(span.start, span.end),
    start: span.start,
    end: span.end,
    value: timexValue(unit),
    precision: unitPrecision(unit),
    relative,
  };
  if (endUnit) expression.endValue = timexValue(endUnit);
  if (mod) expression.mod = mod;
  return expression;
}

const DAY_FORM = (c: CivilDate): string =>
  `${String(c.y).padStart(4, '0')}-${String(c.m).padStart(2, '0')}-${String(c.d).padStart(2, '0')}`;

/**
 * The timeline span of a resolution: weeks become day ranges, decades year ranges; vague references and durations have
 * none.
 */
export function toDateSpan(resolution: Resolution): DateSpan | null {
  const first = spanOf(resolution.unit);
  if (!first) return null;
  const last = resolution.endUnit ? spanOf(resolution.endUnit) : first;
  if (!last) return first;
  if (first.precision === last.precision) return { start: first.start, end: last.end, precision: first.precision };
  return first;
}

function spanOf(unit: Unit): DateSpan | null {
  switch (unit.kind) {
    case 'day':
      return { start: DAY_FORM(unit.date), end: DAY_FORM(unit.date), precision: 'day' };
    case 'week':
      return { start: DAY_FORM(unit.date), end: DAY_FORM(plusDays(unit.date, 6)), precision: 'day' };
    case 'month': {
      const v = timexValue(unit);
      return { start: v, end: v, precision: 'month' };
    }
    case 'year':
      return { start: String(unit.y), end: String(unit.y), precision: 'year' };
    case 'decade':
      return { start: String(unit.y), end: String(unit.y + 9), precision: 'year' };
    case 'unknown-year':
      return yearUnknownSpan(unit.m, unit.d);
    default:
      return null;
  }
}
