/**
 * Extraction as a sharded batch job. Each shard job extracts the articles its shard owns and
 * writes one JSON line per article: the article id, the key of everything the extraction
 * depends on (code and library versions, the article's text and publication date, the
 * registry), and the extraction. A build given those files merges, publishes and renders from
 * them; an article whose line is missing or whose key no longer matches is extracted again.
 */
import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { Extraction } from '../extract/index.ts';
import type { ExtractionRecord } from './per-article.ts';

/** A shard: the i-th (0-based) of n. */
export interface Shard {
  index: number;
  count: number;
}

/** Parse "i/n" (0 ≤ i < n); null when malformed. */
export function parseShard(text: string): Shard | null {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (!m) return null;
  const index = Number(m[1]);
  const count = Number(m[2]);
  return count >= 1 && index < count ? { index, count } : null;
}

/** Whether a shard owns an article: by a hash of its id, so adding articles never moves others. */
export function owns(shard: Shard, articleId: string): boolean {
  const h = createHash('sha256').update(articleId).digest().readUInt32BE(0);
  return h % shard.count === shard.index;
}

/** The file a shard job writes. */
export function shardFileName(shard: Shard): string {
  return `mentions-${shard.index}-of-${shard.count}.jsonl`;
}

/** One line of a shard file (the mentions inside are checked by the key, which only this code makes). */
export const ExtractionLineSchema = z.object({
  id: z.string(),
  key: z.string().regex(/^[0-9a-f]{32}$/),
  extraction: z.object({
    mentions: z.array(z.record(z.string(), z.unknown())),
    unknownPeople: z.array(z.record(z.string(), z.unknown())),
  }),
});

/** The JSON lines of a shard's records. */
export function toJsonLines(records: ExtractionRecord[]): string {
  return records.map((r) => `${JSON.stringify(r)}\n`).join('');
}

/** What reading a folder of shard files gave: extractions by key, and lines that could not be used. */
export interface ShardInput {
  extractions: Map<string, Extraction>;
  files: number;
  rejected: string[];
}

/** Read every *.jsonl file of a folder; a bad line is reported and its article extracted again. */
export async function readShardFiles(dir: string): Promise<ShardInput> {
  const out: ShardInput = { extractions: new Map(), files: 0, rejected: [] };
  const names = (await readdir(dir)).filter((f) => f.endsWith('.jsonl')).sort();
  for (const name of names) {
    out.files++;
    const lines = (await readFile(path.join(dir, name), 'utf8')).split('\n');
    lines.forEach((line, i) => {
      if (!line.trim()) return;
      let parsed: unknown;
      try {
        parsed = JSON.parse(line);
      } catch {
        parsed = null;
      }
      const record = ExtractionLineSchema.safeParse(parsed);
      if (record.success) out.extractions.set(record.data.key, record.data.extraction as unknown as Extraction);
      else out.rejected.push(`${name}:${i + 1}:1: not an extraction line; that article is extracted again.`);
    });
  }
  return out;
}
