/**
 * The calendar, TimelineJS and spreadsheet exports, written from the finished event views so
 * that they say exactly what the site says. Each is deterministic: the same data gives the
 * same bytes, whatever the day of the build.
 */
import type { SiteSettings } from '../types.ts';
import type { EventView } from './views.ts';
import { absolute } from './jsonld.ts';
import { hasYear } from '../lib/dates/year-unknown.ts';

const CRLF = '\r\n';

// Calendars and TimelineJS need a year: an event whose year no source gives has no place in them.
const withYear = (e: EventView): boolean => hasYear(e.start) && hasYear(e.end);

/** The first day of a date at precision, and the day after its last, as YYYYMMDD (iCalendar DATE). */
export function allDaySpan(start: string, end: string, precision: string): { first: string; after: string } {
  const [sy, sm = 1, sd = 1] = start.split('-').map(Number) as [number, number?, number?];
  const [ey, em = 12, ed] = end.split('-').map(Number) as [number, number?, number?];
  const first = new Date(Date.UTC(sy, sm - 1, sd));
  // The exclusive end: the day after the last day, the first of the month after the last
  // month, or 1 January after the last year.
  const after =
    precision === 'year'
      ? new Date(Date.UTC(ey + 1, 0, 1))
      : precision === 'month'
        ? new Date(Date.UTC(ey, em, 1))
        : new Date(Date.UTC(ey, em - 1, (ed ?? 1) + 1));
  return { first: compactDay(first), after: compactDay(after) };
}

function compactDay(d: Date): string {
  return d.toISOString().slice(0, 10).replace(/-/g, '');
}

/** Escape a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and newlines. */
export function icsText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Fold a content line at 75 octets (RFC 5545 §3.1), never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    // Continuation lines start with a space, which counts towards their 75 octets.
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

/**
 * The iCalendar file of the dated events: all-day events spanning their day, month or year; a calendar has no yearless
 * day, so events whose year is unknown are left out.
 */
export function icsCalendar(events: EventView[], settings: SiteSettings): string {
  const host = new URL(settings.baseUrl).host;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//${host}//News timeline//${settings.language.toUpperCase()}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `NAME:${icsText(settings.title)}`,
    `X-WR-CALNAME:${icsText(settings.title)}`,
    `DESCRIPTION:${icsText(settings.description)}`,
    `X-WR-CALDESC:${icsText(settings.description)}`,
    `URL:${absolute(settings, '/')}`,
  ];
  for (const e of events.filter(withYear)) {
    const { first, after } = allDaySpan(e.start, e.end, e.precision);
    const url = absolute(settings, e.url);
    const about =
      `${e.dateLabel} (${e.statusLabel.toLowerCase()}, known to the ${e.precision}). ` +
      `${sourcesLabel(e.sourceCount)}.`;
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.id}@${host}`,
      // The day the latest source was published: a build date would change the file daily.
      `DTSTAMP:${(e.updated ?? e.start).replace(/-/g, '')}T000000Z`,
      `DTSTART;VALUE=DATE:${first}`,
      `DTEND;VALUE=DATE:${after}`,
      `SUMMARY:${icsText(e.title)}`,
      `DESCRIPTION:${icsText(`${about}\n\n${e.summary}\n\n${url}`)}`,
      ...(e.places.length ? [`LOCATION:${icsText(e.places.map((p) => p.name).join(', '))}`] : []),
      `STATUS:${e.status === 'planned' ? 'TENTATIVE' : 'CONFIRMED'}`,
      `CATEGORIES:${icsText(e.statusLabel)}`,
      'TRANSP:TRANSPARENT',
      `URL:${url}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}

function sourcesLabel(n: number): string {
  return `${n} source${n === 1 ? '' : 's'}`;
}

/** A TimelineJS3 date object at the event's precision. */
export function timelineJsDate(value: string): { year: number; month?: number; day?: number } {
  const [year, month, day] = value.split('-').map(Number) as [number, number?, number?];
  return { year, ...(month ? { month } : {}), ...(day ? { day } : {}) };
}

/** Escape text for the HTML that TimelineJS renders from headline and text. */
export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * Knight Lab TimelineJS3 JSON: one slide per event at its precision, grouped by status; a slide needs a year, so
 * yearless events are left out.
 */
export function timelineJs(events: EventView[], settings: SiteSettings): object {
  return {
    title: {
      text: {
        headline: escapeHtml(settings.title),
        text:
          `<p>${escapeHtml(settings.description)}</p>` +
          `<p><a href="${escapeHtml(absolute(settings, '/'))}">${escapeHtml(absolute(settings, '/'))}</a></p>`,
      },
    },
    events: events.filter(withYear).map((e) => ({
      unique_id: e.id,
      start_date: timelineJsDate(e.start),
      ...(e.end !== e.start ? { end_date: timelineJsDate(e.end) } : {}),
      display_date: e.dateLabel,
      text: {
        headline: escapeHtml(e.title),
        text:
          `<p>${escapeHtml(e.summary)}</p><p>${escapeHtml(e.statusLabel)} · ` +
          `<a href="${escapeHtml(absolute(settings, e.url))}">${sourcesLabel(e.sourceCount)}</a></p>`,
      },
      group: e.statusLabel,
    })),
  };
}

/**
 * One CSV field (RFC 4180): quoted when it holds a quote, comma, line break or edge space. Text
 * that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) gets a leading
 * apostrophe, as OWASP advises against CSV injection; numbers stay numbers.
 */
export function csvField(value: string | number): string {
  const text = typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The columns of the CSV export, in order. */
export const CSV_COLUMNS = [
  'id',
  'start',
  'end',
  'precision',
  'date_label',
  'status',
  'title',
  'actors',
  'actor_ids',
  'places',
  'source_count',
  'quote_count',
  'summary',
  'url',
] as const;

/** The events as CSV (RFC 4180): a header row, CRLF line ends, lists joined with "; ". */
export function eventsCsv(events: EventView[], settings: SiteSettings): string {
  const rows = events.map((e) => [
    e.id,
    e.start,
    e.end,
    e.precision,
    e.dateLabel,
    e.status,
    e.title,
    e.actors.map((a) => a.name).join('; '),
    e.actors.map((a) => a.id).join('; '),
    e.places.map((p) => p.name).join('; '),
    e.sourceCount,
    e.quotes.length,
    e.summary,
    absolute(settings, e.url),
  ]);
  return [[...CSV_COLUMNS], ...rows].map((row) => row.map(csvField).join(',')).join(CRLF) + CRLF;
}
