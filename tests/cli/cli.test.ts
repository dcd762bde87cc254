/** The command line: `dates` (alone and --batch) and `add`, run as a user runs them. */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { add } from '../../src/cli/add.ts';
import { contentRoot } from '../build/corpus.ts';

const REPO = path.resolve(import.meta.dirname, '..', '..');
const cli = (args: string[], input?: string) =>
  execFileSync(process.execPath, ['--import', 'tsx', path.join(REPO, 'src/cli/main.ts'), ...args], {
    cwd: REPO,
    input,
    encoding: 'utf8',
  });

describe('timeline dates', () => {
  it('prints one JSON line per expression with offsets into the input', () => {
    const text = 'The summit is set for June 24–25; ministers met last night, not 24/7.';
    const file = path.join(tmpdir(), `dates-${process.pid}.txt`);
    writeFileSync(file, text);
    const lines = cli(['dates', '--ref', '2025-05-15', file])
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toEqual([
      { text: 'June 24–25', start: 22, end: 32, value: '2025-06-24', endValue: '2025-06-25', precision: 'day' },
      { text: 'last night', start: 48, end: 58, value: '2025-05-14', precision: 'day' },
    ]);
    for (const l of lines) expect(text.slice(l.start, l.end)).toBe(l.text);
  });
  it('reads stdin without a file, and --batch reads JSON lines', () => {
    expect(JSON.parse(cli(['dates', '--ref', '2025-05-15'], 'in March 2022').trim())).toMatchObject({
      value: '2022-03',
      precision: 'month',
    });
    const out = cli(
      ['dates', '--batch'],
      '{"id":"a","ref":"2025-05-15","text":"three years ago"}\nnot json\n{"id":"b","ref":"1999-12-31","text":"next month"}\n',
    )
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out[0]).toEqual({
      id: 'a',
      dates: [{ text: 'three years ago', start: 0, end: 15, value: '2022', precision: 'year' }],
    });
    expect(out[1]).toMatchObject({ id: null, error: 'not a JSON object' });
    expect(out[2].dates[0]).toMatchObject({ value: '2000-01', precision: 'month' });
  });
  it('rejects a bad --ref with a clear message', () => {
    expect(() => cli(['dates', '--ref', '15/05/2025'], 'today')).toThrow(
      /--ref must be a calendar date written YYYY-MM-DD/,
    );
  });
});

describe('timeline add', () => {
  it('copies the article under a clean name with front matter, and previews what it adds', async () => {
    const root = contentRoot('porto');
    const source = path.join(tmpdir(), `new-${process.pid}.txt`);
    writeFileSync(
      source,
      'Harbour Reopens In Porto\n\nLISBON, Tue Mar 12 2024\n\nAna Lopes reopened the harbour of Porto on March 11 with Rui Costa.\n',
    );
    let out = '';
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((c) => {
      out += String(c);
      return true;
    });
    try {
      expect(await add(root, [source])).toBe(0);
    } finally {
      spy.mockRestore();
    }
    const file = path.join(root, 'content', 'articles', 'harbour-reopens-in-porto.txt');
    expect(existsSync(file)).toBe(true);
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/^---\ntitle: Harbour Reopens In Porto\ndate: 2024-03-12\n# date from text: /);
    expect(text).toContain('Ana Lopes reopened the harbour of Porto on March 11 with Rui Costa.');
    expect(out).toMatch(/New events \(1\):\n {2}\+ 11 March 2024/);
    expect(readdirSync(path.join(root, 'content', 'articles'))).toContain('harbour-reopens-in-porto.txt');
  });
});
