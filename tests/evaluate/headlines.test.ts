/**
 * The headline audit's reading of a title: each folder in tests/fixtures/evaluate/headlines/
 * holds titles with the sentence each was built from (input.json) and the flaws the audit must
 * find in each (expected.json), titles that must pass included.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'vitest';
import { clippedIn, titleFlaws, vagueObject } from '../../src/evaluate/headlines.ts';
import { expectFixture, fixtureCases } from '../helpers/fixtures.ts';

interface Case {
  doc: string;
  titles: { title: string; lead: string }[];
}

describe('headline audit: the flaws of a title read against its lead sentence', () => {
  for (const c of fixtureCases(path.join('evaluate', 'headlines'))) {
    it(c.name, () => {
      const input = JSON.parse(readFileSync(path.join(c.dir, 'input.json'), 'utf8')) as Case;
      const out = input.titles.map(({ title, lead }) => {
        const flaws: string[] = titleFlaws(title);
        if (!flaws.includes('clipped') && clippedIn(title, lead)) flaws.push('clipped');
        if (vagueObject(title, lead)) flaws.push('vague-object');
        return { title, flaws };
      });
      expectFixture(c.dir, out);
    });
  }
});
