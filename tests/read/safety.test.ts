/**
 * Issue 15, reading: files that share a stem, UTF-16 without a BOM, one bad byte in UTF-8,
 * control and bidirectional characters, oversized files, links, and a missing or empty folder.
 */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_ARTICLE_BYTES, decodeArticle, readArticles } from '../../src/read/index.ts';
import { decodeBytes } from '../../src/read/decode.ts';
import { problemsOf } from '../../src/lib/report/index.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);

function articlesDir(files: Record<string, string | Uint8Array>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'timeline-read-'));
  mkdirSync(path.join(root, 'content', 'articles'), { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(root, 'content', 'articles', name), text);
  return root;
}

describe('files that share a stem', () => {
  it('get three distinct ids, and each warning names its own file', async () => {
    const root = articlesDir({ 'story.md': 'A met B.', 'story.txt': 'C met D.', 'story.markdown': 'E met F.' });
    const reads = await readArticles(root);
    const ids = reads.map((r) => r.source!.id);
    expect(new Set(ids).size).toBe(3);
    for (const r of reads) {
      for (const p of problemsOf(r.file)) {
        expect(p.file).toBe(r.source!.path);
        expect(p.message).not.toContain(r.source!.path);
      }
    }
    expect(reads.flatMap((r) => problemsOf(r.file)).filter((p) => p.code === 'read/id-collision')).toHaveLength(2);
  });
});

describe('decoding', () => {
  it('recognises UTF-16 without a BOM by its NUL bytes, little- and big-endian', () => {
    const text = 'Erdoğan met Zelensky in Ankara.\n';
    const le = Buffer.from(text, 'utf16le');
    const be = Buffer.from(le).swap16();
    expect(decodeBytes(le)).toMatchObject({ ok: true, text, encoding: 'utf-16le' });
    expect(decodeBytes(be)).toMatchObject({ ok: true, text, encoding: 'utf-16be' });
  });
  it('keeps a real binary file binary', () => {
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0,
    ]);
    expect(decodeBytes(png)).toMatchObject({ ok: false });
  });
  it('decodes the good lines of a file with one bad byte as UTF-8, and names the bad byte', () => {
    const bytes = new Uint8Array([...utf8('Erdoğan met Zelensky.\nThe caf'), 0xe9, ...utf8(' opened.\n')]);
    const r = decodeArticle('content/articles/mixed.txt', bytes, new Map());
    expect(r.source!.text).toBe('Erdoğan met Zelensky.\nThe café opened.\n');
    const p = problemsOf(r.file).find((x) => x.code === 'read/legacy-encoding')!;
    expect(p).toMatchObject({ line: 2, column: 8 });
    expect(p.message).toContain('byte 30');
  });
});

describe('characters that must not pass', () => {
  it('removes XML-forbidden controls, turns a vertical tab into a line break, and reports both', () => {
    const r = decodeArticle(
      'content/articles/c.txt',
      utf8('Ana Lopes\u000Bmet\u001B[2J Rui Costa on March 3, 2024.\u0007\n'),
      new Map(),
    );
    expect(r.source!.text).toBe('Ana Lopes\nmet[2J Rui Costa on March 3, 2024.\n');
    expect(problemsOf(r.file)).toContainEqual(
      expect.objectContaining({ code: 'read/control-characters', line: 1, column: 10 }),
    );
  });
  it('removes bidirectional controls and reports where the first was', () => {
    const r = decodeArticle(
      'content/articles/b.txt',
      utf8('Title\nAna \u202ELopes\u202C met \u2067Rui\u2069 Costa.\n'),
      new Map(),
    );
    expect(r.source!.text).toBe('Title\nAna Lopes met Rui Costa.\n');
    expect(problemsOf(r.file)).toContainEqual(
      expect.objectContaining({ code: 'read/bidi-controls', line: 2, column: 5 }),
    );
  });
});

describe('size and kind of file', () => {
  it('reads only the first MAX_ARTICLE_BYTES of a huge file, cut at a line, and says so', async () => {
    const line = 'Ana Lopes met Rui Costa in Porto.\n';
    const root = articlesDir({ 'huge.txt': line.repeat(Math.ceil((MAX_ARTICLE_BYTES * 1.5) / line.length)) });
    const [r] = await readArticles(root);
    expect(r!.source!.text.length).toBeLessThanOrEqual(MAX_ARTICLE_BYTES);
    expect(r!.source!.text.endsWith(line)).toBe(true);
    expect(problemsOf(r!.file).map((p) => p.code)).toContain('read/too-large');
  });
  it('follows a link to an article inside the content folder and reports one that leads outside', async () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'timeline-outside-'));
    writeFileSync(path.join(outside, 'secret.txt'), 'Not an article.');
    const root = articlesDir({ 'real.txt': 'Ana Lopes met Rui Costa.' });
    mkdirSync(path.join(root, 'content', 'drafts'));
    writeFileSync(path.join(root, 'content', 'drafts', 'draft.txt'), 'Rui Costa met Ana Lopes.');
    symlinkSync(
      path.join(root, 'content', 'drafts', 'draft.txt'),
      path.join(root, 'content', 'articles', 'linked.txt'),
    );
    symlinkSync(path.join(outside, 'secret.txt'), path.join(root, 'content', 'articles', 'escape.txt'));
    const reads = await readArticles(root);
    expect(reads.filter((r) => r.source).map((r) => r.source!.id)).toEqual(['linked', 'real']);
    const outward = reads.find((r) => r.file.path === 'content/articles/escape.txt')!;
    expect(problemsOf(outward.file)[0]).toMatchObject({ code: 'read/link-outside', severity: 'error' });
  });
  it('stops with a clear message when the articles folder is missing', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'timeline-none-'));
    await expect(readArticles(root)).rejects.toThrow(/^content\/articles:1:1: The articles folder does not exist/);
  });
});
