/**
 * The pipeline, stage after stage: read → parse → date → extract → merge → publish. Only
 * this module and the writer touch the disk; every stage in between is a pure function.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { VFile } from 'vfile';
import type { EventMention, Problem, TimelineEvent } from '../types.ts';
import { loadRegistry, loadSettings, readArticles } from '../read/index.ts';
import { parseArticle } from '../parse/index.ts';
import { datePublications } from '../date/index.ts';
import { extractMentions } from '../extract/index.ts';
import { type MergeResult, mergeMentions } from '../merge/index.ts';
import { type Ledger, LedgerSchema, type SiteData, emptyLedger, publish } from '../publish/index.ts';
import { createMatcher } from '../lib/names/matcher.ts';
import { FatalBuildError, catalogue, problemsOf, warn } from '../lib/report/index.ts';
import { Cache, cacheKey, pipelineVersion } from './cache.ts';

/** A file message as stored in the cache. */
interface StoredMessage {
  reason: string;
  line: number;
  column: number;
  ruleId: string | undefined;
  fatal: boolean | undefined;
}

function toStored(m: VFile['messages'][number]): StoredMessage {
  const place = m.place && 'line' in m.place ? m.place : undefined;
  return { reason: m.reason, line: place?.line ?? 1, column: place?.column ?? 1, ruleId: m.ruleId, fatal: m.fatal ?? undefined };
}

// Messages of a cached parse are put back on the file, so a warm build reports the same problems.
function replay(file: VFile, messages: StoredMessage[]): void {
  if (file.messages.some((m) => messages.some((s) => s.reason === m.reason))) return;
  for (const s of messages) {
    const m = file.message(s.reason, { place: { line: s.line, column: s.column } });
    m.ruleId = s.ruleId;
    m.fatal = s.fatal;
  }
}

/** Where the pipeline reads from. */
export interface PipelineOptions {
  /** Project root. */
  root: string;
  /** Content folder, relative to root. */
  contentDir?: string;
  /** Cache folder for per-article results (absolute or relative to root); null disables it. */
  cacheDir?: string | null;
}

/** Everything a build produced. */
export interface PipelineResult {
  /** Data for the templates. */
  data: SiteData;
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
  fresh: { parsed: string[]; extracted: string[] };
}

/** Most event mentions taken from one article. */
export const MAX_MENTIONS = 1000;

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
    throw new FatalBuildError(`${contentDir}/permalinks.json:1:1: The permalink ledger is not valid JSON (${(error as Error).message}), so event ids cannot be kept stable. Restore it from version control (git checkout ${contentDir}/permalinks.json); delete it only if no event URL was ever published.`);
  }
  const parsed = LedgerSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new FatalBuildError(`${contentDir}/permalinks.json:1:1: The permalink ledger does not have the expected shape (${issue?.path.join('.')}: ${issue?.message}), so event ids cannot be kept stable. Restore it from version control.`);
  }
  return parsed.data;
}

/** Run every stage and return the finished site data. */
export async function runPipeline(options: PipelineOptions): Promise<PipelineResult> {
  const contentDir = options.contentDir ?? 'content';
  const timings: Record<string, number> = {};
  const time = async <T>(stage: string, fn: () => T | Promise<T>): Promise<T> => {
    const t0 = performance.now();
    const out = await fn();
    timings[stage] = (timings[stage] ?? 0) + (performance.now() - t0) / 1000;
    return out;
  };

  const { registry, settings, reads, ledger } = await time('read', async () => ({
    registry: await loadRegistry(options.root, contentDir),
    settings: await loadSettings(options.root, contentDir),
    reads: await readArticles(options.root, `${contentDir}/articles`),
    ledger: await loadLedger(options.root, contentDir),
  }));
  const files = new Map<string, VFile>();
  const sources = reads.filter((r) => r.source !== null);
  for (const r of sources) files.set(r.source!.id, r.file);

  const cache = new Cache(options.cacheDir === null ? null : path.resolve(options.root, options.cacheDir ?? '.cache'));
  const version = await pipelineVersion();
  const fresh: PipelineResult['fresh'] = { parsed: [], extracted: [] };
  const registryKey = cacheKey(registry.actors, registry.places);
  const parsed = await time('parse', () =>
    Promise.all(
      sources.map(async (r) => {
        const { parsed: p, messages } = await cache.get('parse', cacheKey(version, r.source!.hash, r.source!.id, r.source!.path), () => {
          fresh.parsed.push(r.source!.id);
          const before = r.file.messages.length;
          const out = parseArticle(r.source!, r.file);
          return { parsed: out, messages: r.file.messages.slice(before).map(toStored) };
        });
        replay(r.file, messages);
        return p;
      }),
    ),
  );
  const articles = await time('date', () => datePublications(parsed, files));

  const findActors = createMatcher(registry.actors.map((a) => ({ id: a.id, full: [a.name, ...a.aliases], short: a.shortNames })));
  const findPlaces = createMatcher(registry.places.map((p) => ({ id: p.id, full: [p.name, ...p.aliases], short: [] })));
  const mentions = await time('extract', async () => {
    const out: EventMention[] = [];
    for (const article of articles) {
      const key = cacheKey(version, article.hash, article.id, article.publication, registryKey);
      const result = await cache.get('extract', key, () => {
        fresh.extracted.push(article.id);
        return extractMentions(article, { findActors, findPlaces, maxMentions: MAX_MENTIONS });
      });
      const file = files.get(article.id)!;
      for (const p of result.unknownPeople) warn(file, catalogue.unknownActor(p.name), p.line, p.column);
      // A real article reports tens of events, not thousands; past the cap it is a dump, and
      // merging it whole would cost more than the rest of the corpus together.
      if (result.mentions.length > MAX_MENTIONS) warn(file, catalogue.tooManyMentions(MAX_MENTIONS), result.mentions[MAX_MENTIONS]!.line, 1);
      for (const m of result.mentions.slice(0, MAX_MENTIONS)) out.push(m);
    }
    return out;
  });
  const actors = new Map(registry.actors.map((a) => [a.id, a]));
  const places = new Map(registry.places.map((p) => [p.id, p]));
  const merged = await time('merge', () => mergeMentions(mentions, { articles: new Map(articles.map((a) => [a.id, a])), actors, places }));
  const published = await time('publish', () =>
    publish({ articles, mentions, merged, actors: registry.actors, places: registry.places, ledger, settings: settings.settings }),
  );
  const problems = [...reads.map((r) => r.file), ...registry.files, settings.file].flatMap(problemsOf);
  return { data: published.data, ledger: published.ledger, events: published.events, mentions, merged, problems, timings, fresh };
}
