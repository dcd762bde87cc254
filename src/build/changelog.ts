/**
 * What changed since the last build, from the permalink ledgers before and after: events
 * added, events merged into others, events withdrawn. Entries carry no clock time, only the
 * latest publication date in the corpus, so the same content always gives the same file.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { Ledger } from '../publish/index.ts';

const Entry = z.object({
  asOf: z.string().nullable(),
  /** The day of the build that recorded the entry (UTC, or SOURCE_DATE_EPOCH's day for reproducible builds). */
  built: z.string().optional(),
  added: z.array(z.object({ id: z.string(), title: z.string(), date: z.string() })),
  merged: z.array(z.object({ id: z.string(), title: z.string(), into: z.string() })),
  withdrawn: z.array(z.object({ id: z.string(), title: z.string() })),
});

/** One build's changes. */
export type ChangeEntry = z.infer<typeof Entry>;

/** The changelog file: newest entry first. */
export const ChangelogSchema = z.object({ entries: z.array(Entry) });

/** The changelog file's content. */
export type Changelog = z.infer<typeof ChangelogSchema>;

const KEEP = 50;

/** The changes between two ledgers, or null when nothing changed. */
export function diffLedgers(previous: Ledger, next: Ledger, asOf: string | null, built?: string): ChangeEntry | null {
  const entry: ChangeEntry = { asOf, ...(built ? { built } : {}), added: [], merged: [], withdrawn: [] };
  // An event that only moved to a new address (its date changed, or an old id was migrated) is not new.
  const movedInto = new Set(
    Object.entries(next.events)
      .filter(([id, e]) => e.state === 'moved' && previous.events[id]?.state === 'active')
      .map(([, e]) => e.into),
  );
  for (const [id, e] of Object.entries(next.events)) {
    const before = Object.hasOwn(previous.events, id) ? previous.events[id] : undefined;
    if (e.state === 'active' && (!before || before.state !== 'active') && !movedInto.has(id))
      entry.added.push({ id, title: e.title, date: e.date });
    if (e.state === 'merged' && before?.state === 'active')
      entry.merged.push({ id, title: e.title, into: e.into ?? '' });
    if (e.state === 'withdrawn' && before?.state !== 'withdrawn') entry.withdrawn.push({ id, title: e.title });
  }
  return entry.added.length + entry.merged.length + entry.withdrawn.length > 0 ? entry : null;
}

/**
 * The day of this build, for What's new: SOURCE_DATE_EPOCH's when set (reproducible builds),
 * else today's (UTC). Only a new changelog entry records it, so the same content and
 * changelog always render the same pages.
 */
export function buildDay(env: NodeJS.ProcessEnv = process.env): string {
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  return new Date(Number.isFinite(epoch) && env.SOURCE_DATE_EPOCH ? epoch * 1000 : Date.now())
    .toISOString()
    .slice(0, 10);
}

/** Read content/changelog.json; a missing or unreadable file is an empty changelog. */
export async function readChangelog(root: string, contentDir = 'content'): Promise<Changelog> {
  try {
    return ChangelogSchema.parse(JSON.parse(await readFile(path.join(root, contentDir, 'changelog.json'), 'utf8')));
  } catch {
    return { entries: [] };
  }
}

/** The changelog with an entry added (when there is one); the caller writes it once the site is rendered. */
export async function nextChangelog(
  root: string,
  entry: ChangeEntry | null,
  contentDir = 'content',
): Promise<{ log: Changelog; changed: boolean }> {
  const log = await readChangelog(root, contentDir);
  if (!entry) return { log, changed: false };
  return { log: { entries: [entry, ...log.entries].slice(0, KEEP) }, changed: true };
}
