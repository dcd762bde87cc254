/**
 * Builds the seed corpus (content/) into a temporary folder and checks the site a reader
 * gets: the events issue 2 names, the pages, the exports, valid HTML and working links.
 */
import { mkdtempSync, readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { HtmlValidate } from 'html-validate';
import { z } from 'zod';
import { runPipeline, type PipelineResult } from '../../src/build/pipeline.ts';
import { writeSite } from '../../src/build/site.ts';

const root = path.resolve(import.meta.dirname, '..', '..');
let out: string;
let result: PipelineResult;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

beforeAll(async () => {
  out = path.join(mkdtempSync(path.join(tmpdir(), 'timeline-site-')), '_site');
  result = await runPipeline({ root });
  await writeSite(root, result.data, out);
});

const eventsJson = () => JSON.parse(readFileSync(path.join(out, 'api', 'events.json'), 'utf8')) as { events: any[] };

describe('the seed timeline', () => {
  it('has one Ankara meeting of Zelensky and Erdoğan on 2025-05-15, citing both articles and the embedded post', () => {
    const meetings = eventsJson().events.filter(
      (e) =>
        e.places.includes('Ankara') &&
        e.actors.some((a: any) => a.id === 'volodymyr-zelensky') &&
        e.actors.some((a: any) => a.id === 'recep-tayyip-erdogan'),
    );
    expect(meetings).toHaveLength(1);
    const [m] = meetings;
    expect(m.start).toBe('2025-05-15');
    expect(m.precision).toBe('day');
    const articles = new Set(m.sources.map((s: any) => s.article));
    expect(articles).toContain('turkey-back-in-centre-of-diplomacy');
    expect(articles).toContain('diplomatic-tensions-rise-istanbul-talks');
    const quotes = m.sources.map((s: any) => s.quote).join('\n');
    expect(quotes).toContain('I had a good and productive meeting with President of Türkiye @RTErdogan in Ankara.');
    expect(quotes).toContain('But Zelensky still showed up in Ankara');
  });
  it('makes the Istanbul talks announced for 15 May and held on 16 May one event, and its page says so', () => {
    const held = result.data.events.filter(
      (e) => e.start === '2025-05-16' && e.places.some((p) => p.name === 'Istanbul'),
    );
    expect(held).toHaveLength(1);
    expect(held[0]!.status).toBe('happened');
    expect(held[0]!.statusNote).toContain('Announced for');
    // The sources that announced it (15 May) and the one that reports it held (June) are all its sources.
    expect(held[0]!.sourceCount).toBeGreaterThanOrEqual(4);
    const page = readFileSync(path.join(out, 'events', held[0]!.id, 'index.html'), 'utf8');
    expect(page).toContain('Announced for');
  });
  it('dates no event from the December 2026 image caption', () => {
    const events = eventsJson().events;
    expect(events.filter((e) => e.start.startsWith('2026'))).toEqual([]);
    expect(events.flatMap((e) => e.sources).filter((s: any) => /dicembre|foto:/.test(s.quote))).toEqual([]);
  });
  it('takes no event from the reader-question block', () => {
    const quotes = eventsJson().events.flatMap((e) => e.sources.map((s: any) => s.quote));
    for (const q of ['joint press conference', 'cover for covert operations', 'setup to distract']) {
      expect(quotes.some((x: string) => x.includes(q))).toBe(false);
    }
  });
  it('puts "last August" of the 2025-05-15 article in August 2024', () => {
    const kursk = eventsJson().events.filter((e) => e.sources.some((s: any) => s.dateText === 'last August'));
    expect(kursk).toHaveLength(1);
    expect(kursk[0]).toMatchObject({ start: '2024-08', end: '2024-08', precision: 'month' });
  });
  it('keeps events sorted by start then id, with ids that are their permalinks', () => {
    const events = eventsJson().events;
    for (let i = 1; i < events.length; i++) {
      const [a, b] = [events[i - 1], events[i]];
      expect(a.start < b.start || (a.start === b.start && a.id < b.id), `${a.id} before ${b.id}`).toBe(true);
    }
    for (const e of events) {
      expect(e.id).toMatch(/^[a-z0-9-]+$/);
      expect(e.url).toBe(`/events/${e.id}/`);
      expect(existsSync(path.join(out, 'events', e.id, 'index.html'))).toBe(true);
    }
  });
});

describe('the exports keep their public shape', () => {
  const Source = z.object({
    article: z.string(),
    quote: z.string().min(1),
    dateText: z.string().nullable(),
    url: z.string().regex(/^\/sources\/[a-z0-9-]+\/#s-\d+$/),
  });
  const Event = z.object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    url: z.string(),
    start: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/),
    end: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/),
    precision: z.enum(['day', 'month', 'year']),
    status: z.enum(['happened', 'planned']),
    title: z.string().min(1),
    actors: z.array(z.object({ id: z.string(), name: z.string() })),
    places: z.array(z.string()),
    sources: z.array(Source).min(1),
  });
  it('events.json', () => {
    const parsed = z.object({ events: z.array(Event) }).parse(eventsJson());
    for (const e of parsed.events) expect(e.start.length).toBe(e.end.length);
  });
  it('articles.json and actors.json', () => {
    const articles = JSON.parse(readFileSync(path.join(out, 'api', 'articles.json'), 'utf8'));
    z.object({
      articles: z.array(
        z.object({
          id: z.string(),
          title: z.string(),
          publisher: z.string().nullable(),
          url: z.string().nullable(),
          published: z.string().nullable(),
          publishedFrom: z.enum(['front-matter', 'text', 'inferred', 'unknown']),
          file: z.string(),
          events: z.array(z.string()),
        }),
      ),
    }).parse(articles);
    const byId = Object.fromEntries(articles.articles.map((a: any) => [a.id, a]));
    expect(byId['turkiye-gears-up-diplomacy']).toMatchObject({ published: '2025-05-13', publishedFrom: 'text' });
    expect(byId['istanbul-peace-talks-resume']).toMatchObject({ published: null, publishedFrom: 'unknown' });
    const actors = JSON.parse(readFileSync(path.join(out, 'api', 'actors.json'), 'utf8'));
    z.object({
      actors: z.array(
        z.object({
          id: z.string(),
          name: z.string(),
          aliases: z.array(z.string()),
          role: z.string().nullable(),
          events: z.array(z.string()).min(1),
          url: z.string(),
        }),
      ),
    }).parse(actors);
  });
});

describe('the pages', () => {
  it('exist for every kind: timeline, event, actor, actor index, source, source index', () => {
    for (const p of [
      'index.html',
      'actors/index.html',
      'sources/index.html',
      'actors/volodymyr-zelensky/index.html',
      // Named only in an undated clause ("…are led by Defense Minister Rustem Umerov") of a quoted sentence.
      'actors/rustem-umerov/index.html',
      'sources/istanbul-peace-talks-resume/index.html',
      '404.html',
      'feed.xml',
      'sitemap.xml',
      'robots.txt',
    ]) {
      expect(existsSync(path.join(out, p)), p).toBe(true);
    }
  });
  it('say when a publication date is unknown', () => {
    const html = readFileSync(path.join(out, 'sources', 'istanbul-peace-talks-resume', 'index.html'), 'utf8');
    expect(html).toContain('Unknown. The article states no publication date');
  });
  it('show furniture where the article had it, set apart and labelled, and list it by line', () => {
    const html = readFileSync(path.join(out, 'sources', 'zelensky-pushes-for-direct-talks', 'index.html'), 'utf8');
    expect(html).toMatch(
      /<aside class="furniture" data-reason="reader-question"[^>]*><p class="aside-label">[^<]*not part of the article[^<]*<\/p>(?:(?!<\/aside>)[\s\S])*joint press conference/,
    );
    expect(html).toMatch(/<details class="furniture-list">[\s\S]*reader-question block[\s\S]*<\/details>/);
  });
  it('are valid HTML5', async () => {
    const validator = new HtmlValidate({
      extends: ['html-validate:document'],
      rules: { 'require-sri': 'off', 'long-title': 'off' },
    });
    const pages = walk(out).filter((f) => f.endsWith('.html') && !f.includes(`${path.sep}pagefind${path.sep}`));
    expect(pages.length).toBeGreaterThan(20);
    const failures: string[] = [];
    for (const file of pages) {
      const report = await validator.validateFile(file);
      if (!report.valid)
        failures.push(
          `${path.relative(out, file)}: ${report.results
            .flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`))
            .slice(0, 3)
            .join('; ')}`,
        );
    }
    expect(failures).toEqual([]);
  });
  it('have no broken internal links or anchors', () => {
    const pages = walk(out).filter((f) => f.endsWith('.html') && !f.includes(`${path.sep}pagefind${path.sep}`));
    const ids = new Map<string, Set<string>>();
    const idsOf = (file: string) => {
      if (!ids.has(file))
        ids.set(file, new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)));
      return ids.get(file)!;
    };
    const broken: string[] = [];
    for (const file of pages) {
      for (const m of readFileSync(file, 'utf8').matchAll(/href="(\/[^"]*)"/g)) {
        const [urlPath, hash] = m[1]!.split('#');
        if (urlPath!.startsWith('/pagefind/')) continue;
        let target = path.join(out, decodeURIComponent(urlPath!));
        if (urlPath!.endsWith('/')) target = path.join(target, 'index.html');
        if (!existsSync(target)) broken.push(`${path.relative(out, file)} → ${m[1]}`);
        else if (hash && target.endsWith('.html') && !idsOf(target).has(hash))
          broken.push(`${path.relative(out, file)} → ${m[1]} (no anchor)`);
      }
    }
    expect(broken).toEqual([]);
  });
  it('escape article text: no raw markup from sources reaches the HTML', () => {
    for (const file of walk(out).filter((f) => f.endsWith('.html'))) {
      expect(readFileSync(file, 'utf8')).not.toMatch(/<script>(?!.*ld\+json)/);
    }
  });
});
