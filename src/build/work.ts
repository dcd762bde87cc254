/**
 * The per-article work of a build, as plain data in and out, so the same functions run on the
 * main thread, on worker threads (./workers.ts) or in a shard job (the extract command):
 * parse a decoded file, extract the mentions of a dated article.
 */
import { VFile } from 'vfile';
import type { Actor, Article, Place, SourceFile } from '../types.ts';
import { type ParsedArticle, parseArticle } from '../parse/index.ts';
import { type ExtractContext, type Extraction, extractMentions } from '../extract/index.ts';
import { createMatcher } from '../lib/names/matcher.ts';

/** Most event mentions taken from one article. */
export const MAX_MENTIONS = 1000;

/** A file message as stored in the cache or sent back from a worker. */
export interface StoredMessage {
  reason: string;
  line: number;
  column: number;
  ruleId: string | undefined;
  fatal: boolean | undefined;
}

/** A parse result with the problems it found, detached from any VFile. */
export interface ParseOutput {
  parsed: ParsedArticle;
  messages: StoredMessage[];
}

/** The registry entries extraction matches names against. */
export interface NameLists {
  actors: Actor[];
  places: Place[];
}

/** One unit of work for a worker thread. */
export type Task = { kind: 'parse'; source: SourceFile } | { kind: 'extract'; article: Article };

function toStored(m: VFile['messages'][number]): StoredMessage {
  const place = m.place && 'line' in m.place ? m.place : undefined;
  const at = { line: place?.line ?? 1, column: place?.column ?? 1 };
  return { reason: m.reason, ...at, ruleId: m.ruleId, fatal: m.fatal ?? undefined };
}

/** Put stored messages back on the article's file, so cached and fresh runs report the same problems. */
export function replay(file: VFile, messages: StoredMessage[]): void {
  for (const s of messages) {
    const m = file.message(s.reason, { place: { line: s.line, column: s.column } });
    m.ruleId = s.ruleId;
    m.fatal = s.fatal;
  }
}

/** Parse one file; its problems come back as data, for the caller to put on the real file. */
export function parseTask(source: SourceFile): ParseOutput {
  const file = new VFile({ path: source.path });
  const parsed = parseArticle(source, file);
  return { parsed, messages: file.messages.map(toStored) };
}

/** The extraction context of a registry: name matchers, built once per registry. */
export function extractContext(names: NameLists): ExtractContext {
  return {
    findActors: createMatcher(
      names.actors.map((a) => ({ id: a.id, full: [a.name, ...a.aliases], short: a.shortNames })),
    ),
    findPlaces: createMatcher(names.places.map((p) => ({ id: p.id, full: [p.name, ...p.aliases], short: [] }))),
    maxMentions: MAX_MENTIONS,
  };
}

/** Extract one article's mentions. */
export function extractTask(article: Article, ctx: ExtractContext): Extraction {
  return extractMentions(article, ctx);
}

let context: { names: NameLists; ctx: ExtractContext } | null = null;

/** Run one task on a worker, whose registry came once with the pool. */
export function runTask(task: Task, names: NameLists): ParseOutput | Extraction {
  if (task.kind === 'parse') return parseTask(task.source);
  if (context?.names !== names) context = { names, ctx: extractContext(names) };
  return extractTask(task.article, context.ctx);
}
