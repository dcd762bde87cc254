/** The text-safety rules every boundary shares (issue 15). */
import { describe, expect, it } from 'vitest';
import { cleanDeep, cleanLabel, dictionary, stripControls, terminalSafe } from '../../src/lib/text/index.ts';
import { formatProblem } from '../../src/lib/report/index.ts';

describe('terminalSafe', () => {
  it('shows newlines, escapes and bidi controls as visible escapes', () => {
    expect(terminalSafe('a\nb\u001b[2Jc\u202Ed\u0007')).toBe('a\\nb\\u001b[2Jc\\u202ed\\u0007');
    expect(terminalSafe('Erdoğan — “ok”')).toBe('Erdoğan — “ok”');
  });
  it('is applied to every formatted problem, file name and message alike', () => {
    const line = formatProblem({
      file: 'content/articles/x\n1:1: error: forged\u001b[2J.txt',
      line: 1,
      column: 1,
      code: 'c',
      message: 'm\rn',
      severity: 'warning',
    });
    expect(line.split('\n')).toHaveLength(1);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for them
    expect(line).not.toMatch(/[\u0000-\u001f]/);
  });
});

describe('controls', () => {
  it('removes what XML 1.0 forbids and keeps tabs, line feeds and astral characters', () => {
    expect(stripControls('a\u0000b\u0008c\td\ne\u001fF\uFFFE\uD83D\uDE00g\uD800').text).toBe('abc\td\neF\uD83D\uDE00g');
  });
  it('cleans labels to one line without bidi controls', () => {
    expect(cleanLabel('Ana\u202E Lopes\u000B\u2066x\u2069')).toBe('Ana Lopes x');
  });
  it('cleans every string of nested data, keys kept', () => {
    expect(cleanDeep({ a: ['x\u000By', { b: '\u001bz' }], n: 3, t: null })).toEqual({
      a: ['xy', { b: 'z' }],
      n: 3,
      t: null,
    });
  });
});

describe('dictionary', () => {
  it('finds no inherited names', () => {
    const d = dictionary({ met: 'meet' });
    expect(d.met).toBe('meet');
    for (const k of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) expect(d[k]).toBeUndefined();
  });
});
