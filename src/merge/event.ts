/**
 * From a finished group of mentions to a timeline event: its date, status as of the latest
 * source, headline, summary, actors and places ranked by how many reports name them, and the
 * versions when sources date it differently.
 */
import type { DateSpan, EventMention, Status, TimelineEvent } from '../types.ts';
import { slugify } from '../lib/slug/index.ts';
import { bounds } from './score.ts';
import { headline } from './headline.ts';
import type { Cluster, MergeContext } from './cluster.ts';
import { yearKnown } from '../lib/dates/year-unknown.ts';
import { ownDated } from '../lib/mentions/own-dated.ts';

/** Stable order: article id, sentence, mention id. */
export function compareMentions(a: EventMention, b: EventMention): number {
  return a.article < b.article
    ? -1
    : a.article > b.article
      ? 1
      : a.sentence - b.sentence || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function rankByCount(ids: string[][]): string[] {
  const counts = new Map<string, { n: number; first: number }>();
  ids.flat().forEach((id, i) => {
    const c = counts.get(id);
    if (c) c.n++;
    else counts.set(id, { n: 1, first: i });
  });
  return [...counts].sort((a, b) => b[1].n - a[1].n || a[1].first - b[1].first).map(([id]) => id);
}

/** The event a group of mentions makes. */
export function finish(c: Cluster, ctx: MergeContext): TimelineEvent {
  const mentions = [...c.mentions].sort(compareMentions);
  const actors = rankByCount(mentions.map((m) => m.actors));
  const places = rankByCount(mentions.map((m) => m.places));
  const own = mentions.filter(ownDated);
  const informative = [...(own.length ? own : mentions)].sort((a, b) => info(b) - info(a) || compareMentions(a, b))[0]!;
  // The headline says what the reports that date the event say: sentences attached to it on
  // weaker grounds add quotes, not a different verb or cast.
  const basis = own.length ? own : mentions;
  const title =
    headline(
      [informative, ...basis],
      rankByCount(basis.map((m) => m.actors)),
      rankByCount(basis.map((m) => m.places)),
      ctx,
    ) ?? clip(informative.quote);
  // Sources differ when two of them date it differently at the same precision.
  const versions = new Map<string, { date: DateSpan; mentions: string[] }>();
  for (const m of own) {
    if (!m.date || m.date.precision !== c.date.precision) continue;
    const key = `${m.date.start}/${m.date.end}`;
    const v = versions.get(key) ?? { date: m.date, mentions: [] };
    v.mentions.push(m.id);
    versions.set(key, v);
  }
  const disagreements =
    versions.size > 1 ? [...versions.values()].sort((a, b) => a.date.start.localeCompare(b.date.start)) : [];
  return {
    id: slugify(`${c.date.start} ${title}`, 90),
    date: c.date,
    status: statusOf(mentions, c.date, ctx),
    title,
    summary: informative.quote,
    actors,
    places,
    mentions,
    links: c.links,
    disagreements,
  };
}

const info = (m: EventMention): number =>
  m.actors.length * 2 +
  m.places.length +
  m.triggers.length +
  (m.dateSource === 'sentence' ? 2 : 0) -
  m.quote.length / 400;

function clip(text: string): string {
  const words = text.replace(/[“”"]/g, '').split(/\s+/);
  return words.length <= 10 ? text : `${words.slice(0, 10).join(' ')}…`;
}

// The latest source knows best whether it has happened, judged on the mentions that date it
// themselves; and nothing dated after every source was written can have happened yet.
function statusOf(mentions: EventMention[], date: DateSpan, ctx: MergeContext): Status {
  const dateOf = (m: EventMention): string => ctx.articles.get(m.article)?.publication.date ?? '';
  const own = mentions.filter(ownDated);
  const judged = own.length ? own : mentions;
  const latest = judged.reduce((max, m) => (dateOf(m) > max ? dateOf(m) : max), '');
  // A yearless date is after no publication day: its year is not known.
  if (latest && yearKnown(date) && bounds(date)[0] > latest) return 'planned';
  const current = judged.filter((m) => dateOf(m) === latest);
  return current.some((m) => m.status === 'happened') ? 'happened' : 'planned';
}

/** Events with ids made unique by a numeric suffix, in order. */
export function uniqueIds(events: TimelineEvent[]): TimelineEvent[] {
  const seen = new Map<string, number>();
  return events.map((e) => {
    const n = seen.get(e.id) ?? 0;
    seen.set(e.id, n + 1);
    return n === 0 ? e : { ...e, id: `${e.id}-${n + 1}` };
  });
}
