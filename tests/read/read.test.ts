import { describe, expect, it } from 'vitest';
import { decodeArticle } from '../../src/read/index.ts';
import { decodeBytes } from '../../src/read/decode.ts';
import { problemsOf } from '../../src/lib/report/index.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeBytes', () => {
  it('strips a UTF-8 BOM and normalises CRLF and CR to LF', () => {
    const out = decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('a\r\nb\rc')]));
    expect(out).toMatchObject({ ok: true, text: 'a\nb\nc', encoding: 'utf-8' });
  });
  it('decodes UTF-16 with a BOM', () => {
    const body = Buffer.from('Erdoğan met Zelensky.', 'utf16le');
    expect(decodeBytes(new Uint8Array([0xff, 0xfe, ...body]))).toMatchObject({
      ok: true,
      text: 'Erdoğan met Zelensky.',
      encoding: 'utf-16le',
    });
  });
  it('falls back to Windows-1252 for invalid UTF-8 and says so', () => {
    const out = decodeBytes(new Uint8Array([...utf8('caf'), 0xe9, ...utf8(' na'), 0xef, ...utf8('ve')]));
    expect(out).toMatchObject({ ok: true, text: 'café naïve', legacy: true });
  });
  it('recognises binary files by NUL bytes', () => {
    expect(decodeBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]))).toEqual({ ok: false, reason: 'binary' });
  });
});

describe('decodeArticle', () => {
  it('reports an empty file with its path and skips it', () => {
    const r = decodeArticle('content/articles/empty.txt', utf8('  \n\t\n'), new Map());
    expect(r.source).toBeNull();
    expect(problemsOf(r.file)[0]).toMatchObject({
      file: 'content/articles/empty.txt',
      line: 1,
      code: 'read/empty-file',
      severity: 'error',
    });
  });
  it('keeps two files whose names differ only in case as two articles', () => {
    const taken = new Map<string, string>();
    const a = decodeArticle('content/articles/Talks.txt', utf8('A.'), taken);
    const b = decodeArticle('content/articles/talks.txt', utf8('B.'), taken);
    expect(a.source!.id).toBe('talks');
    expect(b.source!.id).not.toBe(a.source!.id);
    expect(b.source!.id).toMatch(/^talks-[0-9a-f]{8}$/);
    expect(problemsOf(b.file)[0]!.code).toBe('read/id-collision');
  });
  it('gives path-safe ids to hostile file names', () => {
    const r = decodeArticle('content/articles/..%2F..%2Fetc passwd.txt', utf8('Text.'), new Map());
    expect(r.source!.id).toMatch(/^[a-z0-9-]+$/);
  });
});

describe('registry', () => {
  it('accepts what a story turns on besides people and bodies, and refuses an unknown kind', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    const { loadRegistry } = await import('../../src/read/index.ts');
    const dir = mkdtempSync(path.join(tmpdir(), 'registry-'));
    writeFileSync(path.join(dir, 'places.yaml'), '[]\n');
    writeFileSync(
      path.join(dir, 'actors.yaml'),
      '- { id: ever-given, name: Ever Given, kind: vessel, aliases: [Ever Given] }\n- { id: katrina, name: Hurricane Katrina, kind: storm, aliases: [Katrina] }\n',
    );
    const registry = await loadRegistry(dir, '.');
    expect(registry.actors.map((a) => a.kind)).toEqual(['vessel', 'storm']);
    writeFileSync(path.join(dir, 'actors.yaml'), '- { id: x, name: X, kind: planet }\n');
    expect((await loadRegistry(dir, '.')).actors).toEqual([]);
  });
});
