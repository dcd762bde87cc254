/**
 * Hostile and broken input (issue 7): every bad file is reported as path:line:col with what,
 * why and what to do; nothing in it executes or escapes; the good article beside it comes out
 * exactly as it would alone; --strict fails; a failed write leaves the last good site.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { build } from '../../src/cli/build.ts';
import { runPipeline, type PipelineResult } from '../../src/build/pipeline.ts';
import { writeSite } from '../../src/build/site.ts';
import { REPO, contentRoot, listFiles } from '../build/corpus.ts';

let root: string;
let stderr = '';
let code: number;
const pwned = path.join(tmpdir(), `timeline-pwned-${process.pid}`);

beforeAll(async () => {
  process.env.TIMELINE_PWNED_PATH = pwned;
  root = contentRoot('hostile');
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    stderr += String(chunk);
    return true;
  });
  try {
    code = await build({ root: REPO, contentRoot: root, out: '_site', strict: false, noSearch: true, log: () => {} });
  } finally {
    spy.mockRestore();
  }
});
afterAll(() => rmSync(pwned, { force: true }));

const reported = (file: string, code: string) =>
  new RegExp(
    `^content/articles/${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+: (warning|error): .+\\[${code}\\]$`,
    'm',
  );

describe('a corpus of broken and hostile files', () => {
  it('builds, and reports each bad file with its place, what, why and what to do', () => {
    expect(code).toBe(0);
    expect(stderr).toMatch(reported('empty.txt', 'read/empty-file'));
    expect(stderr).toMatch(reported('whitespace.txt', 'read/empty-file'));
    expect(stderr).toMatch(reported('image.txt', 'read/binary-file'));
    expect(stderr).toMatch(reported('latin1.txt', 'read/legacy-encoding'));
    expect(stderr).toMatch(reported('yaml-syntax.md', 'parse/front-matter-syntax'));
    expect(stderr).toMatch(reported('wrong-types.md', 'parse/front-matter-field'));
    expect(stderr).toMatch(reported('wrong-types.md', 'parse/front-matter-unknown'));
    expect(stderr).toMatch(reported('front-matter-js.md', 'parse/front-matter-language'));
    expect(stderr).toMatch(reported('front-matter-coffee.md', 'parse/front-matter-language'));
    expect(stderr).toContain('content/articles/wrong-types.md:2:1: warning: Front matter field "date" was ignored');
  });
  it('never executes front matter', () => {
    expect(existsSync(pwned)).toBe(false);
    expect(existsSync('/tmp/timeline-pwned-coffee')).toBe(false);
  });
  it('decodes Latin-1, UTF-16 and mixed line endings without mojibake', () => {
    const articles = JSON.parse(readFileSync(path.join(root, '_site', 'api', 'articles.json'), 'utf8')).articles as {
      id: string;
    }[];
    const text = (id: string) => readFileSync(path.join(root, '_site', 'sources', id, 'index.html'), 'utf8');
    expect(articles.map((a) => a.id)).toEqual(expect.arrayContaining(['latin1', 'utf16', 'mixed-endings']));
    expect(text('latin1')).toContain('Café owners');
    expect(text('latin1')).toContain('naïve');
    expect(text('utf16')).toContain('March 11, 2024');
    expect(text('mixed-endings')).toContain('Rui Costa');
  });
  it('matches a name written with a combining breve and a zero-width space, beside emoji and RTL text', async () => {
    const result = await runPipeline({ root });
    const mention = result.mentions.find((m) => m.article === 'oddities')!;
    expect(mention.actors).toEqual(expect.arrayContaining(['ana-lopes', 'recep-tayyip-erdogan']));
  });
  it('escapes markup and drops dangerous URLs everywhere', () => {
    // JSON exports carry the text as data (consumers escape it); every rendered page must not.
    for (const file of listFiles(path.join(root, '_site')).filter((f) => /\.(html|xml)$/.test(f))) {
      const text = readFileSync(path.join(root, '_site', file), 'utf8');
      expect(text, file).not.toMatch(/<script>alert|<img src=x|<b onmouseover/i);
      expect(text, file).not.toMatch(/href="\s*(javascript|data|vbscript):/i);
      // An event-handler attribute on a real tag (quoted attribute values are skipped).
      expect(text, file).not.toMatch(/<[a-z][a-z0-9]*(?:\s+[a-z-]+(?:="[^"]*"|='[^']*')?)*\s+on[a-z]+\s*=/i);
    }
    const page = readFileSync(path.join(root, '_site', 'sources', 'markup', 'index.html'), 'utf8');
    expect(page).toContain('&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;');
  });
  it('gives every article a path-safe, unique id and writes nothing outside _site', () => {
    const ids = JSON.parse(readFileSync(path.join(root, '_site', 'api', 'articles.json'), 'utf8')).articles.map(
      (a: { id: string }) => a.id,
    ) as string[];
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => id.startsWith('good'))).toHaveLength(2);
    for (const id of ids) expect(id.length).toBeLessThanOrEqual(80);
    const outside = listFiles(root).filter(
      (f) => !f.startsWith('_site/') && !f.startsWith('content/') && !f.startsWith('.cache/'),
    );
    expect(outside).toEqual([]);
  });
  it('processes the good article exactly as it would be processed alone', async () => {
    const alone = path.join(tmpdir(), `timeline-alone-${process.pid}`);
    mkdirSync(path.join(alone, 'content', 'articles'), { recursive: true });
    for (const registry of ['actors.yaml', 'places.yaml'])
      if (existsSync(path.join(root, 'content', registry)))
        copyFileSync(path.join(root, 'content', registry), path.join(alone, 'content', registry));
    copyFileSync(
      path.join(root, 'content', 'articles', 'good.txt'),
      path.join(alone, 'content', 'articles', 'good.txt'),
    );
    // good.txt and Good.txt are two articles; compare good.txt's mentions whatever its id.
    const strip = (r: PipelineResult) => {
      const id = r.data.sources.find((x) => x.file === 'content/articles/good.txt')!.id;
      return r.mentions.filter((m) => m.article === id).map(({ id: _i, article: _a, terms: _t, ...m }) => m);
    };
    expect(strip(await runPipeline({ root }))).toEqual(strip(await runPipeline({ root: alone })));
  });
});

describe('gates and guards', () => {
  it('--strict turns the reports into a failing exit code', async () => {
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      expect(
        await build({ root: REPO, contentRoot: root, out: '_site', strict: true, noSearch: true, log: () => {} }),
      ).toBe(1);
    } finally {
      err.mockRestore();
    }
  });
  it('stops on a corrupted ledger instead of reassigning ids, and leaves it untouched', async () => {
    const r = contentRoot('porto');
    writeFileSync(path.join(r, 'content', 'permalinks.json'), '{ "version": 1, "events": { "x": ');
    let err = '';
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((c) => {
      err += String(c);
      return true;
    });
    try {
      expect(
        await build({ root: REPO, contentRoot: r, out: '_site', strict: false, noSearch: true, log: () => {} }),
      ).toBe(2);
    } finally {
      spy.mockRestore();
    }
    expect(err).toMatch(/^content\/permalinks\.json:1:1: The permalink ledger is not valid JSON/);
    expect(readFileSync(path.join(r, 'content', 'permalinks.json'), 'utf8')).toBe('{ "version": 1, "events": { "x": ');
    writeFileSync(
      path.join(r, 'content', 'permalinks.json'),
      JSON.stringify({ version: 1, events: { 'Bad Id/..': { title: 1 } } }),
    );
    await expect(runPipeline({ root: r })).rejects.toThrow(/does not have the expected shape/);
  });
  it('reports a broken registry and still builds', async () => {
    const r = contentRoot('porto');
    writeFileSync(path.join(r, 'content', 'actors.yaml'), '- id: ana-lopes\n  name: [unclosed\n');
    const result = await runPipeline({ root: r });
    expect(
      result.problems.some((p) => p.file === 'content/actors.yaml' && p.code === 'registry/syntax' && p.line > 0),
    ).toBe(true);
    expect(result.events.length).toBeGreaterThan(0);
  });
  it('leaves the last good site in place when a build fails half-way', async () => {
    const r = contentRoot('porto');
    const site = path.join(r, '_site');
    const { data } = await runPipeline({ root: r });
    await writeSite(REPO, data, site);
    const before = listFiles(site);
    await expect(
      writeSite(REPO, data, site, async () => {
        throw new Error('indexer crashed');
      }),
    ).rejects.toThrow('indexer crashed');
    expect(listFiles(site)).toEqual(before);
    expect(listFiles(r).filter((f) => f.includes('.staging-'))).toEqual([]);
  });
});
