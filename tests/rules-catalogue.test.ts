/**
 * Every named rule, in every rule list, has a stable id, a one-line doc and at least one fixture
 * folder (issue 14: heuristics are named rules). Extraction, merge, recognition and
 * publication-date rules each have a folder named by their id, with a note; a headline rule
 * has a folder named by it or is named among the rules that fired in a headline fixture.
 * Whether each rule fires on its own folder is checked next to the rules: tests/extract/rules,
 * tests/merge/rules, tests/lib/entities, tests/pubdate/rules, tests/publish/headline.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTRACT_RULES } from '../src/extract/index.ts';
import { MERGE_RULES } from '../src/merge/index.ts';
import { ENTITY_RULES } from '../src/lib/entities/classify.ts';
import { LINK_RULES } from '../src/lib/entities/bodies.ts';
import { CORPUS_TYPE_RULES } from '../src/lib/entities/retype.ts';
import { SPAN_RULES } from '../src/lib/entities/spans.ts';
import { PUBLICATION_RULES } from '../src/pubdate/evidence.ts';
import { GUARDS, SCORES, SHAPES } from '../src/publish/headline/rules.ts';
import { FIXTURES, fixtureCases } from './helpers/fixtures.ts';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Headline rules with no fixture yet: a new rule may not join them; remove an id once it has one. */
const HEADLINE_RULES_WITHOUT_FIXTURE: string[] = [];

const LISTS: { name: string; rules: readonly { id: string; doc: string }[]; folder: string }[] = [
  { name: 'extract', rules: EXTRACT_RULES, folder: 'extract' },
  { name: 'merge', rules: MERGE_RULES, folder: 'merge' },
  { name: 'entities', rules: ENTITY_RULES, folder: 'entities' },
  { name: 'spans', rules: SPAN_RULES, folder: 'entities' },
  { name: 'links', rules: LINK_RULES, folder: 'recognise' },
  { name: 'corpus types', rules: CORPUS_TYPE_RULES, folder: 'recognise' },
  { name: 'pubdate', rules: PUBLICATION_RULES, folder: 'pubdate' },
];

describe('every rule has an id, a doc and a fixture folder', () => {
  for (const list of [...LISTS, { name: 'headline', rules: [...SHAPES, ...GUARDS, ...SCORES], folder: '' }]) {
    it(`${list.name}: ids are kebab-case and unique, docs are one line`, () => {
      expect(list.rules.length).toBeGreaterThan(0);
      for (const r of list.rules) {
        expect(r.id, `${list.name} rule id`).toMatch(ID);
        expect(r.doc.trim().length, `${r.id} has a doc`).toBeGreaterThan(10);
        expect(r.doc.includes('\n'), `${r.id}: the doc is one line`).toBe(false);
      }
      expect(new Set(list.rules.map((r) => r.id)).size).toBe(list.rules.length);
    });
  }
  for (const list of LISTS) {
    it(`${list.name}: a folder per rule, with a note`, () => {
      const missing = list.rules
        .map((r) => path.join(FIXTURES, list.folder, r.id))
        .filter(
          (dir) =>
            !existsSync(path.join(dir, 'README.md')) || readFileSync(path.join(dir, 'README.md'), 'utf8').trim() === '',
        );
      expect(missing.map((dir) => path.relative(FIXTURES, dir))).toEqual([]);
    });
  }
  it('headline: each rule is a fixture folder or fires in one', () => {
    const cases = fixtureCases(path.join('publish', 'headline'));
    const fired = new Set(
      cases.flatMap(
        (c) => (JSON.parse(readFileSync(path.join(c.dir, 'expected.json'), 'utf8')) as { rules: string[] }).rules,
      ),
    );
    const folders = new Set(cases.map((c) => c.name));
    const uncovered = [...SHAPES, ...GUARDS, ...SCORES]
      .map((r) => r.id)
      .filter((id) => !folders.has(id) && !fired.has(id));
    expect(uncovered.filter((id) => !HEADLINE_RULES_WITHOUT_FIXTURE.includes(id))).toEqual([]);
  });
});
