/**
 * The permalink ledger (content/permalinks.json): every event id ever published, with the
 * mentions that make up its identity. An event keeps the id whose mentions it shares most;
 * ids absorbed by a merge redirect to the survivor; ids left without sources are withdrawn.
 * Mentions are keyed by their words, not by file name, so renaming a file changes nothing.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { EventMention, TimelineEvent } from '../types.ts';
import { foldText } from '../lib/names/fold.ts';
import { permanentId } from './permalinks.ts';

const EntrySchema = z.object({
  title: z.string(),
  /** The title's score under the headline rules; a rebuild keeps the title unless a new one scores higher. */
  score: z.number().optional(),
  date: z.string(),
  /** active; merged into another event; moved to a new id (date changed, or a title slug migrated); withdrawn. */
  state: z.enum(['active', 'merged', 'moved', 'withdrawn']),
  /** The short stable key of a neutral id (`<date>-<key>`); absent on ids from before neutral ids. */
  key: z
    .string()
    .regex(/^[a-z0-9]+$/)
    .optional(),
  into: z
    .string()
    .regex(/^[a-z0-9-]+$/)
    .optional(),
  mentions: z.array(z.string()),
});

/** The ledger file's schema. */
export const LedgerSchema = z.object({
  version: z.literal(1),
  events: z.record(z.string().regex(/^[a-z0-9-]+$/), EntrySchema),
});

/** The ledger: id → what it was and what became of it. */
export type Ledger = z.infer<typeof LedgerSchema>;

/** An empty ledger, for a first build. */
export function emptyLedger(): Ledger {
  return { version: 1, events: {} };
}

/** Identity key of a mention: its folded words and clause number, independent of the file name. */
export function mentionKey(m: EventMention): string {
  const clause = /#s-\d+-(\d+)$/.exec(m.id)?.[1] ?? '0';
  const words = foldText(m.quote)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return `${createHash('sha256').update(words).digest('hex').slice(0, 16)}.${clause}`;
}

/** Permanent ids applied to events, plus what happened to the ids that are gone. */
export interface Assignment {
  /** Events with permanent ids. */
  events: TimelineEvent[];
  /** Retired id → surviving id; `moved` when only the address changed, not the event. */
  redirects: { id: string; to: string; title: string; moved: boolean }[];
  /** Ids whose event lost all its sources. */
  withdrawn: { id: string; title: string; date: string }[];
  /** The updated ledger to write back. */
  ledger: Ledger;
}

/** Give each event its permanent id, keeping every id published before. */
export function assignIds(events: TimelineEvent[], previous: Ledger): Assignment {
  const owner = mentionOwners(previous);
  const keysOf = events.map((e) => e.mentions.map(mentionKey));
  const { idOf, taken } = claimOldIds(keysOf, owner);
  const used = new Set([...Object.keys(previous.events), ...taken]);
  const movedTo = new Map<string, string>();
  const keyOf = new Map<string, string>();
  const result = events.map((e, i) => {
    const claimedId = idOf.get(i);
    const claimed = claimedId ? { id: claimedId, key: previous.events[claimedId]?.key } : undefined;
    const { id, key } = permanentId(e.date.start, claimed, keysOf[i]!, used);
    if (claimedId && claimedId !== id) movedTo.set(claimedId, id);
    keyOf.set(id, key);
    return { ...e, id };
  });
  const ledger: Ledger = { version: 1, events: {} };
  const holder = holders(
    keysOf,
    result.map((e) => e.id),
    owner,
  );
  result.forEach((e, i) => {
    const mentions = [...new Set(keysOf[i]!)].filter((k) => holder.get(k) === i).sort();
    ledger.events[e.id] = { title: e.title, date: e.date.start, state: 'active', key: keyOf.get(e.id)!, mentions };
  });
  const { redirects, withdrawn } = retireOldIds(previous, ledger, movedTo, survivorFinder(keysOf, result));
  ledger.events = Object.fromEntries(Object.entries(ledger.events).sort(([a], [b]) => (a < b ? -1 : 1)));
  return { events: result, redirects, withdrawn, ledger };
}

/**
 * Mention key → the id that held it: an active id of the old ledger, else a withdrawn one. A
 * withdrawn id is reclaimed when its mentions come back (an article moved out and back), so its
 * published URL serves the event again instead of redirecting to a new id.
 */
function mentionOwners(previous: Ledger): Map<string, string> {
  const owner = new Map<string, string>();
  const sorted = Object.entries(previous.events).sort(([a], [b]) => (a < b ? -1 : 1));
  for (const state of ['active', 'withdrawn']) {
    for (const [id, entry] of sorted) {
      if (entry.state !== state) continue;
      for (const key of entry.mentions) if (!owner.has(key)) owner.set(key, id);
    }
  }
  return owner;
}

/** Each event claims the old id it shares most mentions with; the largest overlaps are served first. */
function claimOldIds(
  keysOf: string[][],
  owner: Map<string, string>,
): { idOf: Map<number, string>; taken: Set<string> } {
  const claims: { event: number; id: string; overlap: number }[] = [];
  keysOf.forEach((keys, event) => {
    const counts = new Map<string, number>();
    for (const key of keys) {
      const id = owner.get(key);
      if (id) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    for (const [id, overlap] of counts) claims.push({ event, id, overlap });
  });
  claims.sort((a, b) => b.overlap - a.overlap || a.event - b.event || (a.id < b.id ? -1 : 1));
  const idOf = new Map<number, string>();
  const taken = new Set<string>();
  for (const c of claims) {
    if (idOf.has(c.event) || taken.has(c.id)) continue;
    idOf.set(c.event, c.id);
    taken.add(c.id);
  }
  return { idOf, taken };
}

/** For a retired id's mention keys: the new id holding most of them (ties by id), if any. */
function survivorFinder(keysOf: string[][], result: TimelineEvent[]): (keys: string[]) => string | undefined {
  const eventOfKey = new Map<string, number>();
  keysOf.forEach((keys, i) => {
    for (const k of keys) if (!eventOfKey.has(k)) eventOfKey.set(k, i);
  });
  return (keys) => {
    const counts = new Map<string, number>();
    for (const key of keys) {
      const i = eventOfKey.get(key) ?? -1;
      if (i >= 0) counts.set(result[i]!.id, (counts.get(result[i]!.id) ?? 0) + 1);
    }
    return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
  };
}

/**
 * Every old id no event kept: redirected (moved or merged) to a live event, following chains of
 * merges, else withdrawn. Writes their entries into `ledger`.
 */
function retireOldIds(
  previous: Ledger,
  ledger: Ledger,
  movedTo: Map<string, string>,
  survivorOf: (keys: string[]) => string | undefined,
): Pick<Assignment, 'redirects' | 'withdrawn'> {
  const redirects: Assignment['redirects'] = [];
  const withdrawn: Assignment['withdrawn'] = [];
  // A hop may land on an id retired in this same build and not yet written: its own survivor.
  const survivorOfOld = (old: string): string | undefined =>
    previous.events[old] ? survivorOf(previous.events[old].mentions) : undefined;
  for (const [id, entry] of Object.entries(previous.events).sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (Object.hasOwn(ledger.events, id)) continue;
    const moved = movedTo.get(id);
    let into = moved ?? (entry.state === 'merged' || entry.state === 'moved' ? entry.into : survivorOf(entry.mentions));
    // Follow chains of merges to a live event.
    for (let hops = 0; into && ledger.events[into]?.state !== 'active' && hops < 20; hops++)
      into = movedTo.get(into) ?? ledger.events[into]?.into ?? previous.events[into]?.into ?? survivorOfOld(into);
    if (into && ledger.events[into]?.state === 'active') {
      const state = moved || entry.state === 'moved' ? 'moved' : 'merged';
      ledger.events[id] = { ...entry, state, into };
      redirects.push({ id, to: into, title: entry.title, moved: state === 'moved' });
    } else {
      ledger.events[id] = { ...entry, state: 'withdrawn', into: undefined };
      delete ledger.events[id]!.into;
      withdrawn.push({ id, title: entry.title, date: entry.date });
    }
  }
  return { redirects, withdrawn };
}

/**
 * One active id per mention key, as the ledger check demands: two events can quote the same
 * words (a wire copy dated differently); the key stays with the id that held it, else the first.
 */
function holders(keysOf: string[][], ids: string[], owner: Map<string, string>): Map<string, number> {
  const holder = new Map<string, number>();
  keysOf.forEach((keys, i) => {
    for (const k of keys) {
      const current = holder.get(k);
      if (current === undefined || (owner.get(k) === ids[i] && owner.get(k) !== ids[current])) holder.set(k, i);
    }
  });
  return holder;
}
