/**
 * Every held-out story built as a new user would: no registry, no front-matter dates. No event
 * may land in a year its texts neither state nor imply, and no furniture may become an event.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateCorpus, heldOutCorpora } from '../../src/evaluate/index.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const corpora = await heldOutCorpora(ROOT);

describe('zero configuration: no invented years', () => {
  it('finds held-out stories to build', () => expect(corpora.length).toBeGreaterThanOrEqual(4));
  for (const corpus of ['seeds', ...corpora]) {
    it(corpus, async () => {
      const { score } = await evaluateCorpus(ROOT, corpus, { zeroConfig: true });
      expect(score.errors.filter((e) => e.what.startsWith('invented year'))).toEqual([]);
      expect(score.inventedYears).toBe(0);
      expect(score.noise).toBe(0);
    }, 60_000);
  }
});
