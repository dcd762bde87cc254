/**
 * The site opened from disk, as a user double-clicking `_site/index.html` would: every page
 * reachable from the home page by its links opens as a file, with its stylesheet and script, and
 * no link points at a folder (a browser shows a folder as a listing, not its page).
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { PipelineResult } from '../../src/build/pipeline.ts';
import { buildSeedSite, launchChromium } from './harness.ts';

let browser: Browser;
let dir: string;
let data: PipelineResult['data'];

beforeAll(async () => {
  const built = await buildSeedSite();
  dir = built.dir;
  data = built.result.data;
  browser = await launchChromium();
}, 180_000);
afterAll(async () => {
  await browser?.close();
});

describe('opened from disk', () => {
  it('every page reachable from index.html opens with its styles, and no link lands on a folder', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const failures: string[] = [];
    page.on('pageerror', (e) => failures.push(`script error on ${page.url()}: ${e.message}`));
    page.on('requestfailed', (r) => failures.push(`${page.url()}: ${r.url()} failed`));
    const start = pathToFileURL(path.join(dir, 'index.html')).href;
    const queue = [start];
    const seen = new Set(queue);
    while (queue.length) {
      const url = queue.shift()!;
      await page.goto(url, { waitUntil: 'load' });
      const found = await page.evaluate(() => ({
        sheets: document.styleSheets.length,
        font: getComputedStyle(document.body).fontFamily,
        links: [...document.querySelectorAll('a[href]')].map((a) => (a as HTMLAnchorElement).href),
      }));
      if (found.sheets === 0 || !/Georgia|serif/.test(found.font)) failures.push(`${url} is unstyled`);
      for (const link of found.links) {
        const target = new URL(link);
        if (target.protocol !== 'file:') continue;
        target.hash = '';
        target.search = '';
        const file = fileURLToPath(target);
        if (!existsSync(file)) failures.push(`${url} links to ${target.href}, which does not exist`);
        else if (statSync(file).isDirectory()) failures.push(`${url} links to the folder ${target.href}`);
        else if (file.endsWith('.html') && !seen.has(target.href)) {
          seen.add(target.href);
          queue.push(target.href);
        }
      }
    }
    expect(failures).toEqual([]);
    expect(seen.size).toBeGreaterThan(data.events.length + data.actors.length + data.sources.length);
    await context.close();
  }, 300_000);

  it('says that search needs the site served, instead of failing', async () => {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(path.join(dir, 'search', 'index.html')).href);
    expect(await page.textContent('#search')).toMatch(/npm run serve/);
    await page.close();
  });
});
