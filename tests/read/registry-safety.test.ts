/** Registries and settings never take the build down, and every failure names its file and line (issue 15). */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRegistry, loadSettings } from '../../src/read/index.ts';
import { problemsOf } from '../../src/lib/report/index.ts';

function content(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'timeline-registry-'));
  mkdirSync(path.join(root, 'content'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(root, 'content', name), text);
  return root;
}

const BOMB = [
  'a: &a ["x","x","x","x","x","x","x","x","x"]',
  ...'bcdefgh'.split('').map((c, i) => `${c}: &${c} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(',')}]`),
].join('\n');

describe('registries', () => {
  it('reports an alias bomb at its line instead of expanding it', async () => {
    const registry = await loadRegistry(content({ 'actors.yaml': `${BOMB}\n`, 'places.yaml': '[]\n' }));
    const [p] = registry.files.flatMap(problemsOf);
    expect(p).toMatchObject({ file: 'content/actors.yaml', code: 'registry/syntax', severity: 'error' });
    expect(p!.message).not.toMatch(/\n\s+at /);
  });
  it('removes bidi and control characters from names and aliases, and says so', async () => {
    const registry = await loadRegistry(
      content({
        'actors.yaml': '- id: ana-lopes\n  name: "Ana \\u202ELopes"\n  aliases: ["Lopes\\u0007"]\n',
        'places.yaml': '[]\n',
      }),
    );
    expect(registry.actors[0]).toMatchObject({ name: 'Ana Lopes', aliases: ['Lopes'] });
    expect(registry.files.flatMap(problemsOf)).toContainEqual(
      expect.objectContaining({ code: 'registry/characters', line: 2 }),
    );
  });
  it('names the line of a bad entry', async () => {
    const registry = await loadRegistry(
      content({
        'actors.yaml': '- id: ana-lopes\n  name: Ana Lopes\n- id: Bad Id\n  name: X\n',
        'places.yaml': '[]\n',
      }),
    );
    expect(registry.files.flatMap(problemsOf)).toContainEqual(
      expect.objectContaining({ code: 'registry/entry', line: 3 }),
    );
  });
});

describe('settings', () => {
  it('refuses a base URL that URL cannot parse, at its line, and uses the default', async () => {
    const { settings, file } = await loadSettings(content({ 'site.yaml': 'title: T\nbaseUrl: https://host:port\n' }));
    expect(settings.baseUrl).toBe('http://localhost:8080');
    expect(problemsOf(file)[0]).toMatchObject({ file: 'content/site.yaml', line: 2, code: 'settings/invalid' });
  });
  it('reports an alias bomb in the settings at its file and line', async () => {
    const { file } = await loadSettings(content({ 'site.yaml': `${BOMB}\n` }));
    const [p] = problemsOf(file);
    expect(p).toMatchObject({ file: 'content/site.yaml', code: 'settings/syntax' });
    expect(p!.message).not.toMatch(/\n\s+at /);
  });
  it('cleans the title of controls and bidi characters', async () => {
    const { settings } = await loadSettings(content({ 'site.yaml': 'title: "My\\u202E \\u001btimeline"\n' }));
    expect(settings.title).toBe('My timeline');
  });
});
