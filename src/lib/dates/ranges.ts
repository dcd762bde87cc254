/**
 * Joining two expressions into a range: "yesterday and today", "between May 30 and June 2",
 * "from late March to early May", and a month followed by "three years ago" ("in March three
 * years ago" is March of that year).
 */
import { compareDays, plusDays } from './calendar.ts';
import { type ResolvedSpan, firstDay, type Unit } from './units.ts';

const JOINERS = /^\s*(?:–|—|-|to|through|until|till|and)\s*$/;

/** Whether b is the unit right after a (consecutive days, months or years). */
function consecutive(a: Unit, b: Unit): boolean {
  if (a.kind === 'day' && b.kind === 'day') return compareDays(plusDays(a.date, 1), b.date) === 0;
  if (a.kind === 'month' && b.kind === 'month') return (b.y - a.y) * 12 + (b.m - a.m) === 1;
  if (a.kind === 'year' && b.kind === 'year') return b.y - a.y === 1;
  return false;
}

/** Whether a ends before or at b, for units of the same kind. */
function ordered(a: Unit, b: Unit): boolean {
  const fa = firstDay(a);
  const fb = firstDay(b);
  return fa !== null && fb !== null && compareDays(fa, fb) < 0;
}

/** Merge adjacent expressions that together name one range or one anchored month. */
export function combineRanges(spans: ResolvedSpan[], text: string): ResolvedSpan[] {
  const out: ResolvedSpan[] = [];
  for (const span of spans) {
    const prev = out[out.length - 1];
    if (prev && !prev.resolution.endUnit && !span.resolution.endUnit) {
      const gap = text.slice(prev.end, span.start);
      const a = prev.resolution.unit;
      const b = span.resolution.unit;
      const before = text.slice(Math.max(0, prev.start - 9), prev.start);
      const introduced = /\b(?:between|from)\s+$/i.test(before);
      const word = gap.trim().toLowerCase();
      const sameKind = a.kind === b.kind && ['day', 'month', 'year'].includes(a.kind);
      const joins = JOINERS.test(gap) && sameKind && (word === 'and' ? introduced || consecutive(a, b) : ordered(a, b));
      if (joins) {
        out[out.length - 1] = {
          start: prev.start,
          end: span.end,
          resolution: {
            unit: a,
            endUnit: b,
            mod: prev.resolution.mod,
            relative: prev.resolution.relative || span.resolution.relative,
          },
        };
        continue;
      }
      // "in March three years ago": the month, in the year the second expression gives.
      if (/^\s*$/.test(gap) && a.kind === 'month' && b.kind === 'year' && prev.resolution.relative) {
        out[out.length - 1] = {
          start: prev.start,
          end: span.end,
          resolution: { unit: { kind: 'month', y: b.y, m: a.m }, relative: true },
        };
        continue;
      }
    }
    out.push(span);
  }
  return out;
}
