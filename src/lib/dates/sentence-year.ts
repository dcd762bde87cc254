/**
 * date-year-from-later-date: "Writers walked out on November 5 and went back on February 12, 2008": a day or
 * month written without a year, shortly before a day of the same sentence that writes its year, is in that
 * year, or in the year before when it falls later in the calendar. The reference's year would put it in the
 * wrong decade.
 */
import type { ResolvedSpan, Unit } from './units.ts';
import { MONTH } from '../lexicon/months.ts';

// How far after the year-less date the dated day may stand, in characters: a clause or two of one sentence.
const REACH = 60;
const WRITTEN_YEAR = /\b(?:1[89]|20)\d{2}\b/;
// Only a date that names its month moves: "Monday" or "last week" count from the reference, whatever follows.
const NAMES_MONTH = new RegExp(`\\b(?:${MONTH})\\b`, 'i');

/** The month and day of a day or month unit, or null for any other unit. */
function monthDay(unit: Unit): { y: number; m: number; d: number | null } | null {
  if (unit.kind === 'day') return unit.date;
  if (unit.kind === 'month') return { y: unit.y, m: unit.m, d: null };
  return null;
}

/** The spans with each year-less day or month moved into the year a later date of the sentence writes. */
export function yearFromLaterDate(spans: ResolvedSpan[], text: string): ResolvedSpan[] {
  const written = (s: ResolvedSpan): boolean => WRITTEN_YEAR.test(text.slice(s.start, s.end));
  return spans.map((span, i) => {
    const own = monthDay(span.resolution.unit);
    const words = text.slice(span.start, span.end);
    if (!own || span.resolution.endUnit || written(span) || !NAMES_MONTH.test(words)) return span;
    // A day that writes its year, close after it: "the March 2019 report" further on may be background.
    const later = spans
      .slice(i + 1)
      .find((s) => written(s) && s.resolution.unit.kind === 'day' && s.start - span.end <= REACH);
    const to = later ? monthDay(later.resolution.unit)! : null;
    if (!to) return span;
    const after = own.m > to.m || (own.m === to.m && (own.d ?? 0) > (to.d ?? 31));
    const y = after ? to.y - 1 : to.y;
    if (y === own.y) return span;
    const unit: Unit =
      span.resolution.unit.kind === 'day'
        ? { kind: 'day', date: { y, m: own.m, d: own.d! } }
        : { kind: 'month', y, m: own.m };
    return { ...span, resolution: { ...span.resolution, unit } };
  });
}
