/**
 * The calendar, TimelineJS and CSV writers on hand-made events, for the cases the seed corpus
 * lacks: month and year spans across year ends, leap days, text full of the characters each
 * format must escape, and lines long enough to fold inside a multi-byte character.
 */
import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { parse as parseCsv } from 'csv-parse/sync';
import type { SiteSettings } from '../../src/types.ts';
import type { EventView } from '../../src/publish/views.ts';
import {
  CSV_COLUMNS,
  allDaySpan,
  csvField,
  eventsCsv,
  foldLine,
  icsCalendar,
  icsText,
  timelineJs,
} from '../../src/publish/exports.ts';

const settings: SiteSettings = {
  title: 'Talks, briefly; a test',
  description: 'Line one\nline two',
  baseUrl: 'https://example.org',
  pathPrefix: '/sub/',
  language: 'en',
};

function view(over: Partial<EventView>): EventView {
  const id = over.id ?? 'e';
  return {
    id,
    url: `/events/${id}/`,
    title: 'T',
    titleEvidence: { score: 0, rules: [] },
    bestCount: 0,
    summary: 'S',
    dateLabel: 'L',
    start: '2025-05-15',
    datetime: '2025-05-15',
    end: '2025-05-15',
    precision: 'day',
    period: '2025-05',
    status: 'happened',
    statusLabel: 'Happened',
    statusNote: null,
    actors: [],
    places: [],
    sourceCount: 1,
    quotes: [],
    background: false,
    differ: [],
    updated: '2025-05-16',
    evidence: [],
    ...over,
  };
}

describe('all-day spans', () => {
  it('end the day after the last day, month or year', () => {
    expect(allDaySpan('2025-05-15', '2025-05-15', 'day')).toEqual({ first: '20250515', after: '20250516' });
    expect(allDaySpan('2025-05-30', '2025-06-02', 'day')).toEqual({ first: '20250530', after: '20250603' });
    expect(allDaySpan('2024-02-28', '2024-02-29', 'day')).toEqual({ first: '20240228', after: '20240301' });
    expect(allDaySpan('2025-12-31', '2025-12-31', 'day')).toEqual({ first: '20251231', after: '20260101' });
    expect(allDaySpan('2025-05', '2025-05', 'month')).toEqual({ first: '20250501', after: '20250601' });
    expect(allDaySpan('2024-11', '2024-12', 'month')).toEqual({ first: '20241101', after: '20250101' });
    expect(allDaySpan('2022', '2022', 'year')).toEqual({ first: '20220101', after: '20230101' });
    expect(allDaySpan('2014', '2016', 'year')).toEqual({ first: '20140101', after: '20170101' });
  });
});

describe('iCalendar', () => {
  it('escapes backslashes, semicolons, commas and newlines in text', () => {
    expect(icsText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });
  it('folds at 75 octets without splitting a character, and unfolds to the same line', () => {
    const line = `DESCRIPTION:${'Erdoğan – Zelensky 🇺🇦 '.repeat(20)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(3);
    parts.forEach((p, i) => {
      expect(Buffer.byteLength(p)).toBeLessThanOrEqual(75);
      if (i > 0) expect(p.startsWith(' ')).toBe(true);
      expect(p).not.toMatch(/[\uD800-\uDBFF]$|^ ?[\uDC00-\uDFFF]/);
    });
    expect(folded.replace(/\r\n /g, '')).toBe(line);
    expect(foldLine('SHORT:x')).toBe('SHORT:x');
  });
  it('writes all-day events a parser reads back, the same bytes each time', () => {
    const events = [
      view({
        id: 'talks',
        title: 'Talks; in Istanbul, again',
        summary: 'He said: "no", then\nleft.',
        places: [
          { id: 'i', name: 'Istanbul' },
          { id: 'a', name: 'Ankara' },
        ],
      }),
      view({
        id: 'summit',
        start: '2025-06',
        end: '2025-06',
        precision: 'month',
        status: 'planned',
        statusLabel: 'Planned or expected',
        updated: '2025-05-13',
      }),
      view({ id: 'war', start: '2022', end: '2022', precision: 'year', updated: '2025-05-15' }),
    ];
    const text = icsCalendar(events, settings);
    expect(icsCalendar(events, settings)).toBe(text);
    expect(text).toMatch(/\r\n$/);
    const calendar = new ICAL.Component(ICAL.parse(text));
    // X- properties are TEXT by default (RFC 5545 §3.8.8.2), which ical.js leaves escaped.
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Talks\\, briefly\\; a test');
    expect(calendar.getFirstPropertyValue('description')).toBe(settings.description);
    const [talks, summit, war] = calendar.getAllSubcomponents('vevent').map((v) => ({ v, e: new ICAL.Event(v) }));
    expect(talks!.e.summary).toBe('Talks; in Istanbul, again');
    expect(talks!.e.description).toContain('He said: "no", then\nleft.');
    expect(talks!.e.location).toBe('Istanbul, Ankara');
    expect(talks!.e.uid).toBe('talks@example.org');
    expect(talks!.v.getFirstPropertyValue('url')).toBe('https://example.org/sub/events/talks/');
    expect(String(talks!.v.getFirstPropertyValue('dtstamp'))).toBe('2025-05-16T00:00:00Z');
    expect([summit!.e.startDate.toString(), summit!.e.endDate.toString(), summit!.e.startDate.isDate]).toEqual([
      '2025-06-01',
      '2025-07-01',
      true,
    ]);
    expect(summit!.v.getFirstPropertyValue('status')).toBe('TENTATIVE');
    expect([war!.e.startDate.toString(), war!.e.endDate.toString()]).toEqual(['2022-01-01', '2023-01-01']);
    expect(text).toContain('DTSTART;VALUE=DATE:20220101\r\n');
  });
});

describe('TimelineJS3', () => {
  it('dates slides at their precision, groups them by status and escapes their HTML', () => {
    const tl = timelineJs(
      [
        view({
          id: 'a',
          title: '<script>alert(1)</script> & co',
          start: '2025-05-14',
          end: '2025-05-15',
          dateLabel: '14–15 May 2025',
        }),
        view({
          id: 'b',
          start: '2024-08',
          end: '2024-08',
          precision: 'month',
          status: 'planned',
          statusLabel: 'Planned or expected',
        }),
        view({ id: 'c', start: '2014', end: '2014', precision: 'year' }),
      ],
      settings,
    ) as { events: Record<string, any>[] };
    const [a, b, c] = tl.events;
    expect(a).toMatchObject({
      unique_id: 'a',
      start_date: { year: 2025, month: 5, day: 14 },
      end_date: { year: 2025, month: 5, day: 15 },
      display_date: '14–15 May 2025',
      group: 'Happened',
    });
    expect(a!.text.headline).toBe('&lt;script&gt;alert(1)&lt;/script&gt; &amp; co');
    expect(a!.text.text).toContain('href="https://example.org/sub/events/a/"');
    expect(b).toMatchObject({ start_date: { year: 2024, month: 8 }, group: 'Planned or expected' });
    expect(b!.start_date).not.toHaveProperty('day');
    expect(b).not.toHaveProperty('end_date');
    expect(c!.start_date).toEqual({ year: 2014 });
  });
});

describe('CSV', () => {
  it('quotes only what RFC 4180 requires', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField(3)).toBe('3');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(' edge')).toBe('" edge"');
  });
  it('round-trips awkward text through a strict parser', () => {
    const awkward = 'He said, "we will meet";\r\nthen: =SUM(A1)';
    const text = eventsCsv(
      [
        view({
          id: 'x',
          title: awkward,
          summary: awkward,
          actors: [
            { id: 'a', name: 'A, B' },
            { id: 'c', name: 'C' },
          ],
        }),
      ],
      settings,
    );
    expect(text.endsWith('\r\n')).toBe(true);
    const rows: string[][] = parseCsv(text, { relax_quotes: false, relax_column_count: false });
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    const row = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, rows[1]![i]]));
    expect(row).toMatchObject({
      id: 'x',
      title: awkward,
      summary: awkward,
      actors: 'A, B; C',
      actor_ids: 'a; c',
      url: 'https://example.org/sub/events/x/',
    });
  });
});
