/**
 * What other tools read from the built seed site, checked with their own parsers: the Atom
 * feeds, every JSON-LD block, the iCalendar, TimelineJS and CSV exports, the sitemap, robots.txt
 * and the absolute addresses in canonical links and Open Graph tags.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parseFeed } from '@rowanmanning/feed-parser';
import ICAL from 'ical.js';
import { parse as parseCsv } from 'csv-parse/sync';
import { runPipeline, type PipelineResult } from '../../src/build/pipeline.ts';
import { writeSite } from '../../src/build/site.ts';
import { CSV_COLUMNS } from '../../src/publish/exports.ts';
import { root, walk } from './harness.ts';

let out: string;
let data: PipelineResult['data'];
const read = (file: string) => readFileSync(path.join(out, file), 'utf8');

beforeAll(async () => {
  out = path.join(mkdtempSync(path.join(tmpdir(), 'timeline-data-')), '_site');
  data = (await runPipeline({ root })).data;
  await writeSite(root, data, out);
});

const site = () => `${data.site.baseUrl}${data.site.pathPrefix.replace(/\/$/, '')}`;
/** The built file an absolute URL of this site names. */
function fileOf(url: string): string {
  expect(url.startsWith(`${site()}/`), url).toBe(true);
  const p = url.slice(site().length);
  return path.join(out, p.endsWith('/') ? `${p}index.html` : p);
}

describe('Atom feeds', () => {
  const check = (file: string, entries: { url: string }[]) => {
    const xml = read(file);
    expect(XMLValidator.validate(xml), file).toBe(true);
    const feed = parseFeed(xml);
    expect(feed.meta.type).toBe('atom');
    expect(feed.title).toMatch(/\S/);
    expect(feed.updated?.getTime()).not.toBeNaN();
    expect(feed.self).toBe(`${site()}/${file}`);
    expect(feed.items).toHaveLength(entries.length);
    for (const item of feed.items) {
      expect(item.id).toBe(item.url);
      expect(item.title).toMatch(/\S/);
      expect(item.updated?.getTime(), item.url!).not.toBeNaN();
      expect(readFileSync(fileOf(item.url!), 'utf8')).toContain('<h1>');
    }
    expect(new Set(feed.items.map((i) => i.url))).toEqual(new Set(entries.map((e) => `${site()}${e.url}`)));
  };
  it('the site feed lists every event with absolute links', () => check('feed.xml', data.events));
  it('each actor’s feed lists their events', () => {
    for (const a of data.actors)
      check(
        `actors/${a.id}/feed.xml`,
        a.events.map((id) => data.events[data.eventIndex[id]!]!),
      );
  });
});

describe('JSON-LD', () => {
  const blocks = (html: string) =>
    [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(
      (m) => JSON.parse(m[1]!) as Record<string, any>,
    );
  it('every block parses and has the fields its @type needs', () => {
    const pages = walk(out).filter((f) => f.endsWith('.html'));
    let seen = 0;
    for (const file of pages) {
      for (const ld of blocks(readFileSync(file, 'utf8'))) {
        seen++;
        expect(ld['@context'], file).toBe('https://schema.org');
        expect(['Event', 'Person', 'Organization', 'NewsArticle'], file).toContain(ld['@type']);
        if (ld['@type'] === 'Event') {
          expect(ld.name).toMatch(/\S/);
          expect(ld.startDate).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
          expect(ld.url).toMatch(/^https?:\/\//);
          expect(ld.subjectOf.length).toBeGreaterThan(0);
          for (const a of ld.subjectOf)
            expect(a).toMatchObject({
              '@type': 'NewsArticle',
              headline: expect.stringMatching(/\S/),
              url: expect.stringMatching(/^https?:\/\//),
            });
        } else if (ld['@type'] === 'NewsArticle') {
          expect(ld.headline).toMatch(/\S/);
          expect(ld.url).toMatch(/^https?:\/\//);
        } else {
          expect(ld.name).toMatch(/\S/);
          expect(ld.url).toMatch(/^https?:\/\//);
        }
      }
    }
    expect(seen).toBe(data.events.length + data.actors.length + data.sources.length);
  });
  it('event pages describe an Event, actor pages a Person or Organization, source pages a NewsArticle', () => {
    for (const e of data.events)
      expect(blocks(read(`events/${e.id}/index.html`)).map((b) => b['@type'])).toEqual(['Event']);
    for (const a of data.actors)
      expect(blocks(read(`actors/${a.id}/index.html`)).map((b) => b['@type'])).toEqual([
        a.kind === 'person' ? 'Person' : 'Organization',
      ]);
    for (const s of data.sources)
      expect(blocks(read(`sources/${s.id}/index.html`)).map((b) => b['@type'])).toEqual(['NewsArticle']);
  });
});

describe('addresses', () => {
  it('canonical links and og:url are absolute and name the page itself', () => {
    for (const [file, url] of [
      ['index.html', '/'],
      ['actors/index.html', '/actors/'],
      [`events/${data.events[0]!.id}/index.html`, data.events[0]!.url],
    ] as const) {
      const html = read(file);
      expect(html).toContain(`<link rel="canonical" href="${site()}${url}">`);
      expect(html).toContain(`<meta property="og:url" content="${site()}${url}">`);
      expect(html).toMatch(/<meta property="og:title" content="[^"]+">/);
    }
  });
  it('the sitemap is valid XML listing every event, actor and source page by absolute URL', () => {
    const xml = read('sitemap.xml');
    expect(XMLValidator.validate(xml)).toBe(true);
    const locs: string[] = new XMLParser().parse(xml).urlset.url.map((u: { loc: string }) => u.loc);
    for (const loc of locs) expect(readFileSync(fileOf(loc), 'utf8')).toContain('<h1');
    for (const page of [...data.events, ...data.actors, ...data.sources])
      expect(locs).toContain(`${site()}${page.url}`);
  });
  it('robots.txt points to the sitemap by absolute URL', () => {
    expect(read('robots.txt')).toContain(`Sitemap: ${site()}/sitemap.xml`);
  });
});

describe('exports', () => {
  it('events.ics is RFC 5545: parses, CRLF lines of at most 75 octets, one all-day VEVENT per event', () => {
    const text = read('api/events.ics');
    expect(text.endsWith('\r\n')).toBe(true);
    for (const line of text.slice(0, -2).split('\r\n')) expect(Buffer.byteLength(line), line).toBeLessThanOrEqual(75);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const calendar = new ICAL.Component(ICAL.parse(text));
    const vevents = calendar.getAllSubcomponents('vevent');
    expect(vevents).toHaveLength(data.events.length);
    for (const e of data.events) {
      const vevent = vevents.find(
        (v) => v.getFirstPropertyValue('uid') === `${e.id}@${new URL(data.site.baseUrl).host}`,
      )!;
      const ev = new ICAL.Event(vevent);
      expect(ev.summary).toBe(e.title);
      expect(ev.startDate.isDate).toBe(true);
      expect(ev.endDate.isDate).toBe(true);
      const start = ev.startDate.toString();
      expect(start.startsWith(e.start), e.id).toBe(true);
      if (e.precision !== 'day') expect(start).toMatch(e.precision === 'month' ? /-01$/ : /-01-01$/);
      const last = ev.endDate.clone();
      last.adjust(-1, 0, 0, 0);
      expect(last.toString().startsWith(e.end), e.id).toBe(true);
      expect(String(vevent.getFirstPropertyValue('dtstamp'))).toBe(`${e.updated}T00:00:00Z`);
      expect(vevent.getFirstPropertyValue('url')).toBe(`${site()}${e.url}`);
    }
  });
  it('timelinejs.json has a slide per event, dated at its precision and grouped by status', () => {
    const tl = JSON.parse(read('api/timelinejs.json'));
    expect(tl.title.text.headline).toMatch(/\S/);
    expect(tl.events).toHaveLength(data.events.length);
    for (const e of data.events) {
      const slide = tl.events.find((s: any) => s.unique_id === e.id);
      const parts = (d: any) =>
        [d.year, d.month, d.day]
          .filter((x) => x !== undefined)
          .map((x: number, i: number) => String(x).padStart(i ? 2 : 4, '0'))
          .join('-');
      expect(parts(slide.start_date)).toBe(e.start);
      expect(slide.end_date ? parts(slide.end_date) : e.start).toBe(e.end);
      expect(slide.group).toBe(e.statusLabel);
      expect(slide.text.headline).not.toMatch(/<(?!\/?(a|p)\b)/);
    }
    expect(new Set(tl.events.map((s: any) => s.group))).toEqual(new Set(data.events.map((e) => e.statusLabel)));
  });
  it('events.csv is RFC 4180: a strict parser reads a header and one row per event', () => {
    const text = read('api/events.csv');
    const rows: string[][] = parseCsv(text, {
      relax_quotes: false,
      relax_column_count: false,
      record_delimiter: '\r\n',
    });
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(data.events.length + 1);
    const byId = new Map(rows.slice(1).map((r) => [r[0], r]));
    for (const e of data.events) {
      const row = byId.get(e.id)!;
      expect(row[CSV_COLUMNS.indexOf('title')]).toBe(e.title);
      expect(row[CSV_COLUMNS.indexOf('summary')]).toBe(e.summary);
      expect(row[CSV_COLUMNS.indexOf('source_count')]).toBe(String(e.sourceCount));
    }
  });
});
