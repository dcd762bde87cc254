/** The same content gives byte-identical output (Pagefind index included), cold cache or warm, and no clock leaks in. */
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/cli/build.ts';
import { REPO, contentRoot, listFiles } from './corpus.ts';

describe('determinism', () => {
  it('builds twice to byte-identical sites, search index included', async () => {
    const root = contentRoot('porto', 'v1');
    const opts = { root: REPO, contentRoot: root, strict: false, log: () => {} };
    await build({ ...opts, out: 'first' });
    rmSync(path.join(root, '.cache'), { recursive: true, force: true });
    await build({ ...opts, out: 'second' });
    const first = listFiles(path.join(root, 'first'));
    expect(listFiles(path.join(root, 'second'))).toEqual(first);
    for (const file of first) {
      expect(
        readFileSync(path.join(root, 'second', file)).equals(readFileSync(path.join(root, 'first', file))),
        file,
      ).toBe(true);
    }
    const today = new Date().toISOString().slice(0, 10);
    for (const file of first)
      expect(
        readFileSync(path.join(root, 'first', file), 'utf8').includes(today),
        `${file} mentions the build date`,
      ).toBe(false);
  });
});
