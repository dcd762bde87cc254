/**
 * Human labels for dates at their real precision: "15 May 2025", "14–15 May 2025",
 * "May 2025", "2022", "30 May – 2 June 2025". A month is never shown as its first day.
 */
import { format } from 'date-fns';
import type { DateSpan } from '../types.ts';
import { parseIsoDay, toJsDate } from '../lib/dates/calendar.ts';

const day = (iso: string, pattern: string): string => {
  const c = parseIsoDay(iso);
  return c ? format(toJsDate(c), pattern) : iso;
};
const month = (ym: string, pattern: string): string => day(`${ym}-01`, pattern);

/** A date span as readers expect to see it. */
export function dateLabel(date: DateSpan): string {
  const { start, end, precision } = date;
  if (precision === 'year') return start === end ? start : `${start}–${end}`;
  if (precision === 'month') {
    if (start === end) return month(start, 'MMMM yyyy');
    return start.slice(0, 4) === end.slice(0, 4)
      ? `${month(start, 'MMMM')} – ${month(end, 'MMMM yyyy')}`
      : `${month(start, 'MMMM yyyy')} – ${month(end, 'MMMM yyyy')}`;
  }
  if (start === end) return day(start, 'd MMMM yyyy');
  if (start.slice(0, 7) === end.slice(0, 7)) return `${day(start, 'd')}–${day(end, 'd MMMM yyyy')}`;
  if (start.slice(0, 4) === end.slice(0, 4)) return `${day(start, 'd MMMM')} – ${day(end, 'd MMMM yyyy')}`;
  return `${day(start, 'd MMMM yyyy')} – ${day(end, 'd MMMM yyyy')}`;
}

/** The label of the period a date is grouped under on the timeline: its month, or its year. */
export function periodOf(date: DateSpan): { key: string; label: string } {
  if (date.precision === 'year') return { key: date.start, label: date.start };
  const key = date.start.slice(0, 7);
  return { key, label: month(key, 'MMMM yyyy') };
}

/** The day heading within a month group, or null for month-precision events. */
export function dayHeading(date: DateSpan): { key: string; label: string } | null {
  if (date.precision !== 'day') return null;
  return {
    key: date.start,
    label: dateLabel({ ...date, end: date.end.slice(0, 7) === date.start.slice(0, 7) ? date.end : date.start }),
  };
}
