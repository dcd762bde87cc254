/** Extraction split into shard jobs merges into the same site as a single build. */
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/build/pipeline.ts';
import { readShardFiles } from '../../src/build/shards.ts';
import { build } from '../../src/cli/build.ts';
import { extract } from '../../src/cli/extract.ts';
import { REPO, addArticles, contentRoot, listFiles } from './corpus.ts';

function corpus(): string {
  const root = contentRoot('porto', 'v1');
  addArticles(root, 'porto', 'v2');
  return root;
}

async function shardJobs(root: string, n: number): Promise<void> {
  for (let i = 0; i < n; i++) expect(await extract(root, ['--shard', `${i}/${n}`, '--out', 'shards'])).toBe(0);
  rmSync(path.join(root, '.cache'), { recursive: true, force: true });
}

describe('sharded extraction', () => {
  it('gives each article to exactly one shard, and the build uses their lines instead of extracting', async () => {
    const root = corpus();
    await shardJobs(root, 3);
    const files = readdirSync(path.join(root, 'shards')).sort();
    expect(files).toEqual(['mentions-0-of-3.jsonl', 'mentions-1-of-3.jsonl', 'mentions-2-of-3.jsonl']);
    const ids = files.flatMap((f) =>
      readFileSync(path.join(root, 'shards', f), 'utf8')
        .trim()
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l).id as string),
    );
    const single = await runPipeline({ root, cacheDir: null });
    expect(ids.sort()).toEqual(single.data.sources.map((s) => s.id).sort());
    const { extractions } = await readShardFiles(path.join(root, 'shards'));
    const sharded = await runPipeline({ root, cacheDir: null, extractions });
    expect(sharded.fresh.extracted).toEqual([]);
    expect(sharded.mentions).toEqual(single.mentions);
    expect(JSON.stringify(sharded.data)).toBe(JSON.stringify(single.data));
  });

  it('re-extracts an article changed since its shard ran, and skips a broken line with a report', async () => {
    const root = corpus();
    await shardJobs(root, 2);
    const article = readdirSync(path.join(root, 'content', 'articles')).sort()[0]!;
    const file = path.join(root, 'content', 'articles', article);
    writeFileSync(file, `${readFileSync(file, 'utf8')}\nThe mayor of Porto visited Lisbon on 3 March 2024.\n`);
    writeFileSync(
      path.join(root, 'shards', 'mentions-0-of-2.jsonl'),
      `{"id": "x"}\n${readFileSync(path.join(root, 'shards', 'mentions-0-of-2.jsonl'), 'utf8')}`,
    );
    const input = await readShardFiles(path.join(root, 'shards'));
    expect(input.rejected).toEqual([
      'mentions-0-of-2.jsonl:1:1: not an extraction line; that article is extracted again.',
    ]);
    const sharded = await runPipeline({ root, cacheDir: null, extractions: input.extractions });
    expect(sharded.fresh.extracted).toHaveLength(1);
    expect(JSON.stringify(sharded.data)).toBe(JSON.stringify((await runPipeline({ root, cacheDir: null })).data));
  });

  it('builds a site from shard files byte-identical to a single build', async () => {
    const root = corpus();
    const lines: string[] = [];
    const opts = {
      root: REPO,
      contentRoot: root,
      strict: false,
      noSearch: true,
      log: (l: string) => void lines.push(l),
    };
    expect(await build({ ...opts, out: 'single' })).toBe(0);
    rmSync(path.join(root, '.cache'), { recursive: true, force: true });
    rmSync(path.join(root, 'content', 'permalinks.json'), { force: true });
    rmSync(path.join(root, 'content', 'changelog.json'), { force: true });
    await shardJobs(root, 2);
    expect(await build({ ...opts, out: 'sharded', mentions: 'shards' })).toBe(0);
    expect(lines).toContain(
      `Extractions: ${listFiles(path.join(root, 'content', 'articles')).length} from 2 shard files, 0 articles extracted here.`,
    );
    const single = listFiles(path.join(root, 'single'));
    expect(listFiles(path.join(root, 'sharded'))).toEqual(single);
    for (const f of single)
      expect(readFileSync(path.join(root, 'sharded', f)).equals(readFileSync(path.join(root, 'single', f))), f).toBe(
        true,
      );
  });
});
