/**
 * What the browser tests share: a seed build in a temporary folder (with its search index), a
 * small static server on localhost that can mount the site under a path prefix, and a chromium
 * driven by playwright-core: the system's when installed, else the one the @sparticuz/chromium
 * dev dependency ships, so that `npm ci && npm test` needs no manual browser install.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { runPipeline, type PipelineResult } from '../../src/build/pipeline.ts';
import type { EventView } from '../../src/publish/views.ts';
import { writeSite } from '../../src/build/site.ts';
import { indexSite } from '../../src/build/search-index.ts';

/** The project root. */
export const root = path.resolve(import.meta.dirname, '..', '..');

/** Where a system chromium is looked for first (Debian's package); CHROMIUM_PATH overrides it. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/atom+xml; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
};

/** Build the seed corpus into a fresh temporary folder, with the Pagefind index, as `npm run build` does. */
export async function buildSeedSite(): Promise<{ dir: string; result: PipelineResult }> {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'timeline-browser-')), '_site');
  const result = await runPipeline({ root });
  await writeSite(root, result.data, dir, async (staging) => {
    await indexSite(staging);
  });
  return { dir, result };
}

/** A running static server. */
export interface StaticServer {
  /** Origin and prefix, e.g. http://127.0.0.1:4321/timeline/ (always ends with /). */
  base: string;
  /** The origin alone. */
  origin: string;
  /** Stop it. */
  close: () => Promise<void>;
}

/** Serve `dir` on a free localhost port under `prefix`, with 404.html for missing files, as a static host would. */
export async function serve(dir: string, prefix = '/'): Promise<StaticServer> {
  const server: Server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      let pathname = decodeURIComponent(url.pathname);
      if (!pathname.startsWith(prefix)) return notFound();
      pathname = `/${pathname.slice(prefix.length)}`;
      let file = path.join(dir, path.normalize(pathname));
      if (!file.startsWith(dir)) return notFound();
      if (existsSync(file) && statSync(file).isDirectory()) {
        if (!pathname.endsWith('/')) {
          res.writeHead(301, { location: `${url.pathname}/` }).end();
          return;
        }
        file = path.join(file, 'index.html');
      }
      if (!existsSync(file)) return notFound();
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
      res.end(await readFile(file));
    })().catch((error: unknown) => {
      res.writeHead(500).end(String(error));
    });
    function notFound(): void {
      const page = path.join(dir, '404.html');
      res.writeHead(404, { 'content-type': TYPES['.html']! });
      res.end(existsSync(page) ? readFileSync(page) : 'not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return { origin, base: `${origin}${prefix}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** Start chromium: the system's when present, else the packaged one (unpacked to the temp folder on first use). */
export async function launchChromium(): Promise<Browser> {
  if (existsSync(CHROMIUM)) return chromium.launch({ executablePath: CHROMIUM, args: ['--headless', ...FLAGS] });
  const packaged = (await import('@sparticuz/chromium')).default;
  // The package's own flag list disables web security and isolation for serverless use; the
  // tests want a browser that behaves like a reader's, so only the headless mode is taken.
  return chromium.launch({ executablePath: await packaged.executablePath(), args: ['--headless=shell', ...FLAGS] });
}

/** Every file under a folder, recursively. */
export function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

/** The axe-core script, injected into pages as a string so that it runs in the page itself. */
export const axeSource = (): string => readFileSync(path.join(root, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

/** The seed's Ankara meeting of Zelensky and Erdoğan (issue 2's example of a merged event). */
export function ankaraMeeting(data: PipelineResult['data']): EventView {
  const found = data.events.find(
    (e) =>
      e.places.some((p) => p.name === 'Ankara') &&
      e.actors.some((a) => a.id === 'volodymyr-zelensky') &&
      e.actors.some((a) => a.id === 'recep-tayyip-erdogan'),
  );
  if (!found) throw new Error('The seed build has no Ankara meeting of Zelensky and Erdoğan');
  return found;
}

/** One page of every kind, by name. */
export function kindsOfPage(data: PipelineResult['data']): Record<string, string> {
  return {
    timeline: '/',
    event: ankaraMeeting(data).url,
    actor: '/actors/volodymyr-zelensky/',
    actors: '/actors/',
    source: '/sources/turkey-back-in-centre-of-diplomacy/',
    sources: '/sources/',
    search: '/search/?q=Medinsky',
    about: '/about/',
    'whats-new': '/whats-new/',
    'not-found': '/events/no-such-event/',
  };
}

/** Wait for what scripts add after load: the search results on the search page, the search field on the 404 page. */
export async function settle(page: Page, kind: string): Promise<void> {
  if (kind.startsWith('search')) await page.waitForSelector('.pagefind-ui__result-link');
  if (kind.startsWith('not-found')) await page.waitForSelector('.pagefind-ui__search-input');
}
