/**
 * The recognition rules (src/lib/entities/classify.ts), one fixture folder per rule in
 * tests/fixtures/entities/<rule-id>/: `sentence.txt` (one sentence a line), `expected.json` (every
 * capitalised span found and how it was typed, the rule named) and a README.md saying what the
 * case is about. A new case is a new folder.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENTITY_RULES, classifySpan } from '../../src/lib/entities/classify.ts';
import { SPAN_RULES, nameSpans } from '../../src/lib/entities/spans.ts';
import { FIXTURES, expectFixture, fixtureCases } from '../helpers/fixtures.ts';

/** Every span of every sentence in the folder, with the type and the rule that decided it. */
function classified(dir: string) {
  return readFileSync(path.join(dir, 'sentence.txt'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .flatMap((sentence) =>
      nameSpans(sentence).map((span) => {
        const type = classifySpan(span);
        return {
          name: span.text,
          title: span.title,
          kind: type?.kind ?? null,
          placeKind: type?.placeKind ?? null,
          tentative: type?.tentative ?? false,
          rule: type?.rule ?? null,
        };
      }),
    );
}

describe('entity fixtures: a sentence in, its name spans and their types out', () => {
  for (const c of fixtureCases('entities')) {
    it(c.name, () => {
      expectFixture(c.dir, classified(c.dir));
    });
  }
});

describe('every recognition rule has a fixture where it fires', () => {
  it('has unique ids', () => {
    expect(new Set(ENTITY_RULES.map((r) => r.id)).size).toBe(ENTITY_RULES.length);
  });
  for (const r of ENTITY_RULES) {
    it(r.id, () => {
      const dir = path.join(FIXTURES, 'entities', r.id);
      expect(existsSync(path.join(dir, 'sentence.txt')), `${dir}/sentence.txt`).toBe(true);
      expect(readFileSync(path.join(dir, 'README.md'), 'utf8').trim().length).toBeGreaterThan(0);
      expect(
        classified(dir).some((s) => s.rule === r.id),
        `${r.id} does not fire on its fixture`,
      ).toBe(true);
    });
  }
});

describe('every span rule has a fixture where it shapes a name', () => {
  for (const r of SPAN_RULES) {
    it(r.id, () => {
      const dir = path.join(FIXTURES, 'entities', r.id);
      const sentences = readFileSync(path.join(dir, 'sentence.txt'), 'utf8').split('\n');
      expect(sentences.some((t) => nameSpans(t).some((s) => s.rules.includes(r.id)))).toBe(true);
    });
  }
});
