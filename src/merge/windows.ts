/**
 * The blocks a merge compares within: month windows of a date, or its years when only the
 * year is known.
 */
import { daysBetween } from '../lib/dates/calendar.ts';
import type { DateSpan } from '../types.ts';
import { bounds } from './score.ts';
import { yearKnown } from '../lib/dates/year-unknown.ts';

/** Month windows of a date (at most 24), or its years for year precision: the blocks it is compared within. */
export function windowKeys(date: DateSpan): string[] {
  // A yearless date ("May 8", year unknown) is compared only with yearless dates of its month, never with a dated one.
  if (!yearKnown(date)) return [`M${date.start.slice(0, 7)}`];
  const keys: string[] = [];
  if (date.precision === 'year') {
    for (let y = Number(date.start); y <= Number(date.end.slice(0, 4)) && keys.length < 20; y++) keys.push(`Y${y}`);
    return keys;
  }
  let y = Number(date.start.slice(0, 4));
  let m = Number(date.start.slice(5, 7));
  const end = date.end.slice(0, 7);
  while (keys.length < 24) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    keys.push(`M${key}`);
    if (key >= end) break;
    m = m === 12 ? 1 : m + 1;
    if (m === 1) y++;
  }
  return keys;
}

// An event up to ten days before an article is its present story ("last week's talks").
const NEAR_BEFORE_DAYS = 10;
// An event up to about six weeks after an article is what it announces.
const NEAR_AFTER_DAYS = 45;
// An event over a year before an article is background, not its story.
const FAR_BEFORE_DAYS = 365;

/**
 * How near an event is to the day an undated mention was published: an undated sentence in
 * the news speaks of the present story, not of events years back. 1 near, 0 unknown, -1 far.
 */
export function nearness(date: DateSpan, published: string | null): number {
  if (!published || !yearKnown(date)) return 0;
  const [first, last] = bounds(date);
  const from = daysBetween(published, first);
  // A month-precision end ("-31") is read as the 28th so that every month's end is a real day.
  const to = daysBetween(published, last.replace(/-31$/, '-28'));
  if (to >= -NEAR_BEFORE_DAYS && from <= NEAR_AFTER_DAYS) return 1;
  if (to < -FAR_BEFORE_DAYS) return -1;
  return 0;
}

/** Month windows from a month before a publication day to two after, or every window when unknown. */
export function nearWindows(published: string | null): string[] {
  if (!published) return ['*'];
  const y = Number(published.slice(0, 4));
  const m = Number(published.slice(5, 7));
  const keys: string[] = [];
  for (let k = -1; k <= 2; k++) {
    const total = y * 12 + (m - 1) + k;
    keys.push(`M${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`);
  }
  return keys;
}
