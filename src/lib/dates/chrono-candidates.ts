/**
 * chrono-node as the base parser for explicit calendar dates ("Tuesday, 13 May", "5/13/2025",
 * "13.05.2025"), filtered so that its known false positives ("24/7", "9/11", lower-case
 * "march") never become dates, and re-resolved so that missing years follow our rules.
 */
import * as chrono from 'chrono-node';
import { toJsDate, weekday } from './calendar.ts';
import { type RuleContext, completeYear, dayUnit, resolveWeekday } from './resolve.ts';
import type { Resolution, Unit } from './units.ts';
import { MONTH_WORD, WEEKDAY_WORD } from '../lexicon/months.ts';

/** A span chrono found, with its resolution. */
export interface ChronoCandidate {
  /** Offset of the first character. */
  start: number;
  /** Offset one past the end. */
  end: number;
  /** Resolves the span once the clause context is known. */
  resolve(ctx: RuleContext): Resolution | null;
}

const SHARE = /\b\d+(?:[.,]\d+)?(?=\s?(?:%|per\s?cent\b|percent\b))/gi;
const NUMERIC_DATE = /\d{1,4}[/.-]\d{1,2}|\b\d{4}\b/;

// Years either side of the evidence a stated weekday may move a date to; further, it proves nothing.
const WEEKDAY_YEAR_REACH = 1;

function yearOfWeekday(guess: Unit | null, m: number, d: number, wd: number): Unit | null {
  if (!guess || guess.kind !== 'day' || weekday(guess.date) === wd) return guess;
  for (let k = 1; k <= WEEKDAY_YEAR_REACH; k++) {
    for (const y of [guess.date.y - k, guess.date.y + k]) {
      const unit = dayUnit(y, m, d);
      if (unit && unit.kind === 'day' && weekday(unit.date) === wd) return unit;
    }
  }
  return guess;
}

/** Run chrono over the text and keep the results that name a real calendar date. */
export function chronoCandidates(text: string, ref: RuleContext['ref']): ChronoCandidate[] {
  // chrono reads "June 24–25" as one day; a hyphen of the same length keeps offsets intact.
  const dashed = text.replace(/(\d)\s?[–—]\s?(\d)/g, (s) => s.replace(/[–—]/, '-'));
  // "On April 17, 97.85% voted": a share is never the year of the date before it. Masked, offsets kept.
  const masked = dashed.replace(SHARE, (n) => '#'.repeat(n.length));
  const results = chrono.strict.parse(masked, ref ? toJsDate(ref) : new Date(2000, 0, 1, 12));
  const out: ChronoCandidate[] = [];
  for (const result of results) {
    const s = result.start;
    const words = result.text;
    const hasMonthName = MONTH_WORD.test(words);
    // "15 hours after", "within an hour": chrono counts these from its reference, which is the
    // publication day or, without one, a default; either way no calendar date is written.
    if (!hasMonthName && !NUMERIC_DATE.test(words) && !WEEKDAY_WORD.test(words)) continue;
    // Numeric forms without a year ("24/7", "9/11", "3-2") are scores, names and shifts, not dates.
    if (!hasMonthName && !s.isCertain('year')) {
      if (!(s.isCertain('weekday') && !s.isCertain('day'))) continue;
    }
    if (/^[a-z]/.test(words) && !/^(?:on|at|the|in|by)\b/.test(words)) continue;
    const start = result.index;
    const end = start + words.length;
    const y = s.get('year');
    const m = s.get('month');
    const d = s.get('day');
    const endComponents = result.end;
    out.push({
      start,
      end,
      resolve(ctx) {
        if (s.isCertain('day') && s.isCertain('month') && m !== null && d !== null) {
          const stated = s.isCertain('year') && y !== null;
          const guessed = stated ? dayUnit(y, m, d) : completeYear(m, d, ctx);
          // "Wednesday, March 4": the weekday says which of the years near the evidence it is.
          const wd = s.get('weekday');
          const unit = !stated && s.isCertain('weekday') && wd !== null ? yearOfWeekday(guessed, m, d, wd) : guessed;
          if (!unit) return null;
          let endUnit: Unit | undefined;
          if (endComponents?.isCertain('day')) {
            const em = endComponents.get('month');
            const ed = endComponents.get('day');
            const ey = unit.kind === 'day' ? unit.date.y : null;
            endUnit = em !== null && ed !== null && ey !== null ? (dayUnit(ey, em, ed) ?? undefined) : undefined;
          }
          return { unit, endUnit, relative: !s.isCertain('year') };
        }
        if (s.isCertain('month') && s.isCertain('year') && m !== null && y !== null) {
          return { unit: { kind: 'month', y, m }, relative: false };
        }
        const wd = s.get('weekday');
        if (s.isCertain('weekday') && wd !== null) {
          const unit = resolveWeekday(wd, '', ctx);
          return unit ? { unit, relative: true } : null;
        }
        return null;
      },
    });
  }
  return out;
}
