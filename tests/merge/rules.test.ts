import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/build/pipeline.ts';
import { MERGE_RULES } from '../../src/merge/index.ts';
import { FIXTURES } from '../helpers/fixtures.ts';

// Every merge rule has a fixture folder named by its id (a small corpus in content/, run by the
// merge fixture test with the others), a one-line note, and fires on its own case: a merge link
// names it, or a rejected candidate does, or a mention it left out of every event or made found one.
describe('every merge rule has a fixture where it fires', () => {
  it('has unique ids', () => {
    expect(new Set(MERGE_RULES.map((r) => r.id)).size).toBe(MERGE_RULES.length);
  });
  for (const r of MERGE_RULES) {
    it(r.id, async () => {
      const dir = path.join(FIXTURES, 'merge', r.id);
      expect(existsSync(path.join(dir, 'content', 'articles')), `${dir}/content/articles`).toBe(true);
      expect(readFileSync(path.join(dir, 'README.md'), 'utf8').trim().length).toBeGreaterThan(0);
      const result = await runPipeline({ root: dir, cacheDir: null });
      const links = result.events.flatMap((e) => e.links);
      const fired =
        links.some((l) => l.rule === r.id || l.accepted === r.id) ||
        result.merged.rejections.some((x) => x.rule === r.id) ||
        result.merged.undated.some((m) => m.rules.includes(r.id)) ||
        result.events.some((e) => e.mentions.some((m) => m.rules.includes(r.id)));
      expect(fired, `${r.id} does not fire on its fixture`).toBe(true);
    });
  }
});
