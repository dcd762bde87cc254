/** `timeline build [--strict] [--out DIR] [--mentions DIR]`: run the pipeline, report, render, index. */
import { writeFile, readFile } from 'node:fs/promises';
import path from 'node:path';
import { FatalBuildError, runPipeline } from '../build/pipeline.ts';
import { writeSite } from '../build/site.ts';
import { indexSite } from '../build/search-index.ts';
import { formatProblem } from '../lib/report/index.ts';
import { stableJson } from '../publish/json.ts';
import { type Ledger, emptyLedger } from '../publish/index.ts';
import { diffLedgers, recordChanges } from '../build/changelog.ts';
import { readShardFiles } from '../build/shards.ts';

/** Options of the build command. */
export interface BuildOptions {
  /** Project root: templates and .eleventy.ts. */
  root: string;
  /** Where content/ and the cache live, when not the project root (tests, benchmarks). */
  contentRoot?: string;
  /** Output directory, relative to root. */
  out: string;
  /** Exit non-zero on any warning. */
  strict: boolean;
  /** Skip the Pagefind index (tests that do not search). */
  noSearch?: boolean;
  /** A folder of shard files (`timeline extract --shard i/n`) to take extractions from. */
  mentions?: string;
  /** Where the report goes. */
  log?: (line: string) => void;
}

/** Build the site; returns the process exit code. */
export async function build(options: BuildOptions): Promise<number> {
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const contentRoot = options.contentRoot ?? options.root;
  const t0 = performance.now();
  let result;
  try {
    const shards = options.mentions ? await readShardFiles(path.resolve(contentRoot, options.mentions)) : null;
    for (const line of shards?.rejected ?? []) process.stderr.write(`${line}\n`);
    result = await runPipeline({ root: contentRoot, ...(shards ? { extractions: shards.extractions } : {}) });
    if (shards) log(`Extractions: ${shards.extractions.size} from ${shards.files} shard files, ${result.fresh.extracted.length} articles extracted here.`);
  } catch (error) {
    if (error instanceof FatalBuildError) {
      process.stderr.write(`${error.message}\n`);
      return 2;
    }
    throw error;
  }
  for (const p of result.problems) process.stderr.write(`${formatProblem(p)}\n`);
  const ledgerPath = path.join(contentRoot, 'content', 'permalinks.json');
  const ledgerText = stableJson(result.ledger);
  const previous = await readFile(ledgerPath, 'utf8').catch(() => '');
  const asOf = result.data.sources.map((s) => s.published).filter((d): d is string => d !== null).sort().pop() ?? null;
  const change = diffLedgers(previous ? (JSON.parse(previous) as Ledger) : emptyLedger(), result.ledger, asOf);
  const changelog = await recordChanges(contentRoot, change);
  if (previous !== ledgerText) await writeFile(ledgerPath, ledgerText);
  if (change) log(`Changes: ${change.added.length} new events, ${change.merged.length} merged, ${change.withdrawn.length} withdrawn (see /whats-new/).`);
  const t1 = performance.now();
  let pages = 0;
  await writeSite(options.root, { ...result.data, changes: changelog.entries }, path.resolve(contentRoot, options.out), async (dir) => {
    if (!options.noSearch) pages = await indexSite(dir);
  });
  const t2 = performance.now();
  const warnings = result.problems.filter((p) => p.severity === 'warning').length;
  const errors = result.problems.length - warnings;
  const c = result.data.counts;
  log(
    `Built ${options.out}/: ${c.articles} articles, ${c.mentions} mentions, ${c.events} events, ${c.actors} actors, ${c.undated} undated mentions; ` +
      `${errors} errors, ${warnings} warnings. Pipeline ${((t1 - t0) / 1000).toFixed(2)} s, render${options.noSearch ? '' : ` and search index (${pages} pages)`} ${((t2 - t1) / 1000).toFixed(2)} s.`,
  );
  if (result.data.redirects.length || result.data.withdrawn.length) {
    log(`Permalinks: ${result.data.redirects.length} retired ids redirect to their survivor, ${result.data.withdrawn.length} withdrawn.`);
  }
  if (options.strict && result.problems.length > 0) {
    process.stderr.write(`--strict: ${result.problems.length} problems reported, failing the build.\n`);
    return 1;
  }
  return 0;
}
