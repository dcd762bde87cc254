/**
 * Issue 15, the build command: output other programs read stays valid, messages cannot drive
 * the terminal, the ledger and changelog are written only after a good render, an output
 * folder that would destroy content is refused, and staging leftovers are cleaned up.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it, vi } from 'vitest';
import { execFileSync } from 'node:child_process';
import { build } from '../../src/cli/build.ts';
import { add } from '../../src/cli/add.ts';
import { MAX_ARTICLE_BYTES } from '../../src/read/index.ts';
import { REPO, contentRoot, listFiles } from '../build/corpus.ts';

async function run(root: string, out = '_site'): Promise<{ code: number; err: string; log: string[] }> {
  let err = '';
  const log: string[] = [];
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation((c) => {
    err += String(c);
    return true;
  });
  try {
    const code = await build({
      root: REPO,
      contentRoot: root,
      out,
      strict: false,
      noSearch: true,
      log: (l) => log.push(l),
    });
    return { code, err, log };
  } finally {
    spy.mockRestore();
  }
}

const HOSTILE = [
  '---\ndate: 2024-03-05\ntitle: "Porto \u202Etalks\u202C"\n---',
  'Ana Lopes met Rui Costa in Porto on March 3, 2024.\u000BThey talked\u001B[2J for hours.',
  '=HYPERLINK("http://example.com","Ana Lopes met Rui Costa in Porto on March 4, 2024")',
  '@SUM(1) Ana Lopes met Rui Costa in Lisbon on March 2, 2024.',
].join('\n\n');

describe('what the build writes and prints', () => {
  it('keeps feeds well-formed, CSV cells inert and every report line one line', async () => {
    const root = contentRoot('porto');
    writeFileSync(path.join(root, 'content', 'articles', 'hostile.txt'), HOSTILE);
    writeFileSync(
      path.join(root, 'content', 'articles', 'x\n1:1: error: forged\u001b[2J.txt'),
      'Ana Lopes spoke.\u0007',
    );
    const { code, err } = await run(root);
    expect(code).toBe(0);
    const site = path.join(root, '_site');
    for (const file of listFiles(site).filter((f) => /\.(xml|html)$/.test(f))) {
      const text = readFileSync(path.join(site, file), 'utf8');
      // biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for them
      expect(text, file).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u202A-\u202E\u2066-\u2069]/);
      if (file.endsWith('.xml')) expect(XMLValidator.validate(text), file).toBe(true);
    }
    const rows = parseCsv(readFileSync(path.join(site, 'api', 'events.csv'), 'utf8'), { columns: true }) as Record<
      string,
      string
    >[];
    for (const row of rows) for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+@\t\r]|^-[^\d]/);
    expect(err).not.toContain('\u001b');
    for (const line of err.trim().split('\n'))
      expect(line).toMatch(/^content\/.*: (warning|error): .*\[[a-z-]+\/[a-z-]+\]$/);
    expect(err).toMatch(/\[read\/control-characters\]/);
    expect(err).toMatch(/\[read\/bidi-controls\]/);
  }, 60_000);
});

describe('the ledger and changelog', () => {
  it('an empty articles folder warns and withdraws nothing', async () => {
    const root = contentRoot('porto');
    expect((await run(root)).code).toBe(0);
    const ledger = readFileSync(path.join(root, 'content', 'permalinks.json'), 'utf8');
    const changelog = readFileSync(path.join(root, 'content', 'changelog.json'), 'utf8');
    for (const f of readdirSync(path.join(root, 'content', 'articles')))
      rmSync(path.join(root, 'content', 'articles', f));
    const { code, err } = await run(root);
    expect(code).toBe(0);
    expect(err).toMatch(/^content\/articles:1:1: warning: .*\[read\/no-articles\]$/m);
    expect(readFileSync(path.join(root, 'content', 'permalinks.json'), 'utf8')).toBe(ledger);
    expect(readFileSync(path.join(root, 'content', 'changelog.json'), 'utf8')).toBe(changelog);
  }, 60_000);
  it('a missing articles folder stops the build with a clear message and no stack', async () => {
    const root = contentRoot('porto');
    rmSync(path.join(root, 'content', 'articles'), { recursive: true });
    const { code, err } = await run(root);
    expect(code).toBe(2);
    expect(err).toMatch(/^content\/articles:1:1: The articles folder does not exist/);
    expect(err).not.toMatch(/\n\s+at /);
  });
  it('a build that fails to render writes neither ledger nor changelog', async () => {
    const root = contentRoot('porto');
    writeFileSync(path.join(root, 'blocker'), 'a file where the output folder should go');
    const { code } = await run(root, 'blocker/site').catch(() => ({ code: -1 }));
    expect(code).not.toBe(0);
    expect(existsSync(path.join(root, 'content', 'permalinks.json'))).toBe(false);
    expect(existsSync(path.join(root, 'content', 'changelog.json'))).toBe(false);
    expect(listFiles(path.join(root, 'content')).filter((f) => /tmp|\.staging/.test(f))).toEqual([]);
  }, 60_000);
});

describe('the output folder', () => {
  it('refuses the content folder, the project folder, their ancestors and an unknown folder inside them', async () => {
    const root = contentRoot('porto');
    mkdirSync(path.join(root, 'notes'));
    writeFileSync(path.join(root, 'notes', 'keep.txt'), 'mine');
    const before = listFiles(root);
    for (const out of ['content', 'content/articles', '.', '..', 'notes']) {
      const { code, err } = await run(root, out);
      expect(code, out).toBe(2);
      expect(err, out).toMatch(/\[build\/unsafe-output\]/);
    }
    expect(listFiles(root)).toEqual(before);
  });
  it('accepts an empty folder and a previous output, and cleans up staging leftovers of dead builds', async () => {
    const root = contentRoot('porto');
    mkdirSync(path.join(root, 'empty'));
    expect((await run(root, 'empty')).code).toBe(0);
    mkdirSync(path.join(root, 'empty.staging-999999'));
    mkdirSync(path.join(root, 'empty.old-999999'));
    expect((await run(root, 'empty')).code).toBe(0);
    expect(existsSync(path.join(root, 'empty', 'index.html'))).toBe(true);
    expect(readdirSync(root).filter((f) => f.includes('-999999'))).toEqual([]);
  }, 60_000);
});

describe('npm run add', () => {
  const quiet = async (root: string, file: string) => {
    let err = '';
    const e = vi.spyOn(process.stderr, 'write').mockImplementation((c) => {
      err += String(c);
      return true;
    });
    const o = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      return { code: await add(root, [file]), err };
    } finally {
      e.mockRestore();
      o.mockRestore();
    }
  };
  it('refuses a pipe and a device at once instead of reading forever', async () => {
    const root = contentRoot('porto');
    const fifo = path.join(root, 'pipe.txt');
    execFileSync('mkfifo', [fifo]);
    for (const file of [fifo, '/dev/zero']) {
      const { code, err } = await quiet(root, file);
      expect(code, file).toBe(1);
      expect(err, file).toMatch(/\[read\/not-a-file\]/);
    }
  });
  it('refuses a file over the size cap, and adds one with inherited-name front-matter keys', async () => {
    const root = contentRoot('porto');
    const big = path.join(root, 'big.txt');
    writeFileSync(big, 'Ana Lopes met Rui Costa in Porto.\n'.repeat(Math.ceil(MAX_ARTICLE_BYTES / 30)));
    expect((await quiet(root, big)).err).toMatch(/\[add\/too-large\]/);
    expect(readdirSync(path.join(root, 'content', 'articles'))).not.toContain('big.txt');
    const odd = path.join(root, 'odd.md');
    writeFileSync(
      odd,
      '---\ntitle: Harbour talks\nconstructor: x\n__proto__: y\n---\nAna Lopes met Rui Costa in Porto on March 3, 2024.\n',
    );
    expect((await quiet(root, odd)).code).toBe(0);
  }, 60_000);
});
