/**
 * Shifting the explicit dates of a text by a number of days, keeping each date's shape:
 * "May 15" stays a day without a year, "March 2022" a month, "2025-05-13" an ISO day,
 * "Tue May 13 2025" gets the right weekday, "late June" a month, "since 2022" a year.
 */

import { MONTH_NAMES } from '../src/lib/lexicon/months.ts';
// The month names of the lexicon the normaliser reads, so the bench writes what the product parses.
const MONTHS = MONTH_NAMES;
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
const DAY_MS = 86_400_000;

const M = MONTHS.join('|');
const W = 'Mon(?:day)?|Tue(?:sday)?|Wed(?:nesday)?|Thu(?:rsday)?|Fri(?:day)?|Sat(?:urday)?|Sun(?:day)?';
const PATTERN = new RegExp(
  [
    // 1: ISO day
    String.raw`\b(?<iy>\d{4})-(?<im>\d{2})-(?<id>\d{2})\b`,
    // 2: month and year ("March 2022")
    String.raw`\b(?<mym>${M})\s+(?<myy>\d{4})\b`,
    // 3: optional weekday, month, day, optional second day, optional year
    String.raw`(?:(?<wd>${W}),?\s+)?\b(?<dm>${M})\s+(?<dd>\d{1,2})(?!\d)(?:(?<sep>\s*(?:[–-]|and|to)\s*)(?<dd2>\d{1,2})(?!\d))?(?:(?<ys>,\s*|\s+)(?<dy>\d{4})\b)?`,
    // 4: a month alone after a cue word ("late June", "last August", "in July")
    String.raw`\b(?<cue>[Ll]ate|[Ee]arly|[Mm]id-|[Ll]ast|[Nn]ext|[Ii]n|[Ss]ince|[Uu]ntil|[Oo]f)(?<cs>\s+|(?<=-))(?<cm>${M})\b(?!\s+\d)`,
    // 5: a bare year
    String.raw`(?<![\d$.,/-])\b(?<by>19[5-9]\d|20[0-4]\d)\b(?![\d%/-])`,
  ].join('|'),
  'g',
);

const utc = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d);
const pad = (n: number): string => String(n).padStart(2, '0');

function parts(ms: number): { y: number; m: number; d: number; w: number } {
  const date = new Date(ms);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate(), w: date.getUTCDay() };
}

function monthIndex(name: string): number {
  return MONTHS.indexOf(name as (typeof MONTHS)[number]) + 1;
}

/** Add whole days to an ISO day (YYYY-MM-DD). */
export function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const p = parts(utc(y, m, d) + days * DAY_MS);
  return `${p.y}-${pad(p.m)}-${pad(p.d)}`;
}

/** Format an ISO day as "Weekday Month D YYYY" pieces for datelines. */
export function describeDay(iso: string): { weekday: string; month: string; day: number; year: number } {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const p = parts(utc(y, m, d));
  return { weekday: WEEKDAYS[p.w]!, month: MONTHS[p.m - 1]!, day: p.d, year: p.y };
}

/** Shift every explicit date in a text by `days`; `refYear` completes dates written without a year. */
export function shiftDates(text: string, days: number, refYear: number): string {
  if (days === 0) return text;
  const shift = days * DAY_MS;
  const yearDelta = parts(utc(refYear, 5, 15) + shift).y - refYear;
  return text.replace(PATTERN, (match: string, ...args: unknown[]) => {
    const g = args[args.length - 1] as Record<string, string | undefined>;
    if (g.iy !== undefined) {
      const p = parts(utc(Number(g.iy), Number(g.im), Number(g.id)) + shift);
      return `${p.y}-${pad(p.m)}-${pad(p.d)}`;
    }
    if (g.mym !== undefined) {
      const p = parts(utc(Number(g.myy), monthIndex(g.mym), 15) + shift);
      return `${MONTHS[p.m - 1]} ${p.y}`;
    }
    if (g.dm !== undefined) {
      const day = Number(g.dd);
      if (day < 1 || day > 31) return match;
      const year = g.dy !== undefined ? Number(g.dy) : refYear;
      const start = utc(year, monthIndex(g.dm), day) + shift;
      const p = parts(start);
      let out = `${MONTHS[p.m - 1]} ${p.d}`;
      if (g.dd2 !== undefined) {
        const q = parts(start + (Number(g.dd2) - day) * DAY_MS);
        out += q.m === p.m ? `${g.sep}${q.d}` : `${g.sep}${MONTHS[q.m - 1]} ${q.d}`;
      }
      if (g.dy !== undefined) out += `${g.ys}${p.y}`;
      if (g.wd !== undefined) {
        const name = WEEKDAYS[p.w]!;
        out = `${g.wd.length <= 3 ? name.slice(0, 3) : name} ${out}`;
      }
      return out;
    }
    if (g.cm !== undefined) {
      const p = parts(utc(refYear, monthIndex(g.cm), 15) + shift);
      return `${g.cue}${g.cs}${MONTHS[p.m - 1]}`;
    }
    if (g.by !== undefined) return String(Number(g.by) + yearDelta);
    return match;
  });
}
