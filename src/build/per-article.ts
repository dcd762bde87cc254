/**
 * The per-article stages of a build, parse and extract, with their cache: each article's
 * result is looked up by key, and only the misses are computed, on worker threads when there
 * are enough of them. Results keep input order, so the build does not depend on which thread
 * finished first.
 */
import type { VFile } from 'vfile';
import type { Article, EventMention, SourceFile } from '../types.ts';
import type { ParsedArticle } from '../parse/index.ts';
import type { Extraction } from '../extract/index.ts';
import { catalogue, warn } from '../lib/report/index.ts';
import { type Cache, cacheKey } from './cache.ts';
import { MAX_MENTIONS, type NameLists, type ParseOutput, replay } from './work.ts';
import { type Runner, createRunner, defaultThreads } from './workers.ts';

/** Articles parsed and extracted afresh in a run, in corpus order. */
export interface Fresh {
  parsed: string[];
  extracted: string[];
}

/** One article's extraction under the key of its inputs: the line a shard job writes. */
export interface ExtractionRecord {
  /** Article id. */
  id: string;
  /** Key of what the extraction depends on: code and library versions, text, publication, registry. */
  key: string;
  /** The extraction itself. */
  extraction: Extraction;
}

/** A runner started on first use, sized by the first batch that needs it. */
export interface LazyRunner {
  get(work: number): Runner;
  threads(): number;
  close(): Promise<void>;
}

/** Start threads only for a batch large enough to pay for them; `threads` overrides the choice. */
export function lazyRunner(names: NameLists, threads: number | undefined, mainThread = true): LazyRunner {
  let pooled: Runner | null = null;
  const inline = createRunner(names, 0);
  return {
    get(work) {
      if (pooled) return pooled;
      const n = threads ?? defaultThreads(work);
      if (n <= 0 || work === 0) return inline;
      pooled = createRunner(names, n, mainThread);
      return pooled;
    },
    threads: () => pooled?.threads ?? 0,
    close: async () => {
      await pooled?.close();
    },
  };
}

/** Parse every source: from the cache, or afresh (their problems are put on the files either way). */
export async function parseAll(
  sources: SourceFile[],
  files: Map<string, VFile>,
  cache: Cache,
  version: string,
  runner: LazyRunner,
  fresh: Fresh,
): Promise<ParsedArticle[]> {
  const keys = sources.map((s) => cacheKey(version, s.hash, s.id, s.path));
  const out: (ParseOutput | undefined)[] = await Promise.all(keys.map((k) => cache.read<ParseOutput>('parse', k)));
  const missing = sources.map((_, i) => i).filter((i) => out[i] === undefined);
  const computed = await runner.get(missing.length).parse(missing.map((i) => sources[i]!));
  await Promise.all(
    missing.map(async (i, j) => {
      out[i] = computed[j]!;
      await cache.write('parse', keys[i]!, out[i]);
    }),
  );
  fresh.parsed.push(...missing.map((i) => sources[i]!.id));
  return sources.map((s, i) => {
    replay(files.get(s.id)!, out[i]!.messages);
    return out[i]!.parsed;
  });
}

/** The extraction key of an article: what its extraction depends on. */
export function extractionKey(version: string, article: Article, registryKey: string): string {
  return cacheKey(version, article.hash, article.id, article.publication, registryKey);
}

/** Extract every article: from given records (shard jobs), the cache, or afresh. */
export async function extractAll(
  articles: Article[],
  keys: string[],
  given: Map<string, Extraction> | undefined,
  cache: Cache,
  runner: LazyRunner,
  fresh: Fresh,
): Promise<Extraction[]> {
  const out: (Extraction | undefined)[] = await Promise.all(
    keys.map((k) => (given?.has(k) ? given.get(k) : cache.read<Extraction>('extract', k))),
  );
  const missing = articles.map((_, i) => i).filter((i) => out[i] === undefined);
  const computed = await runner.get(missing.length).extract(missing.map((i) => articles[i]!));
  await Promise.all(
    missing.map(async (i, j) => {
      out[i] = computed[j]!;
      await cache.write('extract', keys[i]!, out[i]);
    }),
  );
  fresh.extracted.push(...missing.map((i) => articles[i]!.id));
  return out as Extraction[];
}

/** All mentions in corpus order, with each article's extraction problems put on its file. */
export function collectMentions(
  records: ExtractionRecord[],
  files: Map<string, VFile>,
  isKnownName: (name: string) => boolean = () => false,
): EventMention[] {
  const out: EventMention[] = [];
  for (const { id, extraction } of records) {
    const file = files.get(id)!;
    for (const p of extraction.unknownPeople) {
      if (!isKnownName(p.name)) warn(file, catalogue.unknownActor(p.name), p.line, p.column);
    }
    // A real article reports tens of events, not thousands; past the cap it is a dump, and
    // merging it whole would cost more than the rest of the corpus together.
    const past = extraction.mentions[MAX_MENTIONS];
    if (past) warn(file, catalogue.tooManyMentions(MAX_MENTIONS), past.line, 1);
    for (const m of extraction.mentions.slice(0, MAX_MENTIONS)) out.push(m);
  }
  return out;
}
