import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTRACT_RULES } from '../../src/extract/index.ts';
import { FIXTURES } from '../helpers/fixtures.ts';
import { extractFixture } from '../helpers/extract.ts';

// Every extraction rule has a fixture folder named by its id (run by the fixture test with the
// others), a one-line note saying what the case is about, and fires on its own case.
describe('every extraction rule has a fixture where it fires', () => {
  it('has unique ids', () => {
    expect(new Set(EXTRACT_RULES.map((r) => r.id)).size).toBe(EXTRACT_RULES.length);
  });
  for (const r of EXTRACT_RULES) {
    it(r.id, async () => {
      const dir = path.join(FIXTURES, 'extract', r.id);
      expect(existsSync(path.join(dir, 'article.txt')), `${dir}/article.txt`).toBe(true);
      expect(readFileSync(path.join(dir, 'README.md'), 'utf8').trim().length).toBeGreaterThan(0);
      const { mentions, unknownPeople } = await extractFixture(dir);
      const fired =
        mentions.some((m) => m.rules.includes(r.id)) || (r.id === 'person-unregistered' && unknownPeople.length > 0);
      expect(fired, `${r.id} does not fire on its fixture`).toBe(true);
    });
  }
});
