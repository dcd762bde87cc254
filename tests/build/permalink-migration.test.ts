/**
 * Every link published so far keeps working when ids become neutral: the seed corpus built
 * from its ledger as committed before (title-slug ids, some claiming what never happened)
 * serves each old id as a redirect to a live, neutral id, and a second build moves nothing.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/cli/build.ts';
import { REPO, eventsOf } from './corpus.ts';

const FIXTURE = path.join(
  REPO,
  'tests',
  'fixtures',
  'publish',
  'permalinks',
  'seed-ledger-with-title-slugs',
  'permalinks.json',
);
const NEUTRAL = /^(\d{4}(?:-\d{2}){0,2})-[0-9a-z]{6,}$/;

describe('migrating the committed ledger to neutral ids', () => {
  it('keeps every published URL working and makes every live URL neutral', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'timeline-migrate-'));
    cpSync(path.join(REPO, 'content'), path.join(root, 'content'), { recursive: true });
    rmSync(path.join(root, 'content', 'changelog.json'), { force: true });
    cpSync(FIXTURE, path.join(root, 'content', 'permalinks.json'));
    const old = JSON.parse(readFileSync(FIXTURE, 'utf8')).events as Record<string, { state: string }>;
    const site = path.join(root, '_site');
    const options = { root: REPO, contentRoot: root, out: '_site', strict: false, noSearch: true, log: () => {} };
    expect(await build(options)).toBe(0);
    const live = new Map(eventsOf(site).map((e) => [e.id, e]));
    for (const [id, e] of live) {
      const m = NEUTRAL.exec(id);
      expect(m, `${id} is neutral`).not.toBeNull();
      expect(
        JSON.parse(readFileSync(path.join(site, 'api', 'events.json'), 'utf8')).events.find(
          (x: { id: string }) => x.id === id,
        ).start,
      ).toBe(m![1]);
      expect(e.title).not.toBe('');
    }
    for (const id of Object.keys(old)) {
      const page = path.join(site, 'events', id, 'index.html');
      expect(existsSync(page), `/events/${id}/ still exists`).toBe(true);
      // The redirect page sits in /events/<old id>/: its target is the sibling folder.
      const target = /http-equiv="refresh" content="0; url=\.\.\/([a-z0-9-]+)\/"/.exec(readFileSync(page, 'utf8'))?.[1];
      expect(target && live.has(target), `/events/${id}/ redirects to a live event`).toBe(true);
      expect(live.get(target!)!.aliases).toContain(id);
    }
    const ids = [...live.keys()].sort();
    expect(await build(options)).toBe(0);
    expect(
      eventsOf(site)
        .map((e) => e.id)
        .sort(),
    ).toEqual(ids);
  });
});
