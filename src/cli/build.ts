/** `timeline build [--strict] [--out DIR] [--mentions DIR]`: run the pipeline, report, render, index. */
import { discoveredReport } from './discovered.ts';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { runPipeline, type PipelineResult } from '../build/pipeline.ts';
import { writeSite } from '../build/site.ts';
import { indexSite } from '../build/search-index.ts';
import { unsafeOutput, writeAtomic } from '../build/output.ts';
import { FatalBuildError, catalogue, formatProblem } from '../lib/report/index.ts';
import { prettyJson } from '../publish/json.ts';
import { type Ledger, emptyLedger } from '../publish/index.ts';
import { buildDay, diffLedgers, nextChangelog } from '../build/changelog.ts';
import { changesView } from '../publish/changes.ts';
import { readShardFiles } from '../build/shards.ts';
import { printErr, printOut } from './print.ts';

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
  /** Worker threads for parse and extract (default: the pipeline's own choice). */
  threads?: number;
  /** A folder of shard files (`timeline extract --shard i/n`) to take extractions from. */
  mentions?: string;
  /** Where the report goes. */
  log?: (line: string) => void;
}

/** Build the site; returns the process exit code. */
export async function build(options: BuildOptions): Promise<number> {
  const log = options.log ?? ((line: string) => printOut(line));
  const contentRoot = options.contentRoot ?? options.root;
  const out = path.resolve(contentRoot, options.out);
  if (await refusedOutput(options, out, contentRoot)) return 2;
  const t0 = performance.now();
  const result = await pipelineOrFatal(options, contentRoot, log);
  if (!result) return 2;
  for (const p of result.problems) printErr(formatProblem(p));
  const ledgerPath = path.join(contentRoot, 'content', 'permalinks.json');
  const ledgerText = prettyJson(result.ledger);
  const previous = await readFile(ledgerPath, 'utf8').catch(() => '');
  const asOf =
    result.data.sources
      .map((s) => s.published)
      .filter((d): d is string => d !== null)
      .sort()
      .pop() ?? null;
  const change = result.ledgerKept
    ? null
    : diffLedgers(previous ? (JSON.parse(previous) as Ledger) : emptyLedger(), result.ledger, asOf, buildDay());
  const changelog = await nextChangelog(contentRoot, change);
  const t1 = performance.now();
  let pages = 0;
  await writeSite(
    options.root,
    { ...result.data, changes: changesView(changelog.log.entries, result.data) },
    out,
    async (dir) => {
      if (!options.noSearch) pages = await indexSite(dir);
    },
  );
  // Only a site that was rendered may change what is published: a failed build leaves both files as they were.
  if (previous !== ledgerText && !result.ledgerKept) await writeAtomic(ledgerPath, ledgerText);
  if (changelog.changed)
    await writeAtomic(path.join(contentRoot, 'content', 'changelog.json'), prettyJson(changelog.log));
  if (change) {
    const { added, merged, withdrawn } = change;
    log(
      `Changes: ${added.length} new events, ${merged.length} merged, ${withdrawn.length} withdrawn (see /whats-new/).`,
    );
  }
  report(options, result, log, ((t1 - t0) / 1000).toFixed(2), ((performance.now() - t1) / 1000).toFixed(2), pages);
  if (options.strict && result.problems.length > 0) {
    printErr(`--strict: ${result.problems.length} problems reported, failing the build.`);
    return 1;
  }
  return 0;
}

/** Whether the output folder would overwrite the content or the project; prints the problem if so. */
async function refusedOutput(options: BuildOptions, out: string, contentRoot: string): Promise<boolean> {
  const refused = await unsafeOutput(out, [path.join(contentRoot, 'content'), contentRoot, options.root]);
  if (!refused) return false;
  const entry = catalogue.unsafeOutput(refused);
  printErr(
    formatProblem({
      file: options.out,
      line: 1,
      column: 1,
      code: entry.code,
      message: entry.message,
      severity: 'error',
    }),
  );
  return true;
}

/** Run the pipeline (with shard extractions when given); null after printing a fatal build error. */
async function pipelineOrFatal(
  options: BuildOptions,
  contentRoot: string,
  log: (line: string) => void,
): Promise<PipelineResult | null> {
  try {
    const shards = options.mentions ? await readShardFiles(path.resolve(contentRoot, options.mentions)) : null;
    for (const line of shards?.rejected ?? []) printErr(line);
    const threads =
      options.threads !== undefined && Number.isInteger(options.threads) && options.threads >= 0
        ? { threads: options.threads }
        : {};
    const result = await runPipeline({
      root: contentRoot,
      ...threads,
      ...(shards ? { extractions: shards.extractions } : {}),
    });
    if (shards)
      log(
        `Extractions: ${shards.extractions.size} from ${shards.files} shard files, ` +
          `${result.fresh.extracted.length} articles extracted here.`,
      );
    return result;
  } catch (error) {
    if (error instanceof FatalBuildError) {
      printErr(error.message);
      return null;
    }
    throw error;
  }
}

function report(
  options: BuildOptions,
  result: PipelineResult,
  log: (line: string) => void,
  pipeline: string,
  render: string,
  pages: number,
): void {
  const warnings = result.problems.filter((p) => p.severity === 'warning').length;
  const errors = result.problems.length - warnings;
  const c = result.data.counts;
  log(
    `Built ${options.out}/: ${c.articles} articles, ${c.mentions} mentions, ` +
      `${c.events} events, ${c.actors} actors, ${c.undated} undated mentions; ` +
      `${errors} errors, ${warnings} warnings. Pipeline ${pipeline} s, ` +
      `render${options.noSearch ? '' : ` and search index (${pages} pages)`} ${render} s.`,
  );
  for (const line of discoveredReport(result.discovered)) log(line);
  if (result.data.redirects.length || result.data.withdrawn.length) {
    log(
      `Permalinks: ${result.data.redirects.length} retired ids redirect to their ` +
        `survivor, ${result.data.withdrawn.length} withdrawn.`,
    );
  }
}
