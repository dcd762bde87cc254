/**
 * Weekends: "last weekend", "this weekend", "next weekend", "over the weekend", "at the weekend". A weekend is
 * the Saturday and Sunday of an ISO week; which one depends on the word before it and, for "the weekend", on the
 * tense: told in the past it is the latest weekend begun by the reference day, else the coming one.
 */
import { type CivilDate, plusDays, weekday } from './calendar.ts';
import type { DateRule } from './rule.ts';
import type { RuleContext } from './resolve.ts';
import type { Resolution } from './units.ts';

/** The Saturday of the reference day's ISO week (Monday to Sunday). */
function saturdayOf(ref: CivilDate): CivilDate {
  const day = weekday(ref); // Sunday = 0
  return plusDays(ref, day === 0 ? -1 : 6 - day);
}

/** The weekend a modifier ("last", "this", "next", or none) names, as a Saturday–Sunday range. */
function weekend(modifier: string, ctx: RuleContext): Resolution | null {
  if (!ctx.ref) return null;
  const current = saturdayOf(ctx.ref);
  // The current week's weekend has begun when the reference day is a Saturday or a Sunday.
  const begun = weekday(ctx.ref) === 6 || weekday(ctx.ref) === 0;
  const shift: Record<string, number> = {
    last: -7,
    past: -7,
    this: 0,
    coming: 0,
    next: 7,
    '': ctx.orientation === 'past' && !begun ? -7 : 0,
  };
  const saturday = plusDays(current, shift[modifier.toLowerCase()] ?? 0);
  return {
    unit: { kind: 'day', date: saturday },
    endUnit: { kind: 'day', date: plusDays(saturday, 1) },
    relative: true,
  };
}

export const weekendRules: DateRule[] = [
  {
    // "last weekend", "this weekend", "over the weekend", "at the weekend"; "weekends" is a habit, not a date
    name: 'weekend',
    pattern:
      /\b(?:([Ll]ast|[Tt]his|[Nn]ext|[Pp]ast|[Cc]oming)|(?:over|at|on|during|through|across)\s+the)\s+weekend\b(?!s)/g,
    resolve: (m, ctx) => weekend(m[1] ?? '', ctx),
  },
];
