/**
 * `npm run bench`: generate synthetic corpora, build each in child processes, and compare the
 * full build with Eleventy's own render floor; prints a table and writes bench/results.json.
 *
 *   npm run bench                               sizes 100, 1000, 10000
 *   npm run bench -- --sizes 100,1000           only those sizes
 *   npm run bench -- --runs 5                   runs per size (default 3 up to 1000 articles, 1 above)
 *   npm run bench -- --profile                  also profile the 1,000-article pipeline (node --cpu-prof)
 *   npm run bench -- --profile-only             only the profile
 *   npm run bench -- --stress                   also the stress cases (a 10 MB article, a 2-million-character line)
 *   npm run bench -- --stress-only              only the stress cases (into results.json's "stress", other runs kept)
 *   npm run bench -- --gazetteer                also what loading the gazetteer costs a seed build, stored or not
 *   npm run bench -- --gazetteer-only           only that (into results.json's "gazetteer", other runs kept)
 *   npm run bench -- --parse-growth             also how parsing grows with one article's shape (lines, keys)
 *   npm run bench -- --parse-growth-only        only that (into results.json's "parse_growth", other runs kept)
 *   npm run bench -- --threads 0                worker threads for parse and extract (default: the build's own choice)
 *   npm run bench -- --snapshot                 run a copy of src/ and templates/ taken at the start (others are editing)
 *   npm run bench -- --seed 7 --no-rebuild --out bench/results.json
 */
import { createHash } from 'node:crypto';
import { copyFile, cp, mkdir, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { type CorpusManifest, generateCorpus } from './corpus.ts';
import { type Measured, runChild } from './measure.ts';
import { formatProfile, summariseProfile } from './profile.ts';
import { type StressResult, runStress } from './stress.ts';
import { type GazetteerResult, runGazetteer } from './gazetteer.ts';
import { type ParseGrowthResult, runParseGrowth } from './parse-growth.ts';

const projectRoot = path.resolve(import.meta.dirname, '..');
const corpusRoot = path.join(projectRoot, 'bench', 'corpus');
const PIPELINE_STAGES = ['read', 'parse', 'date', 'extract', 'merge', 'publish'];
// Where the measured code runs from: the project itself, or a snapshot of it (--snapshot).
let codeRoot = projectRoot;
// Extra arguments for every measured build (--threads N).
let childThreads: string[] = [];

/**
 * Copy the code a build runs (src, templates, types, .eleventy.ts, the bench itself, site
 * settings) into bench/corpus/, so that edits made to the project during a long benchmark
 * neither change the code measured nor invalidate the per-article cache mid-run.
 */
async function makeSnapshot(): Promise<string> {
  const dir = path.join(corpusRoot, `.snapshot-${process.pid}`);
  await rm(dir, { recursive: true, force: true });
  for (const entry of [
    'src',
    'templates',
    'types',
    '.eleventy.ts',
    'package.json',
    'tsconfig.json',
    path.join('content', 'site.yaml'),
  ]) {
    await cp(path.join(projectRoot, entry), path.join(dir, entry), { recursive: true });
  }
  await mkdir(path.join(dir, 'bench'), { recursive: true });
  for (const file of await readdir(path.join(projectRoot, 'bench'))) {
    if (file.endsWith('.ts')) await copyFile(path.join(projectRoot, 'bench', file), path.join(dir, 'bench', file));
  }
  return dir;
}

/** A short hash of every file under src/, to tie results to a code version. */
async function sourceHash(root: string): Promise<string> {
  const hash = createHash('sha256');
  const walk = async (dir: string): Promise<void> => {
    for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else hash.update(path.relative(root, full)).update(await readFile(full));
    }
  };
  await walk(path.join(root, 'src'));
  return hash.digest('hex').slice(0, 12);
}

/** One size's results, in the shape of bench/results.json (required keys first). */
interface RunResult {
  articles: number;
  events: number;
  full_s: number;
  render_floor_s: number;
  ratio: number;
  peak_rss_mb: number;
  rebuild_one_s: number | null;
  stages: Record<string, number>;
  runs: number;
  /** Worker threads beside the main thread in the full builds. */
  threads: number;
  mentions: number;
  pipeline_s: number;
  render_only_floor_s: number;
  render_only_ratio: number;
  floor_peak_rss_mb: number;
  node_rss_mb: number;
  largest_process_rss_mb: number | null;
  events_per_s: number;
  articles_per_s: number;
  full_process_s: number;
  rebuild: {
    runs: number;
    invalidated: number;
    pipeline_s: number;
    render_s: number;
    index_s: number;
    stages: Record<string, number>;
    fresh_parsed: number;
    fresh_extracted: number;
    share_of_full: number;
  } | null;
  samples: { full_s: number[]; render_floor_s: number[]; render_only_floor_s: number[]; rebuild_one_s: number[] };
  corpus: CorpusManifest & { generate_s: number };
}

/** The median of a non-empty list. */
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const round = (x: number, digits = 3): number => Number(x.toFixed(digits));
const log = (line: string): void => void process.stdout.write(`${line}\n`);

function peakRss(m: Measured): number {
  return Math.max(m.tree_rss_mb, m.time_rss_mb ?? 0, m.max_rss_mb);
}

async function clean(dir: string): Promise<void> {
  const parent = path.dirname(dir);
  const base = path.basename(dir);
  for (const entry of await readdir(parent).catch(() => [] as string[])) {
    if (entry === base || entry.startsWith(`${base}.staging-`) || entry.startsWith(`${base}.old-`))
      await rm(path.join(parent, entry), { recursive: true, force: true });
  }
}

/** Measure one corpus size. */
async function benchSize(n: number, runs: number, seed: number, rebuild: boolean): Promise<RunResult> {
  const dir = path.join(corpusRoot, String(n));
  const g0 = performance.now();
  const manifest = await generateCorpus(projectRoot, dir, n, seed, rebuild ? runs + 2 : 0);
  const generate_s = (performance.now() - g0) / 1000;
  log(
    `\n${n} articles: corpus in ${path.relative(projectRoot, dir)} (${manifest.duplicates} near-duplicates, ${manifest.frontMatterDates} front-matter dates, ${manifest.pool} generated people, ${(manifest.bytes / 1e6).toFixed(1)} MB) generated in ${generate_s.toFixed(1)} s`,
  );

  const site = path.join(dir, '_site');
  const floorDir = path.join(dir, '_floor');
  const cache = path.join(dir, '.cache');
  const dataFile = path.join(dir, 'site-data.jsonl');
  const full: Measured[] = [];
  const floor: Measured[] = [];
  const renderOnly: Measured[] = [];
  for (let r = 0; r < runs; r++) {
    await clean(site);
    await rm(cache, { recursive: true, force: true });
    const f = await runChild(codeRoot, [
      '--mode',
      'full',
      '--corpus',
      dir,
      '--out',
      site,
      '--cache',
      cache,
      ...childThreads,
      ...(r === 0 ? ['--dump', dataFile] : []),
    ]);
    full.push(f);
    log(
      `  run ${r + 1}/${runs} full build      ${f.total_s.toFixed(2)} s (pipeline ${f.pipeline_s.toFixed(2)}, render ${f.render_s.toFixed(2)}, index ${f.index_s.toFixed(2)}), peak RSS ${peakRss(f).toFixed(0)} MB (node ${f.max_rss_mb.toFixed(0)}), ${f.events} events, ${f.threads} worker threads`,
    );
    await clean(floorDir);
    const fl = await runChild(codeRoot, ['--mode', 'floor', '--data', dataFile, '--out', floorDir]);
    floor.push(fl);
    log(
      `  run ${r + 1}/${runs} render floor     ${fl.total_s.toFixed(2)} s (render ${fl.render_s.toFixed(2)}, index ${fl.index_s.toFixed(2)}), peak RSS ${peakRss(fl).toFixed(0)} MB`,
    );
    await clean(floorDir);
    const ro = await runChild(codeRoot, ['--mode', 'floor', '--data', dataFile, '--out', floorDir, '--no-index']);
    renderOnly.push(ro);
    log(`  run ${r + 1}/${runs} floor, no index  ${ro.total_s.toFixed(2)} s`);
  }
  await clean(floorDir);

  // Rebuild after adding one article: the cache is warm from the last full build; each
  // rebuild adds one more new article (so each finds exactly one article not in the cache).
  // A rebuild that parsed more than one article afresh found the cache invalidated (src/
  // changed under it, which changes the pipeline version): it is logged, not counted, and
  // the next spare article is tried on the now warm cache.
  const rebuilds: Measured[] = [];
  let invalidated = 0;
  if (rebuild) {
    const extras = (await readdir(path.join(dir, 'extra'))).sort();
    const added: string[] = [];
    for (const name of extras) {
      if (rebuilds.length >= runs) break;
      const target = path.join(dir, 'content', 'articles', name);
      await copyFile(path.join(dir, 'extra', name), target);
      added.push(target);
      const m = await runChild(codeRoot, [
        '--mode',
        'full',
        '--corpus',
        dir,
        '--out',
        site,
        '--cache',
        cache,
        ...childThreads,
      ]);
      const detail = PIPELINE_STAGES.map((k) => `${k} ${(m.stages[k] ?? 0).toFixed(2)}`).join(', ');
      const valid = m.fresh.parsed <= 1;
      if (valid) rebuilds.push(m);
      else invalidated++;
      log(
        `  rebuild +1 article  ${m.total_s.toFixed(2)} s (pipeline ${m.pipeline_s.toFixed(2)}: ${detail}; render ${m.render_s.toFixed(2)}, index ${m.index_s.toFixed(2)}); parsed afresh ${m.fresh.parsed}, extracted afresh ${m.fresh.extracted}${valid ? '' : ' — cache invalidated (src/ changed?), not counted'}`,
      );
    }
    for (const file of added) await rm(file, { force: true });
  }

  const stages: Record<string, number> = {};
  for (const stage of [...PIPELINE_STAGES, 'render', 'index'])
    stages[stage] = round(median(full.map((m) => m.stages[stage] ?? 0)));
  const full_s = median(full.map((m) => m.total_s));
  const floor_s = median(floor.map((m) => m.total_s));
  const renderOnly_s = median(renderOnly.map((m) => m.total_s));
  const pipeline_s = median(full.map((m) => m.pipeline_s));
  const events = full[0]!.events;
  const rebuild_s = rebuilds.length ? median(rebuilds.map((m) => m.total_s)) : null;
  return {
    articles: full[0]!.articles,
    events,
    full_s: round(full_s),
    render_floor_s: round(floor_s),
    ratio: round(full_s / floor_s),
    peak_rss_mb: round(Math.max(...full.map(peakRss)), 1),
    rebuild_one_s: rebuild_s === null ? null : round(rebuild_s),
    stages,
    runs,
    threads: full[0]!.threads,
    mentions: full[0]!.mentions,
    pipeline_s: round(pipeline_s),
    render_only_floor_s: round(renderOnly_s),
    render_only_ratio: round((pipeline_s + median(full.map((m) => m.render_s))) / renderOnly_s),
    floor_peak_rss_mb: round(Math.max(...floor.map(peakRss)), 1),
    node_rss_mb: round(Math.max(...full.map((m) => m.max_rss_mb)), 1),
    largest_process_rss_mb: full.every((m) => m.time_rss_mb !== null)
      ? round(Math.max(...full.map((m) => m.time_rss_mb!)), 1)
      : null,
    events_per_s: round(events / full_s, 1),
    articles_per_s: round(full[0]!.articles / full_s, 1),
    full_process_s: round(median(full.map((m) => m.process_s))),
    rebuild: rebuilds.length
      ? {
          runs: rebuilds.length,
          invalidated,
          pipeline_s: round(median(rebuilds.map((m) => m.pipeline_s))),
          render_s: round(median(rebuilds.map((m) => m.render_s))),
          index_s: round(median(rebuilds.map((m) => m.index_s))),
          stages: Object.fromEntries(
            [...PIPELINE_STAGES, 'render', 'index'].map((k) => [
              k,
              round(median(rebuilds.map((m) => m.stages[k] ?? 0))),
            ]),
          ),
          fresh_parsed: Math.max(...rebuilds.map((m) => m.fresh.parsed)),
          fresh_extracted: Math.max(...rebuilds.map((m) => m.fresh.extracted)),
          share_of_full: round(rebuild_s! / full_s),
        }
      : null,
    samples: {
      full_s: full.map((m) => round(m.total_s)),
      render_floor_s: floor.map((m) => round(m.total_s)),
      render_only_floor_s: renderOnly.map((m) => round(m.total_s)),
      rebuild_one_s: rebuilds.map((m) => round(m.total_s)),
    },
    corpus: { ...manifest, generate_s: round(generate_s) },
  };
}

/** Profile the pipeline alone on one corpus with node --cpu-prof and print the summary. */
async function profile(n: number, seed: number): Promise<string> {
  const dir = path.join(corpusRoot, String(n));
  const exists = await stat(path.join(dir, 'content', 'articles')).then(
    () => true,
    () => false,
  );
  if (!exists) await generateCorpus(projectRoot, dir, n, seed, 0);
  const out = path.join(corpusRoot, 'profile');
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  const m = await runChild(
    codeRoot,
    ['--mode', 'pipeline', '--corpus', dir, '--cache', 'none'],
    ['--cpu-prof', `--cpu-prof-dir=${out}`],
  );
  const files = (await readdir(out)).filter((f) => f.endsWith('.cpuprofile')).sort();
  const parts = [
    `Profile of the ${n}-article pipeline (no cache): ${m.pipeline_s.toFixed(1)} s, stages ${Object.entries(m.stages)
      .map(([k, v]) => `${k} ${v.toFixed(1)}`)
      .join(', ')}`,
  ];
  const summaries = await Promise.all(
    files.map(async (file) => ({ file, summary: await summariseProfile(path.join(out, file), codeRoot) })),
  );
  summaries.sort((a, b) => b.summary.total_ms - a.summary.total_ms);
  summaries.forEach(({ file, summary }, i) => {
    // The main thread in full; other threads (the ESM loader's, workers) in one line each.
    if (i === 0) parts.push(`\n${path.relative(projectRoot, path.join(out, file))}`, formatProfile(summary));
    else
      parts.push(
        `\nOther thread ${file}: busy ${(summary.total_ms / 1000).toFixed(1)} s, top ${summary.functions
          .slice(0, 3)
          .map((f) => `${f.name} ${f.where}`)
          .join('; ')}`,
      );
  });
  const text = parts.join('\n');
  await writeFile(path.join(out, 'summary.txt'), `${text}\n`);
  return text;
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  const line = (r: string[]) =>
    `| ${r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join(' | ')} |`;
  const rule = `|${widths.map((w, c) => (c === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
  return [line(rows[0]!), rule, ...rows.slice(1).map(line)].join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '100,1000,10000' },
      runs: { type: 'string' },
      seed: { type: 'string', default: '20251115' },
      profile: { type: 'boolean', default: false },
      'profile-only': { type: 'boolean', default: false },
      stress: { type: 'boolean', default: false },
      'stress-only': { type: 'boolean', default: false },
      gazetteer: { type: 'boolean', default: false },
      'gazetteer-only': { type: 'boolean', default: false },
      'parse-growth': { type: 'boolean', default: false },
      'parse-growth-only': { type: 'boolean', default: false },
      threads: { type: 'string' },
      'profile-size': { type: 'string', default: '1000' },
      'no-rebuild': { type: 'boolean', default: false },
      snapshot: { type: 'boolean', default: false },
      out: { type: 'string', default: path.join('bench', 'results.json') },
    },
  });
  const sizes = values
    .sizes!.split(',')
    .map((s) => Number(s.trim()))
    .filter((s) => Number.isInteger(s) && s > 0);
  const seed = Number(values.seed);
  await mkdir(corpusRoot, { recursive: true });
  if (values.snapshot) codeRoot = await makeSnapshot();
  try {
    await bench(values, sizes, seed);
  } finally {
    if (codeRoot !== projectRoot) await rm(codeRoot, { recursive: true, force: true });
  }
}

async function bench(
  values: {
    runs?: string;
    profile?: boolean;
    'profile-only'?: boolean;
    'profile-size'?: string;
    'no-rebuild'?: boolean;
    out?: string;
    snapshot?: boolean;
    stress?: boolean;
    'stress-only'?: boolean;
    gazetteer?: boolean;
    'gazetteer-only'?: boolean;
    'parse-growth'?: boolean;
    'parse-growth-only'?: boolean;
    threads?: string;
  },
  sizes: number[],
  seed: number,
): Promise<void> {
  const srcHash = await sourceHash(codeRoot);
  if (values['profile-only']) {
    log(await profile(Number(values['profile-size']), seed));
    return;
  }
  if (values.threads !== undefined) childThreads = ['--threads', values.threads];
  if (values['gazetteer-only']) {
    const file = path.resolve(projectRoot, values.out!);
    const previous = JSON.parse(await readFile(file, 'utf8').catch(() => '{}')) as Record<string, unknown>;
    const gazetteer = await runGazetteer(codeRoot, projectRoot, corpusRoot, log);
    await writeFile(file, `${JSON.stringify({ ...previous, gazetteer }, null, 2)}\n`);
    log(`\nWrote ${values.out} (gazetteer)`);
    return;
  }
  if (values['parse-growth-only']) {
    const file = path.resolve(projectRoot, values.out!);
    const previous = JSON.parse(await readFile(file, 'utf8').catch(() => '{}')) as Record<string, unknown>;
    const parse_growth = await runParseGrowth(codeRoot, log);
    await writeFile(file, `${JSON.stringify({ ...previous, parse_growth }, null, 2)}\n`);
    log(`\nWrote ${values.out} (parse growth)`);
    return;
  }
  if (values['stress-only']) {
    const file = path.resolve(projectRoot, values.out!);
    const previous = JSON.parse(await readFile(file, 'utf8').catch(() => '{}')) as Record<string, unknown>;
    const stress = await runStress(codeRoot, corpusRoot, log);
    await writeFile(file, `${JSON.stringify({ ...previous, stress }, null, 2)}\n`);
    log(`\nWrote ${values.out} (stress)`);
    return;
  }
  log(
    `Benchmark: sizes ${sizes.join(', ')}; seed ${seed}; ${os.cpus().length} CPUs, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}; src ${srcHash}${values.snapshot ? ' (snapshot)' : ''}`,
  );
  const results: RunResult[] = [];
  for (const n of sizes) {
    const runs = values.runs ? Number(values.runs) : n <= 1000 ? 3 : 1;
    results.push(await benchSize(n, runs, seed, !values['no-rebuild']));
  }

  const growth: Record<string, Record<string, number>> = {};
  for (let i = 1; i < results.length; i++) {
    const a = results[i - 1]!;
    const b = results[i]!;
    const g: Record<string, number> = {};
    for (const stage of Object.keys(b.stages))
      if ((a.stages[stage] ?? 0) > 0) g[stage] = round(b.stages[stage]! / a.stages[stage]!, 2);
    g.pipeline = round(b.pipeline_s / a.pipeline_s, 2);
    g.full = round(b.full_s / a.full_s, 2);
    g.articles = round(b.articles / a.articles, 2);
    growth[`${b.articles}/${a.articles}`] = g;
  }

  const notes = [
    'full_s = pipeline (read…publish) + Eleventy render (incl. the atomic swap of the output folder) + Pagefind index, timed inside a fresh child process (process start-up not included; full_process_s has it). Cold cache: the per-article cache folder is emptied before each full run.',
    'render_floor_s = the same writeSite + indexSite on the same SiteData, loaded from the file the first full run saved (bench/sitedata.ts: JSON lines, shared objects kept shared), in a fresh child process; ratio = full_s / render_floor_s. render_only_ratio compares pipeline + render with Eleventy alone (no Pagefind on either side).',
    "peak_rss_mb = the largest of: GNU time's maximum RSS of the build (largest single process), the child's own maxRSS, and the summed RSS of its process tree (node + Pagefind) sampled every 200 ms.",
    'rebuild_one_s = a full build in a fresh process after adding one new article, with the cache warm from the previous build (runPipeline cacheDir): parse and extract are cached per article by content hash; date, merge, publish, the Eleventy render and the Pagefind index are redone in full.',
    'threads = worker threads the pipeline ran parse and extract on beside the main thread (its default: one per extra core for 200 or more uncached articles; --threads N sets it).',
    'Medians of `runs` runs per size; samples lists each run. The permalink ledger is not written between runs, so every build assigns ids afresh.',
  ];
  const stress: StressResult[] = values.stress ? await runStress(codeRoot, corpusRoot, log) : [];
  const gazetteer: GazetteerResult[] = values.gazetteer
    ? await runGazetteer(codeRoot, projectRoot, corpusRoot, log)
    : [];
  const parse_growth: ParseGrowthResult[] = values['parse-growth'] ? await runParseGrowth(codeRoot, log) : [];
  await writeFile(
    path.resolve(projectRoot, values.out!),
    `${JSON.stringify({ runs: results, growth, stress, gazetteer, parse_growth, notes, meta: { seed, sizes, src_hash: srcHash, snapshot: values.snapshot === true, cpus: os.cpus().length, memory_gb: round(os.totalmem() / 2 ** 30, 1), node: process.version, generated: new Date().toISOString() } }, null, 2)}\n`,
  );

  const s = (x: number, d = 2) => x.toFixed(d);
  log('\nResults (medians; seconds):');
  log(
    table([
      [
        'articles',
        'events',
        'runs',
        'full',
        'pipeline',
        'render',
        'index',
        'floor',
        'ratio',
        'floor (no index)',
        'peak RSS MB',
        'rebuild +1',
        'rebuild % of full',
        'events/s',
      ],
      ...results.map((r) => [
        String(r.articles),
        String(r.events),
        String(r.runs),
        s(r.full_s),
        s(r.pipeline_s),
        s(r.stages.render!),
        s(r.stages.index!),
        s(r.render_floor_s),
        s(r.ratio),
        s(r.render_only_floor_s),
        s(r.peak_rss_mb, 0),
        r.rebuild_one_s === null ? '—' : s(r.rebuild_one_s),
        r.rebuild ? `${s(100 * r.rebuild.share_of_full, 1)} %` : '—',
        s(r.events_per_s, 1),
      ]),
    ]),
  );
  log('\nStages (medians; seconds) and growth:');
  const pairs = Object.keys(growth);
  log(
    table([
      ['stage', ...results.map((r) => String(r.articles)), ...pairs.map((p) => `t(${p.replace('/', ')/t(')})`)],
      ...[...PIPELINE_STAGES, 'render', 'index', 'pipeline', 'full'].map((stage) => [
        stage,
        ...results.map((r) =>
          s(stage === 'pipeline' ? r.pipeline_s : stage === 'full' ? r.full_s : (r.stages[stage] ?? 0)),
        ),
        ...pairs.map((p) => (growth[p]![stage] === undefined ? '—' : s(growth[p]![stage]!))),
      ]),
    ]),
  );
  log(`\nNotes:\n${notes.map((n) => `- ${n}`).join('\n')}`);
  log(`\nWrote ${values.out}`);
  if (values.profile) log(`\n${await profile(Number(values['profile-size']), seed)}`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
