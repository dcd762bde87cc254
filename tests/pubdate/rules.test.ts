/**
 * The publication-date evidence rules (src/pubdate/evidence.ts), one fixture folder per rule in
 * tests/fixtures/pubdate/<rule-id>/: an article (`article.txt` or `article.md`), `expected.json`
 * (the date, where it came from, the evidence and the rule that found it) and a README.md saying
 * what the case is about. A new case is a new folder.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeArticle } from '../../src/read/index.ts';
import { parseArticle } from '../../src/parse/index.ts';
import { publicationEvidence } from '../../src/pubdate/index.ts';
import { PUBLICATION_RULES } from '../../src/pubdate/evidence.ts';
import { FIXTURES, expectFixture, fixtureCases } from '../helpers/fixtures.ts';

/** The folder's article, dated on its own (no neighbours). */
function dated(dir: string) {
  const name = readdirSync(dir).find((f) => /^article\.(?:txt|md)$/.test(f));
  if (!name) throw new Error(`${dir} holds no article.txt or article.md`);
  const decoded = decodeArticle(`content/articles/${name}`, readFileSync(path.join(dir, name)), new Map());
  const { rule, publication } = publicationEvidence(parseArticle(decoded.source!, decoded.file));
  return { rule, date: publication.date, from: publication.from, evidence: publication.evidence };
}

describe('publication-date fixtures: an article in, its date and the rule that found it out', () => {
  for (const c of fixtureCases('pubdate')) {
    it(c.name, () => {
      expectFixture(c.dir, dated(c.dir));
    });
  }
});

describe('every publication-date rule has a fixture where it fires', () => {
  it('has unique ids', () => {
    expect(new Set(PUBLICATION_RULES.map((r) => r.id)).size).toBe(PUBLICATION_RULES.length);
  });
  for (const r of PUBLICATION_RULES) {
    it(r.id, () => {
      const dir = path.join(FIXTURES, 'pubdate', r.id);
      expect(existsSync(dir), dir).toBe(true);
      expect(readFileSync(path.join(dir, 'README.md'), 'utf8').trim().length).toBeGreaterThan(0);
      expect(dated(dir).rule, `${r.id} does not fire on its fixture`).toBe(r.id);
    });
  }
});
