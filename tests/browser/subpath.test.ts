/**
 * The site served under a sub-path, as on a project page: built from a copy of content/ whose
 * site.yaml sets pathPrefix, then crawled in the browser from its home page. Every link, asset
 * and anchor must resolve inside the prefix, and search, redirects and feeds must follow it.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import type { Browser } from 'playwright-core';
import { runPipeline, type PipelineResult } from '../../src/build/pipeline.ts';
import { writeSite } from '../../src/build/site.ts';
import { indexSite } from '../../src/build/search-index.ts';
import { launchChromium, root, serve, type StaticServer } from './harness.ts';

const PREFIX = '/timeline/';
let browser: Browser;
let server: StaticServer;
let out: string;
let data: PipelineResult['data'];

beforeAll(async () => {
  browser = await launchChromium();
  // A copy of the content with only the path prefix changed: content/site.yaml stays as it is.
  const contentRoot = mkdtempSync(path.join(tmpdir(), 'timeline-subpath-'));
  cpSync(path.join(root, 'content'), path.join(contentRoot, 'content'), { recursive: true });
  const settingsFile = path.join(contentRoot, 'content', 'site.yaml');
  writeFileSync(settingsFile, stringify({ ...parse(readFileSync(settingsFile, 'utf8')), pathPrefix: PREFIX }));
  // A retired id, as if an earlier build had published the first event twice and then merged
  // the two: it must redirect. (Two active ids claiming the same mentions is a broken ledger.)
  const ledgerFile = path.join(contentRoot, 'content', 'permalinks.json');
  const ledger = JSON.parse(readFileSync(ledgerFile, 'utf8'));
  const [firstId, first] = Object.entries(ledger.events).find(
    ([, e]) => (e as { state: string }).state === 'active',
  )! as [string, { mentions: string[] }];
  ledger.events[`zzz-retired-${firstId}`.slice(0, 90)] = { ...first, key: undefined, state: 'merged', into: firstId };
  writeFileSync(ledgerFile, JSON.stringify(ledger));
  data = (await runPipeline({ root: contentRoot })).data;
  out = path.join(contentRoot, '_site');
  await writeSite(root, data, out, async (dir) => {
    await indexSite(dir);
  });
  server = await serve(out, PREFIX);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('under a path prefix', () => {
  it('takes the prefix from the settings', () => {
    expect(data.site.pathPrefix).toBe(PREFIX);
  });

  it('every page reachable from the home page loads, and every link, asset and anchor resolves inside the prefix', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const failures: string[] = [];
    page.on('pageerror', (e) => failures.push(`script error on ${page.url()}: ${e.message}`));
    const ids = new Map<string, Set<string>>();
    const anchors: { from: string; page: string; id: string }[] = [];
    const checked = new Set<string>();
    const queue = [server.base];
    const seen = new Set(queue);
    while (queue.length) {
      const url = queue.shift()!;
      const response = await page.goto(url);
      if (response?.status() !== 200) {
        failures.push(`${response?.status()} for ${url}`);
        continue;
      }
      const found = await page.evaluate(() => ({
        ids: [...document.querySelectorAll('[id]')].map((e) => e.id),
        links: [...document.querySelectorAll('a[href], link[href], script[src]')].map(
          (e) => (e as HTMLAnchorElement).href || (e as HTMLScriptElement).src,
        ),
        raw: [...document.querySelectorAll('a[href], link[href], script[src], form[action]')].map(
          (e) => e.getAttribute('href') ?? e.getAttribute('src') ?? e.getAttribute('action')!,
        ),
      }));
      ids.set(new URL(page.url()).pathname, new Set(found.ids));
      for (const raw of found.raw)
        if (raw.startsWith('/') && !raw.startsWith(PREFIX)) failures.push(`${url} links to ${raw}, outside ${PREFIX}`);
      for (const link of found.links) {
        const target = new URL(link);
        if (target.origin === new URL(data.site.baseUrl).origin) {
          // Canonical and Open Graph addresses are absolute on the public host: they must name a built page.
          if (!target.pathname.startsWith(PREFIX)) failures.push(`${url} names ${link}, outside ${PREFIX}`);
          target.href = new URL(target.pathname.slice(1), server.origin + '/').href;
        }
        if (target.origin !== server.origin) continue;
        if (target.hash)
          anchors.push({ from: url, page: target.pathname, id: decodeURIComponent(target.hash.slice(1)) });
        target.hash = '';
        const isPage = target.pathname.endsWith('/') || target.pathname.endsWith('.html');
        if (isPage && !seen.has(target.href)) {
          seen.add(target.href);
          queue.push(target.href);
        } else if (!isPage && !checked.has(target.href)) {
          checked.add(target.href);
          const status = (await context.request.get(target.href)).status();
          if (status !== 200) failures.push(`${status} for ${target.href} (linked from ${url})`);
        }
      }
    }
    for (const a of anchors)
      if (ids.has(a.page) && !ids.get(a.page)!.has(a.id))
        failures.push(`${a.from} links to ${a.page}#${a.id}, which has no such anchor`);
    expect(failures).toEqual([]);
    expect(seen.size).toBeGreaterThan(data.events.length + data.actors.length + data.sources.length);
    await context.close();
  });

  it('styles, filters and searches, with results inside the prefix', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.base}?status=planned`);
    expect(await page.isVisible('#filters')).toBe(true);
    expect(await page.$eval('body', (b) => getComputedStyle(b).fontFamily)).toMatch(/Georgia|serif/);
    await page.goto(`${server.base}search/?q=Medinsky`);
    await page.waitForSelector('.pagefind-ui__result-link', { timeout: 60_000 });
    const results = await page.$$eval('.pagefind-ui__result-link', (as) =>
      as.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
    );
    expect(results.length).toBeGreaterThan(0);
    for (const r of results) expect(r.startsWith(PREFIX), r).toBe(true);
    await page.click('.pagefind-ui__result-link');
    expect(await page.textContent('h1')).toMatch(/\S/);
    await page.close();
  });

  it('forwards retired event addresses inside the prefix', async () => {
    expect(data.redirects.length).toBeGreaterThan(0);
    const page = await browser.newPage();
    for (const r of data.redirects) {
      await page.goto(`${server.base}events/${r.id}/`);
      await page.waitForURL(`${server.base}events/${r.to}/`);
    }
    await page.close();
  });

  it('gives feeds absolute links with the prefix', () => {
    const feed = readFileSync(path.join(out, 'feed.xml'), 'utf8');
    const links = [...feed.matchAll(/<link href="([^"]+)"/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(data.events.length);
    for (const link of links) expect(link.startsWith(`${data.site.baseUrl}${PREFIX}`), link).toBe(true);
  });
});
