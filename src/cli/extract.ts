/** `timeline extract --shard i/n [--out DIR]`: one shard of a sharded extraction (see src/build/shards.ts). */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { FatalBuildError, extractCorpus } from '../build/pipeline.ts';
import { owns, parseShard, shardFileName, toJsonLines } from '../build/shards.ts';
import { printErr, printOut } from './print.ts';

/** Run one shard; returns the exit code. */
export async function extract(root: string, args: string[]): Promise<number> {
  const options = { shard: { type: 'string', default: '0/1' }, out: { type: 'string', default: 'shards' } } as const;
  const { values } = parseArgs({ args, options });
  const shard = parseShard(values.shard!);
  if (!shard) {
    printErr(`timeline extract: --shard must be i/n with 0 ≤ i < n, got "${values.shard}".`);
    return 2;
  }
  let corpus: Awaited<ReturnType<typeof extractCorpus>>;
  try {
    corpus = await extractCorpus({ root }, (id) => owns(shard, id));
  } catch (error) {
    if (error instanceof FatalBuildError) {
      printErr(error.message);
      return 2;
    }
    throw error;
  }
  const dir = path.resolve(root, values.out!);
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, shardFileName(shard));
  await writeFile(`${file}.tmp`, toJsonLines(corpus.records));
  await rename(`${file}.tmp`, file);
  const mentions = corpus.records.reduce((n, r) => n + r.extraction.mentions.length, 0);
  const counts = `${corpus.records.length} of ${corpus.articles.length} articles, ${mentions} mentions`;
  const where = path.relative(root, file) || file;
  printOut(
    `Shard ${shard.index}/${shard.count}: ${counts} (${corpus.fresh.extracted.length} extracted afresh) → ${where}`,
  );
  return 0;
}
