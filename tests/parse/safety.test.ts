/**
 * Issue 15, parsing: front-matter keys that name inherited properties, oversized front matter,
 * and inputs whose shape once made a step quadratic (many short lines, many keys): their work and output
 * are tested here, their time in the benchmark.
 */
import { describe, expect, it, vi } from 'vitest';
import { VFile } from 'vfile';
import { decodeArticle } from '../../src/read/index.ts';
import { MAX_FRONT_MATTER_CHARS, splitFrontMatter } from '../../src/parse/front-matter.ts';
import { parseArticle } from '../../src/parse/index.ts';
import { PARSE_PIECE_LINES, toLines } from '../../src/parse/lines.ts';
import { markdownParser } from '../../src/lib/markdown/index.ts';
import { problemsOf } from '../../src/lib/report/index.ts';

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

// How these inputs scale in time is measured by `npm run bench -- --parse-growth`; these tests check the work they
// cause and their output, which a loaded machine cannot change.
describe('inputs that once made parsing quadratic', () => {
  /** The text of every call to the Markdown parser while `run` runs. */
  const parsedPieces = (run: () => void): string[] => {
    const spy = vi.spyOn(markdownParser, 'parse');
    try {
      run();
      return spy.mock.calls.map(([input]) => String(input));
    } finally {
      spy.mockRestore();
    }
  };
  // The parser is quadratic in the lines of one piece: pieces of bounded lines, each character parsed once, is linear.
  const expectLinearParse = (pieces: string[], body: string) => {
    expect(pieces.join('')).toBe(body);
    expect(Math.max(...pieces.map((p) => p.split('\n').length))).toBeLessThanOrEqual(2 * PARSE_PIECE_LINES + 1);
  };

  it('many short lines in one paragraph: parsed in bounded pieces, every line kept at its offsets', () => {
    const n = 5 * PARSE_PIECE_LINES;
    const body = Array.from({ length: n }, (_, i) => `Line ${i} here.`).join('\n');
    let lines: ReturnType<typeof toLines> = [];
    expectLinearParse(
      parsedPieces(() => {
        lines = toLines(body);
      }),
      body,
    );
    expect(lines.map((l) => l.text)).toEqual(Array.from({ length: n }, (_, i) => `Line ${i} here.`));
    for (const l of lines) expect(body.slice(l.offsets[0], l.offsets.at(-1)! + 1)).toBe(l.text);
  });

  it('many short paragraphs: parsed in bounded pieces, every sentence at its line', () => {
    const n = 5 * PARSE_PIECE_LINES;
    const text = Array.from({ length: n }, (_, i) => `Para ${i}.`).join('\n\n');
    let sentences: { text: string; line: number }[] = [];
    expectLinearParse(
      parsedPieces(() => {
        sentences = parseText(text).parsed.article.sentences;
      }),
      text,
    );
    expect(sentences.map((x) => [x.text, x.line])).toEqual(
      Array.from({ length: n }, (_, i) => [`Para ${i}.`, 2 * i + 1]),
    );
  });

  it('as many front matter keys as the cap allows: the first unknown ones at their own lines, the rest counted', () => {
    // The cap bounds the work front matter can cause; past it the front matter is ignored (tested above).
    const n = Math.floor(MAX_FRONT_MATTER_CHARS / 'key0000: v\n'.length);
    const keys = Array.from({ length: n }, (_, i) => `key${i}: v`).join('\n');
    expect(keys.length).toBeLessThan(MAX_FRONT_MATTER_CHARS);
    const { problems } = parseText(`---\n${keys}\n---\nAna Lopes met Rui Costa.\n`);
    const unknown = problems.filter((p) => p.code === 'parse/front-matter-unknown');
    const named = unknown.flatMap((p) => {
      const key = /"key(\d+)"/.exec(p.message)?.[1];
      return key === undefined ? [] : [{ line: p.line, expected: Number(key) + 2 }];
    });
    expect(named.length).toBe(20);
    for (const k of named) expect(k.line).toBe(k.expected);
    expect(unknown.filter((p) => p.message.includes(`${n - 20} more`)).length).toBe(1);
  });
});
