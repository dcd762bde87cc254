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
import { catalogue, problemsOf, warn } from '../lib/report/index.ts';

/** Where the pipeline reads from. */
export interface PipelineOptions {
  /** Project root. */
  root: string;
  /** Content folder, relative to root. */
  contentDir?: string;
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
}

/** Raised when the build cannot go on without risking published URLs. */
export class FatalBuildError extends Error {}

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

  const parsed = await time('parse', () => sources.map((r) => parseArticle(r.source!, r.file)));
  const articles = await time('date', () => datePublications(parsed, files));

  const findActors = createMatcher(registry.actors.map((a) => ({ id: a.id, full: [a.name, ...a.aliases], short: a.shortNames })));
  const findPlaces = createMatcher(registry.places.map((p) => ({ id: p.id, full: [p.name, ...p.aliases], short: [] })));
  const mentions = await time('extract', () =>
    articles.flatMap((article) => {
      const result = extractMentions(article, { findActors, findPlaces });
      const file = files.get(article.id)!;
      for (const p of result.unknownPeople) warn(file, catalogue.unknownActor(p.name), p.line, p.column);
      return result.mentions;
    }),
  );
  const actors = new Map(registry.actors.map((a) => [a.id, a]));
  const places = new Map(registry.places.map((p) => [p.id, p]));
  const merged = await time('merge', () => mergeMentions(mentions, { articles: new Map(articles.map((a) => [a.id, a])), actors, places }));
  const published = await time('publish', () =>
    publish({ articles, mentions, merged, actors: registry.actors, places: registry.places, ledger, settings: settings.settings }),
  );
  const problems = [...reads.map((r) => r.file), ...registry.files, settings.file].flatMap(problemsOf);
  return { data: published.data, ledger: published.ledger, events: published.events, mentions, merged, problems, timings };
}
