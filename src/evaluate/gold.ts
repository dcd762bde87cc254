/**
 * The gold timelines (tests/gold/<corpus>/gold.yaml): their shape, how they are read, and how a
 * system date is compared with a gold one.
 */
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { z } from 'zod';
import type { DateSpan } from '../types.ts';
import { foldText } from '../lib/names/fold.ts';

const GoldMention = z.object({ article: z.string(), quote: z.string(), dateText: z.string().nullish() });
const GoldEvent = z.object({
  id: z.string(),
  start: z.string(),
  end: z.string(),
  precision: z.enum(['day', 'month', 'year']),
  status: z.enum(['happened', 'planned']),
  actors: z.array(z.string()).default([]),
  places: z.array(z.string()).default([]),
  mentions: z.array(GoldMention),
});
const Gold = z.object({
  articles: z.record(
    z.string(),
    z.object({ published: z.string().nullable(), furniture: z.array(z.string()).nullish() }),
  ),
  events: z.array(GoldEvent),
});

/** The gold timeline of a corpus. */
export type GoldTimeline = z.infer<typeof Gold>;

/** Read a gold file. */
export async function loadGold(file: string): Promise<GoldTimeline> {
  return Gold.parse(parse(await readFile(file, 'utf8'), { schema: 'core' }));
}

/** Text folded for matching gold quotes: no case, accents or punctuation. */
export const norm = (s: string): string =>
  foldText(s)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Whether a system date is right at the gold precision (finer system dates may be right). */
export function dateMatches(system: DateSpan, gold: { start: string; end: string }): boolean {
  return (
    system.start.slice(0, gold.start.length) === gold.start &&
    system.end.slice(0, gold.end.length) === gold.end &&
    system.start.length >= gold.start.length
  );
}
