/** The gazetteer index stored in the build cache gives the same places as one built from the packages. */
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';

// Each load starts from a fresh module, as a new build process does.
async function freshLoad(dir: string | null) {
  vi.resetModules();
  const { loadGazetteer } = await import('../../src/build/gazetteer-cache.ts');
  const gazetteer = await import('../../src/lib/entities/gazetteer.ts');
  return { source: await loadGazetteer(dir, 'test-version'), gazetteer };
}

const NAMES = ['Leeds', 'New York', 'Washington', 'Ukraine', 'Türkiye', 'Istanbul', 'Harland', 'Stanton', 'Port Adler'];

describe('gazetteer cache', () => {
  it('is built once, stored, then read back with the same answers', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'timeline-gazetteer-'));
    const built = await freshLoad(dir);
    expect(built.source).toBe('built');
    expect(readdirSync(path.join(dir, 'gazetteer'))).toHaveLength(1);
    const answers = (g: typeof built.gazetteer) => [
      NAMES.map((n) => g.lookupPlace(n)),
      ['Ukrainian', 'French', 'Americans', 'Harland'].map((w) => g.isDemonym(w)),
    ];
    const expected = answers(built.gazetteer);
    expect(expected[0]!.filter(Boolean).length).toBeGreaterThan(4);
    const cached = await freshLoad(dir);
    expect(cached.source).toBe('cache');
    expect(answers(cached.gazetteer)).toEqual(expected);
    const uncached = await freshLoad(null);
    expect(uncached.source).toBe('built');
    expect(answers(uncached.gazetteer)).toEqual(expected);
  });
});
