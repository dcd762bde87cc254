/** The evaluation harness: both gold sets, scored, with the targets they must meet. */
import { readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { runPipeline } from '../build/pipeline.ts';
import { type TimelineScore, scoreTimeline } from './timeline.ts';
import { loadGold } from './gold.ts';
import { type TemporalScore, scoreTemporal } from './temporal.ts';
import { type RuleFigure, ruleFigures } from './rules.ts';
import { mapEventActors, registryIdMap } from './actor-map.ts';
import { loadRegistry } from '../read/registry.ts';

/** The targets of issue 3. */
export const TARGETS = { dateF1: 0.9, mentionDateAccuracy: 0.9, mergeF1: 0.85, temporalAccuracy: 0.95 } as const;

/** Scores of both gold sets, and whether every target is met. */
export interface EvaluationReport {
  /** Timeline scores. */
  timeline: TimelineScore;
  /** Normaliser scores. */
  temporal: TemporalScore;
  /** Every target met. */
  passed: boolean;
  /** How often each rule fired on the corpus, and was right. */
  rules: Map<string, RuleFigure>;
}

/**
 * Where a gold corpus's articles live: the seeds are the site's own content; any other corpus
 * (the held-out story, written without looking at the extractor) brings its own content folder.
 */
export function contentOf(corpus: string): string {
  return corpus === 'seeds' ? 'content' : path.join('tests', 'gold', corpus, 'content');
}

/** Build the corpus's events and score both gold sets. */
export async function evaluateAll(
  root: string,
  corpus = 'seeds',
  options: { zeroConfig?: boolean } = {},
): Promise<EvaluationReport> {
  const { score: timeline, rules } = await evaluateCorpus(root, corpus, options);
  const temporal = await scoreTemporal(path.join(root, 'tests', 'gold', 'temporal', 'cases.yaml'));
  const passed =
    timeline.dateF1 >= TARGETS.dateF1 &&
    timeline.mentionDateAccuracy >= TARGETS.mentionDateAccuracy &&
    timeline.mergeF1 >= TARGETS.mergeF1 &&
    timeline.noise === 0 &&
    temporal.accuracy >= TARGETS.temporalAccuracy;
  return { timeline, temporal, passed, rules };
}

async function articlesOf(root: string, contentDir: string) {
  const { readArticles } = await import('../read/index.ts');
  const { parseArticle } = await import('../parse/index.ts');
  const reads = (await readArticles(root, `${contentDir}/articles`)).filter((r) => r.source);
  return reads.map((r) => parseArticle(r.source!, r.file).article);
}

/** Gold corpora besides the seeds that bring their own articles: stories nobody tuned the extractor on. */
export async function heldOutCorpora(root: string): Promise<string[]> {
  const dir = path.join(root, 'tests', 'gold');
  const names = (await readdir(dir, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name);
  return names
    .filter((n) => existsSync(path.join(dir, n, 'gold.yaml')) && existsSync(path.join(dir, n, 'content', 'articles')))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}

/** Score one corpus's timeline against its gold (the tricky-expression set is scored apart), with its rule figures. */
export async function evaluateCorpus(
  root: string,
  corpus: string,
  options: { zeroConfig?: boolean } = {},
): Promise<{ score: TimelineScore; rules: Map<string, RuleFigure> }> {
  const contentDir = contentOf(corpus);
  const zeroConfig = options.zeroConfig ?? false;
  // Only the site's own content uses the build cache: another corpus never leaves files behind.
  const cached = corpus === 'seeds' && !zeroConfig;
  const result = await runPipeline({ root, contentDir, zeroConfig, ...(cached ? {} : { cacheDir: null }) });
  const gold = await loadGold(path.join(root, 'tests', 'gold', corpus, 'gold.yaml'));
  const articles = result.data.sources.length ? await articlesOf(root, contentDir) : [];
  // Built with no registry, found actors bear slugs of their names: scored under the registry ids they match.
  const registry = zeroConfig ? (await loadRegistry(root, contentDir)).actors : [];
  const events = mapEventActors(result.events, registryIdMap(result.actors, registry));
  const rules = ruleFigures(gold, events, result.merged.undated, result.merged.rejections);
  return { score: scoreTimeline(gold, events, articles), rules };
}

/** Score one corpus's timeline against its gold. */
export async function evaluateTimeline(root: string, corpus: string): Promise<TimelineScore> {
  return (await evaluateCorpus(root, corpus)).score;
}
