/**
 * The pipeline, stage after stage: read → parse → date → extract → merge → publish. Only
 * this module and the writer touch the disk; every stage in between is a pure function.
 * Parse and extract are per article (./per-article.ts): cached, and run on worker threads.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { VFile } from 'vfile';
import type { Actor, Article, EventMention, Problem, TimelineEvent } from '../types.ts';
import { type Registry, loadRegistry, loadSettings, readArticles } from '../read/index.ts';
import { datePublications } from '../pubdate/index.ts';
import type { Extraction } from '../extract/index.ts';
import { type MergeResult, mergeMentions } from '../merge/index.ts';
import { type Ledger, LedgerSchema, type SiteData, emptyLedger, publish } from '../publish/index.ts';
import { publisherOf } from '../publish/attribution.ts';
import { FatalBuildError, catalogue, problemsOf, warn } from '../lib/report/index.ts';
import { createMatcher } from '../lib/names/matcher.ts';
import type { FoundEntity } from '../lib/entities/consolidate.ts';
import { type Recognition, recogniseEntities } from '../recognise/index.ts';
import { Cache, extractionRegistryKey, pipelineVersion } from './cache.ts';
import { duplicateKey, ledgerFault } from '../publish/ledger-check.ts';
import { loadGazetteer } from './gazetteer-cache.ts';
import { redateFromReports } from './redate.ts';
import {
  type ExtractionRecord,
  type Fresh,
  collectMentions,
  extractAll,
  extractionKey,
  lazyRunner,
  parseAll,
} from './per-article.ts';

export { MAX_MENTIONS } from './work.ts';
export type { ExtractionRecord } from './per-article.ts';

/** Where the pipeline reads from. */
export interface PipelineOptions {
  /** Project root. */
  root: string;
  /** Content folder, relative to root. */
  contentDir?: string;
  /** Cache folder for per-article results (absolute or relative to root); null disables it. */
  cacheDir?: string | null;
  /** Worker threads for parse and extract; 0 keeps them on the main thread; default: one per core for large batches. */
  threads?: number;
  /** False: the main thread leaves parse and extract to the worker threads (tests of the threads). */
  mainThread?: boolean;
  /** Extractions made elsewhere (shard jobs), by extraction key; used before the cache. */
  extractions?: Map<string, Extraction>;
  /**
   * Build as a new user would, with no configuration: the registries are ignored and front-matter
   * dates removed, so people, places and publication dates come from the text alone (evaluation).
   */
  zeroConfig?: boolean;
}

/** The corpus up to extraction: what a shard job computes, and what merge and publish start from. */
export interface ExtractedCorpus {
  registry: Registry;
  /** The registries completed with what the text names (the registries are corrections). */
  known: Recognition;
  settings: Awaited<ReturnType<typeof loadSettings>>;
  ledger: Ledger;
  /** Every article, dated. */
  articles: Article[];
  /** Extractions of the articles asked for, in corpus order. */
  records: ExtractionRecord[];
  /** Files of every article read (with their problems). */
  files: VFile[];
  /** The file of each article, by id. */
  fileOf: Map<string, VFile>;
  /** The decoded text of each article, by id (source pages render it). */
  texts: Map<string, string>;
  timings: Record<string, number>;
  /** Articles parsed and extracted afresh in this run (the rest came from the cache). */
  fresh: Fresh;
  /** Worker threads used (0: main thread only). */
  threads: number;
}

/** Everything a build produced. */
export interface PipelineResult {
  /** Data for the templates. */
  data: SiteData;
  /** True when the ledger was kept as read (no readable article): it must not be written back. */
  ledgerKept?: boolean;
  /** The ledger to write back. */
  ledger: Ledger;
  /** Events with permanent ids. */
  events: TimelineEvent[];
  /** All mentions. */
  mentions: EventMention[];
  /** The merge result, with rejected candidates. */
  merged: MergeResult;
  /** Problems, in file order. */
  problems: Problem[];
  /** Seconds spent per stage. */
  timings: Record<string, number>;
  /** Articles parsed and extracted afresh in this run (the rest came from the cache). */
  fresh: Fresh;
  /** Worker threads used (0: main thread only). */
  threads: number;
  /** People, bodies and places the text names that no registry has, for the build report. */
  discovered: FoundEntity[];
  /** The actors the build knew: the registry completed with those the text names. */
  actors: Actor[];
}

export { FatalBuildError };

/** Read the permalink ledger; a corrupt ledger stops the build rather than reassign ids. */
export async function loadLedger(root: string, contentDir: string): Promise<Ledger> {
  const file = path.join(root, contentDir, 'permalinks.json');
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return emptyLedger();
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new FatalBuildError(
      `${contentDir}/permalinks.json:1:1: The permalink ledger is not valid JSON ` +
        `(${(error as Error).message}), so event ids cannot be kept stable. Restore it ` +
        `from version control (git checkout ${contentDir}/permalinks.json); delete it ` +
        `only if no event URL was ever published.`,
    );
  }
  const relative = `${contentDir}/permalinks.json`;
  const duplicate = duplicateKey(text);
  if (duplicate)
    throw new FatalBuildError(
      `${relative}:${duplicate.line}:${duplicate.column}: ${catalogue.ledgerBroken(duplicate.what).message}`,
    );
  const parsed = LedgerSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new FatalBuildError(
      `${relative}:1:1: The permalink ledger does not have the expected shape ` +
        `(${issue?.path.join('.')}: ${issue?.message}), so event ids cannot be kept ` +
        `stable. Restore it from version control.`,
    );
  }
  const fault = ledgerFault(parsed.data, text);
  if (fault)
    throw new FatalBuildError(
      `${relative}:${fault.line}:${fault.column}: ${catalogue.ledgerBroken(fault.what).message}`,
    );
  return parsed.data;
}

type Timer = <T>(stage: string, fn: () => T | Promise<T>) => Promise<T>;

function timer(timings: Record<string, number>): Timer {
  return async (stage, fn) => {
    const t0 = performance.now();
    const out = await fn();
    timings[stage] = (timings[stage] ?? 0) + (performance.now() - t0) / 1000;
    return out;
  };
}

/**
 * Read, parse, date and extract. Dating looks across articles (near-duplicates), so every
 * article is parsed and dated; only the articles `only` keeps are extracted (a shard job).
 */
export async function extractCorpus(
  options: PipelineOptions,
  only: (articleId: string) => boolean = () => true,
): Promise<ExtractedCorpus> {
  const contentDir = options.contentDir ?? 'content';
  const timings: Record<string, number> = {};
  const time = timer(timings);
  const { registry, settings, reads, ledger } = await time('read', async () => ({
    registry: options.zeroConfig ? { actors: [], places: [], files: [] } : await loadRegistry(options.root, contentDir),
    settings: await loadSettings(options.root, contentDir),
    reads: await readArticles(options.root, `${contentDir}/articles`),
    ledger: await loadLedger(options.root, contentDir),
  }));
  const files = new Map<string, VFile>();
  const sources = reads.filter((r) => r.source !== null).map((r) => r.source!);
  for (const r of reads) if (r.source) files.set(r.source.id, r.file);

  const cacheDir = options.cacheDir === null ? null : path.resolve(options.root, options.cacheDir ?? '.cache');
  const cache = new Cache(cacheDir);
  const version = await pipelineVersion();
  const parseRunner = lazyRunner({ actors: [], places: [] }, options.threads, options.mainThread);
  let runner: ReturnType<typeof lazyRunner> | null = null;
  const fresh: Fresh = { parsed: [], extracted: [] };
  try {
    const parsed = await time('parse', () => parseAll(sources, files, cache, version, parseRunner, fresh));
    const undated = options.zeroConfig ? parsed.map((p) => ({ ...p, frontMatterDate: null })) : parsed;
    const articles = await time('date', () => datePublications(undated, files));
    for (const a of articles) if (!a.url && !publisherOf(a)) warn(files.get(a.id)!, catalogue.noAttribution(), 1, 1);
    const chosen = articles.filter((a) => only(a.id));
    // Who and where is read from every article, so that each shard extracts with the same names.
    await time('gazetteer', () => loadGazetteer(cacheDir, version));
    const known = await time('recognise', () => recogniseEntities(articles, registry));
    const extractRunner = lazyRunner(
      { actors: known.actors, places: known.places },
      options.threads,
      options.mainThread,
    );
    runner = extractRunner;
    const registryKey = extractionRegistryKey(known.actors, known.places);
    const keyOf = (a: Article): string => extractionKey(version, a, registryKey);
    const extractSome = (some: Article[]) =>
      extractAll(some, some.map(keyOf), options.extractions, cache, extractRunner, fresh);
    const first = await time('extract', () => extractSome(chosen));
    // Undated articles whose relative days fit others' dated reports are dated so and extracted again.
    const redated = await time('extract', () => redateFromReports(chosen, first, extractSome, files));
    const dated = new Map(redated.articles.map((a) => [a.id, a]));
    const records = redated.articles.map((a, i) => ({ id: a.id, key: keyOf(a), extraction: redated.extractions[i]! }));
    return {
      registry,
      known,
      settings,
      ledger,
      articles: articles.map((a) => dated.get(a.id) ?? a),
      records,
      files: reads.map((r) => r.file),
      fileOf: files,
      texts: new Map(sources.map((s) => [s.id, s.text])),
      timings,
      fresh,
      threads: Math.max(parseRunner.threads(), extractRunner.threads()),
    };
  } finally {
    await parseRunner.close();
    await runner?.close();
  }
}

function noArticles(folder: string, ledger: Ledger): VFile {
  const file = new VFile({ path: folder });
  const active = Object.values(ledger.events).filter((e) => e.state === 'active').length;
  warn(file, catalogue.noArticles(folder, active));
  return file;
}

/** Run every stage and return the finished site data. */
export async function runPipeline(options: PipelineOptions): Promise<PipelineResult> {
  const corpus = await extractCorpus(options);
  const { registry, known, settings, ledger, articles, timings } = corpus;
  const time = timer(timings);
  const byId = new Map(articles.map((a) => [a.id, a]));
  const findActors = createMatcher(
    known.actors.map((a) => ({ id: a.id, full: [a.name, ...a.aliases], short: a.shortNames })),
  );
  // A name neither registered nor found as an entity is worth a warning; found ones are listed apart.
  const mentions = await time('extract', () =>
    collectMentions(corpus.records, corpus.fileOf, (name) => findActors(name).length > 0),
  );
  const actors = new Map(known.actors.map((a) => [a.id, a]));
  const places = new Map(known.places.map((p) => [p.id, p]));
  const merged = await time('merge', () => mergeMentions(mentions, { articles: byId, actors, places }));
  const published = await time('publish', () =>
    publish({
      articles,
      mentions,
      merged,
      actors: known.actors,
      places: known.places,
      ledger,
      settings: settings.settings,
      texts: corpus.texts,
    }),
  );
  // No readable article at all is an accident (a wrong folder, a failed sync), not a story
  // that ended: published ids stay as they are until articles come back.
  const nothing = articles.length === 0 ? noArticles(`${options.contentDir ?? 'content'}/articles`, ledger) : null;
  const problems = [...(nothing ? [nothing] : []), ...corpus.files, ...registry.files, settings.file].flatMap(
    problemsOf,
  );
  return {
    data: published.data,
    ledger: nothing ? ledger : published.ledger,
    ledgerKept: nothing !== null,
    events: published.events,
    mentions,
    merged,
    problems,
    timings,
    fresh: corpus.fresh,
    threads: corpus.threads,
    discovered: known.discovered,
    actors: known.actors,
  };
}
