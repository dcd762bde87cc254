/**
 * The README's way of looking at the site: `npm run serve` after a build. Served that way,
 * every page loads every stylesheet, script, image and font it asks for, with no console error.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { buildSeedSite, launchChromium, root, walk } from './harness.ts';

let browser: Browser;
let server: ChildProcess;
let base: string;
let dir: string;

const freePort = (): Promise<number> =>
  new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

beforeAll(async () => {
  ({ dir } = await buildSeedSite());
  const port = await freePort();
  server = spawn('npm', ['run', '-s', 'serve', '--', '--dir', dir, '--port', String(port)], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('npm run serve did not start within 60 s')), 60_000);
    server.stdout!.on('data', (chunk: Buffer) => {
      if (/Server at/.test(String(chunk))) {
        clearTimeout(timer);
        resolve();
      }
    });
    server.on('exit', (code) => reject(new Error(`npm run serve exited with ${code}`)));
  });
  base = `http://localhost:${port}`;
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  // npm, tsx and node: the whole process group this test started, and nothing else.
  if (server?.pid) process.kill(-server.pid, 'SIGTERM');
});

describe('npm run serve', () => {
  it('serves every page with all its assets', async () => {
    // Redirect pages of retired ids have no assets and leave at once: every other page is loaded.
    const files = walk(dir).filter(
      (f) => f.endsWith('.html') && !readFileSync(f, 'utf8').includes('http-equiv="refresh"'),
    );
    const pages = files.map((f) => `/${path.relative(dir, f).replace(/index\.html$/, '')}`);
    expect(pages.length).toBeGreaterThan(20);
    const context = await browser.newContext();
    const failures: string[] = [];
    for (const url of pages) {
      const page = await context.newPage();
      page.on('response', (r) => {
        if (r.request().resourceType() !== 'document' && r.status() >= 400)
          failures.push(`${url}: ${r.url()} ${r.status()}`);
      });
      page.on('requestfailed', (r) => failures.push(`${url}: ${r.url()} failed`));
      page.on('console', (m) => {
        if (m.type() === 'error') failures.push(`${url}: console: ${m.text()}`);
      });
      const response = await page.goto(`${base}${url}`, { waitUntil: 'load' });
      if (!url.endsWith('404.html')) expect(response?.status(), url).toBe(200);
      const css = await page.evaluate(() => [...document.styleSheets].length);
      expect(css, `${url} has its stylesheet`).toBeGreaterThan(0);
      await page.close();
    }
    await context.close();
    expect(failures).toEqual([]);
  }, 300_000);
});
