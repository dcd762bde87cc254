/**
 * One measured build, run in its own process so that its peak RSS is its own. Run with the
 * project root as the working directory (.eleventy.ts reads content/site.yaml from there):
 *
 *   node --import tsx bench/child.ts --mode full --corpus DIR --out DIR --cache DIR --report FILE [--dump FILE] [--no-index]
 *   node --import tsx bench/child.ts --mode floor --data FILE --out DIR --report FILE [--no-index]
 *   node --import tsx bench/child.ts --mode pipeline --corpus DIR --cache none --report FILE
 *
 * full: the pipeline on DIR/content, then Eleventy with the project's templates, then Pagefind.
 * floor: Eleventy (and Pagefind) alone, from SiteData saved by a full run (bench/sitedata.ts).
 * pipeline: the pipeline alone (for profiling).
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runPipeline } from '../src/build/pipeline.ts';
import { type RenderData, writeSite } from '../src/build/site.ts';
import { indexSite } from '../src/build/search-index.ts';
import { loadSiteData, saveSiteData } from './sitedata.ts';

/** What a child reports back to bench/run.ts. */
export interface ChildReport {
  /** full, floor or pipeline. */
  mode: string;
  /** Seconds per stage: the pipeline's own stages, then render and index. */
  stages: Record<string, number>;
  /** Seconds in the pipeline (0 for floor). */
  pipeline_s: number;
  /** Seconds in Eleventy, including the atomic swap of the output folder. */
  render_s: number;
  /** Seconds in Pagefind. */
  index_s: number;
  /** pipeline + render + index. */
  total_s: number;
  /** Seconds spent loading the saved JSON (floor only; not part of total). */
  load_s: number;
  /** Articles, mentions and events. */
  articles: number;
  mentions: number;
  events: number;
  /** Pages Pagefind indexed. */
  pages: number;
  /** Problems the pipeline reported. */
  problems: number;
  /** Articles parsed and extracted afresh (the rest came from the cache). */
  fresh: { parsed: number; extracted: number };
  /** This process's peak resident set size, MB. */
  max_rss_mb: number;
  /** Worker threads the pipeline used besides the main thread. */
  threads: number;
}

const projectRoot = path.resolve(import.meta.dirname, '..');

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      mode: { type: 'string', default: 'full' },
      corpus: { type: 'string' },
      out: { type: 'string' },
      cache: { type: 'string', default: 'none' },
      data: { type: 'string' },
      dump: { type: 'string' },
      report: { type: 'string' },
      'no-index': { type: 'boolean', default: false },
      threads: { type: 'string' },
    },
  });
  const mode = values.mode!;
  const report: ChildReport = {
    mode,
    stages: {},
    pipeline_s: 0,
    render_s: 0,
    index_s: 0,
    total_s: 0,
    load_s: 0,
    articles: 0,
    mentions: 0,
    events: 0,
    pages: 0,
    problems: 0,
    fresh: { parsed: 0, extracted: 0 },
    max_rss_mb: 0,
    threads: 0,
  };
  let data: RenderData;
  if (mode === 'floor') {
    const t = performance.now();
    data = await loadSiteData<RenderData>(values.data!);
    report.load_s = (performance.now() - t) / 1000;
  } else {
    const corpus = path.resolve(values.corpus!);
    const t = performance.now();
    const threads = values.threads === undefined ? {} : { threads: Number(values.threads) };
    const result = await runPipeline({
      root: corpus,
      cacheDir: values.cache === 'none' ? null : path.resolve(values.cache!),
      ...threads,
    });
    report.threads = result.threads;
    report.pipeline_s = (performance.now() - t) / 1000;
    Object.assign(report.stages, result.timings);
    report.mentions = result.mentions.length;
    report.problems = result.problems.length;
    report.fresh = { parsed: result.fresh.parsed.length, extracted: result.fresh.extracted.length };
    data = { ...result.data, changes: [] };
  }
  report.articles = data.counts.articles;
  report.events = data.counts.events;
  report.mentions ||= data.counts.mentions;

  if (mode !== 'pipeline') {
    const t = performance.now();
    await writeSite(projectRoot, data, path.resolve(values.out!), async (dir) => {
      if (values['no-index']) return;
      const i = performance.now();
      report.pages = await indexSite(dir);
      report.index_s = (performance.now() - i) / 1000;
    });
    report.render_s = (performance.now() - t) / 1000 - report.index_s;
    report.stages.render = report.render_s;
    if (!values['no-index']) report.stages.index = report.index_s;
  }
  report.total_s = report.pipeline_s + report.render_s + report.index_s;
  report.max_rss_mb = process.resourceUsage().maxRSS / 1024;
  if (values.dump) await saveSiteData(values.dump, data);
  await writeFile(values.report!, JSON.stringify(report));
}

main().catch((error: unknown) => {
  process.stderr.write(`bench child: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
