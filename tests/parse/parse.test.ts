import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeArticle } from '../../src/read/index.ts';
import { parseArticle } from '../../src/parse/index.ts';
import { problemsOf } from '../../src/lib/report/index.ts';
import { expectFixture, fixtureCases } from '../helpers/fixtures.ts';

/** Parse the single article of a fixture folder. */
export function parseFixture(dir: string) {
  const name = readdirSync(dir).find((f) => /^article\.(txt|md)$/.test(f))!;
  const read = decodeArticle(`fixtures/${path.basename(dir)}/${name}`, readFileSync(path.join(dir, name)), new Map());
  const parsed = parseArticle(read.source!, read.file);
  return { parsed, problems: problemsOf(read.file) };
}

describe('parse fixtures', () => {
  for (const c of fixtureCases('parse')) {
    it(c.name, () => {
      const { parsed, problems } = parseFixture(c.dir);
      const a = parsed.article;
      expectFixture(c.dir, {
        title: a.title,
        publisher: a.publisher,
        url: a.url,
        frontMatterDate: parsed.frontMatterDate,
        furnitureDates: parsed.furnitureDates,
        sentences: a.sentences.map((s) => ({
          text: s.text,
          origin: s.origin,
          line: s.line,
          column: s.column,
          ...(s.embedDate ? { embedDate: s.embedDate } : {}),
        })),
        furniture: a.furniture.map((f) => ({ line: f.line, reason: f.reason, text: f.text })),
        problems: problems.map((p) => `${p.line}:${p.column} ${p.code}`),
      });
    });
  }
});

describe('parse invariants', () => {
  it('every sentence is verbatim at its reported line and column', () => {
    for (const c of fixtureCases('parse')) {
      const { parsed } = parseFixture(c.dir);
      const name = readdirSync(c.dir).find((f) => /^article\.(txt|md)$/.test(f))!;
      const lines = readFileSync(path.join(c.dir, name), 'utf8')
        .replace(/^\uFEFF/, '')
        .split(/\r?\n/);
      for (const s of parsed.article.sentences) {
        const first = s.text.split(' ')[0]!.replace(/[*_]/g, '');
        expect(lines[s.line - 1]!.slice(s.column - 1), `${c.name} s-${s.index}`).toContain(first);
      }
    }
  });
  it('never turns furniture into a sentence', () => {
    const { parsed } = parseFixture(path.join(import.meta.dirname, '..', 'fixtures', 'parse', 'furniture-shapes'));
    const text = parsed.article.sentences.map((s) => s.text).join('\n');
    expect(text).not.toMatch(/Will the storm|Your email|Share|2031/);
  });
});
