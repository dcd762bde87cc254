/**
 * Human labels for dates at their real precision: "15 May 2025", "14–15 May 2025",
 * "May 2025", "2022", "30 May – 2 June 2025". A month is never shown as its first day.
 */
import { format } from 'date-fns';
import type { DateSpan } from '../types.ts';
import { parseIsoDay, toJsDate } from '../lib/dates/calendar.ts';
import { yearKnown } from '../lib/dates/year-unknown.ts';
import { MONTH_NAMES } from '../lib/lexicon/months.ts';

const day = (iso: string, pattern: string): string => {
  const c = parseIsoDay(iso);
  return c ? format(toJsDate(c), pattern) : iso;
};
const month = (ym: string, pattern: string): string => day(`${ym}-01`, pattern);

/** The timeline section of events whose year no source gives. */
export const YEAR_UNKNOWN_PERIOD = { key: 'year-unknown', label: 'Year unknown' } as const;

/** A date span as readers expect to see it. */
export function dateLabel(date: DateSpan): string {
  if (!yearKnown(date)) return yearlessLabel(date);
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

// "8 May (year unknown)", "8–9 May (year unknown)", "May (year unknown)": no year is printed, none is invented.
function yearlessLabel(date: DateSpan): string {
  const part = (v: string, withDay: boolean) => {
    const [, m, d] = v.split('-');
    const name = MONTH_NAMES[Number(m) - 1] ?? m;
    return withDay && d ? `${Number(d)} ${name}` : name;
  };
  const days = date.precision === 'day';
  if (date.start === date.end) return `${part(date.start, days)} (year unknown)`;
  if (days && date.start.slice(0, 7) === date.end.slice(0, 7))
    return `${Number(date.start.slice(8))}–${part(date.end, true)} (year unknown)`;
  return `${part(date.start, days)} – ${part(date.end, days)} (year unknown)`;
}

/**
 * The label of the period a date is grouped under on the timeline: its month, or its year; one section for the
 * yearless.
 */
export function periodOf(date: DateSpan): { key: string; label: string } {
  if (!yearKnown(date)) return YEAR_UNKNOWN_PERIOD;
  if (date.precision === 'year') return { key: date.start, label: date.start };
  const key = date.start.slice(0, 7);
  return { key, label: month(key, 'MMMM yyyy') };
}

/** The day heading within a month group, or null for month-precision events. */
export function dayHeading(date: DateSpan): { key: string; label: string } | null {
  // In the one yearless section every date is its own heading: "May (year unknown)" too.
  if (!yearKnown(date)) return { key: date.start, label: dateLabel(date) };
  if (date.precision !== 'day') return null;
  return {
    key: date.start,
    label: dateLabel({ ...date, end: date.end.slice(0, 7) === date.start.slice(0, 7) ? date.end : date.start }),
  };
}
