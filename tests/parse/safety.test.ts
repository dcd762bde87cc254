/**
 * Issue 15, parsing: front-matter keys that name inherited properties, oversized front matter,
 * and inputs whose shape once made a step quadratic (many short lines, many keys).
 */
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { decodeArticle } from '../../src/read/index.ts';
import { MAX_FRONT_MATTER_CHARS, splitFrontMatter } from '../../src/parse/front-matter.ts';
import { parseArticle } from '../../src/parse/index.ts';
import { toLines } from '../../src/parse/lines.ts';
import { problemsOf } from '../../src/lib/report/index.ts';
import { growth } from '../helpers/scaling.ts';

const parseText = (text: string) => {
  const read = decodeArticle('content/articles/a.md', new TextEncoder().encode(text), new Map());
  return { parsed: parseArticle(read.source!, read.file), problems: problemsOf(read.file) };
};

describe('front matter keys', () => {
  it('reports keys named like inherited properties as unknown, at their line, and keeps the rest', () => {
    const names = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', 'isPrototypeOf'];
    const text = `---\ntitle: Talks resume\n${names.map((n) => `${n}: x`).join('\n')}\n---\nAna Lopes met Rui Costa.\n`;
    const { parsed, problems } = parseText(text);
    expect(parsed.article.title).toBe('Talks resume');
    const unknown = problems.filter((p) => p.code === 'parse/front-matter-unknown');
    expect(unknown.map((p) => p.line).sort((a, b) => a - b)).toEqual(names.map((_, i) => i + 3));
  });
  it('ignores front matter larger than the cap, says so, and reads the body', () => {
    const keys = Array.from({ length: MAX_FRONT_MATTER_CHARS / 8 }, (_, i) => `k${i}: v`).join('\n');
    const file = new VFile({ path: 'a.md' });
    const out = splitFrontMatter(`---\ntitle: T\n${keys}\n---\nAna Lopes met Rui Costa.\n`, file);
    expect(out.data).toEqual({});
    expect(out.body).toBe('Ana Lopes met Rui Costa.\n');
    expect(problemsOf(file).map((p) => p.code)).toEqual(['parse/front-matter-too-large']);
  });
  it('reports at most a few unknown keys, then how many more', () => {
    const keys = Array.from({ length: 500 }, (_, i) => `k${i}: v`).join('\n');
    const { problems } = parseText(`---\n${keys}\n---\nAna Lopes met Rui Costa.\n`);
    expect(problems.filter((p) => p.code === 'parse/front-matter-unknown').length).toBeLessThanOrEqual(21);
  });
});

describe('time grows linearly with input', () => {
  it('many short lines in one paragraph', () => {
    const lines = (n: number) => Array.from({ length: n }, (_, i) => `Line ${i} here.`).join('\n');
    // The Markdown parser is quadratic in the lines of one paragraph; toLines must not be.
    expect(growth((n) => toLines(lines(n)), 3000, 5)).toBeLessThan(10);
  }, 30_000);
  it('many short paragraphs', () => {
    const paragraphs = (n: number) => Array.from({ length: n }, (_, i) => `Para ${i}.`).join('\n\n');
    // Linear is 4; the margin absorbs a loaded machine (quadratic would be 16).
    expect(growth((n) => parseText(paragraphs(n)), 1500, 4)).toBeLessThan(12);
  }, 30_000);
  it('many front matter keys', () => {
    const keys = (n: number) =>
      `---\n${Array.from({ length: n }, (_, i) => `key${i}: value`).join('\n')}\n---\nAna Lopes met Rui Costa.\n`;
    expect(growth((n) => parseText(keys(n)), 2500, 8, 1)).toBeLessThan(16);
  }, 60_000);
});
