/**
 * A site whose only event has no year: the timeline shows it in its own "Year unknown" section,
 * its page prints "8 May (year unknown)" with a yearless HTML date, the feeds list no entry
 * (there is no day to give), and every page stays valid HTML.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { HtmlValidate } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../src/cli/build.ts';
import { REPO } from '../build/corpus.ts';

const FIXTURE = path.join(REPO, 'tests', 'fixtures', 'publish', 'year-unknown', 'no-year-anywhere');
let out = '';

const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)],
  );

beforeAll(async () => {
  const root = mkdtempSync(path.join(tmpdir(), 'timeline-year-unknown-'));
  cpSync(FIXTURE, root, { recursive: true });
  const code = await build({
    root: REPO,
    contentRoot: root,
    out: '_site',
    strict: false,
    noSearch: true,
    log: () => {},
  });
  expect(code).toBe(0);
  out = path.join(root, '_site');
}, 120_000);

describe('a site with a year-unknown event', () => {
  it('shows it in the "Year unknown" section, dated without a year', () => {
    const home = readFileSync(path.join(out, 'index.html'), 'utf8');
    expect(home).toMatch(/id="p-year-unknown"[\s\S]*Year unknown[\s\S]*8 May \(year unknown\)/);
    const [page] = readdirSync(path.join(out, 'events'));
    expect(page).toMatch(/^xxxx-05-08-/);
    const html = readFileSync(path.join(out, 'events', page!, 'index.html'), 'utf8');
    expect(html).toContain('<time datetime="05-08">8 May (year unknown)</time>');
    expect(html).not.toMatch(/"startDate"/);
  });
  it('gives the feed no entry and the calendar no event', () => {
    expect(readFileSync(path.join(out, 'feed.xml'), 'utf8')).not.toContain('<entry>');
    expect(readFileSync(path.join(out, 'api', 'events.ics'), 'utf8')).not.toContain('BEGIN:VEVENT');
  });
  it('stays valid HTML5', async () => {
    const validator = new HtmlValidate({
      extends: ['html-validate:document'],
      rules: { 'require-sri': 'off', 'long-title': 'off' },
    });
    const failures: string[] = [];
    for (const file of walk(out).filter((f) => f.endsWith('.html'))) {
      const report = await validator.validateFile(file);
      if (!report.valid) failures.push(`${path.relative(out, file)}: ${report.results[0]?.messages[0]?.message}`);
    }
    expect(failures).toEqual([]);
  });
});
