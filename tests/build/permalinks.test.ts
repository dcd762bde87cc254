/**
 * Permalinks survive what users do to a corpus: rename, add, remove articles. Every URL
 * published before resolves, after the rebuild, to the same event, its successor (a redirect
 * with rel=canonical) or a "withdrawn" page — never a 404.
 */
import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/cli/build.ts';
import { REPO, addArticles, contentRoot, eventsOf } from './corpus.ts';

const quiet = () => {};

describe('permalinks across rebuilds', () => {
  it('keep every published URL working after renames, additions, merges and removals', async () => {
    const root = contentRoot('porto', 'v1');
    const site = path.join(root, '_site');
    expect(
      await build({ root: REPO, contentRoot: root, out: '_site', strict: false, noSearch: true, log: quiet }),
    ).toBe(0);
    const before = eventsOf(site);
    expect(before.length).toBeGreaterThanOrEqual(3);

    renameSync(
      path.join(root, 'content', 'articles', 'north-daily.txt'),
      path.join(root, 'content', 'articles', 'a-renamed-north.txt'),
    );
    rmSync(path.join(root, 'content', 'articles', 'capital-wire.txt'));
    addArticles(root, 'porto', 'v2');
    expect(
      await build({ root: REPO, contentRoot: root, out: '_site', strict: false, noSearch: true, log: quiet }),
    ).toBe(0);
    const after = eventsOf(site);
    const afterById = new Map(after.map((e) => [e.id, e]));
    // The scenario exercises every path: a merge (the bridging article) and a withdrawal.
    expect(after.some((e) => e.aliases.length > 0)).toBe(true);

    for (const old of before) {
      const page = path.join(site, 'events', old.id, 'index.html');
      expect(existsSync(page), `/events/${old.id}/ still exists`).toBe(true);
      const html = readFileSync(page, 'utf8');
      const live = afterById.get(old.id);
      if (live) {
        // Same event: it still carries at least one of its old quotes.
        expect(
          old.sources.some((s) => live.sources.some((t) => t.quote === s.quote)),
          old.id,
        ).toBe(true);
      } else if (html.includes('http-equiv="refresh"')) {
        // Relative to the redirect page, which sits in /events/<old id>/.
        const target = /url=\.\.\/([a-z0-9-]+)\//.exec(html)?.[1];
        expect(html).toContain(`rel="canonical"`);
        const survivor = afterById.get(target!);
        expect(survivor, `${old.id} redirects to a live event`).toBeDefined();
        expect(survivor!.aliases).toContain(old.id);
      } else {
        expect(html).toContain('Event withdrawn');
        expect(
          old.sources.every((s) => s.article === 'capital-wire'),
          `${old.id} was withdrawn only if its sources are gone`,
        ).toBe(true);
      }
    }
    // The renamed article's event kept its id.
    const porto = before.find((e) => e.sources.some((s) => s.article === 'north-daily'));
    expect(porto, JSON.stringify(before.map((e) => [e.id, e.sources.map((s) => s.article)]))).toBeDefined();
    expect(afterById.get(porto!.id)?.sources.some((s) => s.article === 'a-renamed-north')).toBe(true);
    // The removed article's event is withdrawn, not a 404.
    const cabinet = before.find((e) => e.sources.every((s) => s.article === 'capital-wire'))!;
    expect(readFileSync(path.join(site, 'events', cabinet.id, 'index.html'), 'utf8')).toContain('Event withdrawn');
    const changelog = JSON.parse(readFileSync(path.join(root, 'content', 'changelog.json'), 'utf8'));
    expect(changelog.entries[0].withdrawn.map((w: { id: string }) => w.id)).toContain(cabinet.id);
  });
});
