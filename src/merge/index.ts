/**
 * The merge stage: mentions of the same occurrence, from several sources or twice in one,
 * become one event. Blocking keeps it near-linear: a mention is only compared with events
 * in its own date window (month or year) or, when undated, with events sharing an actor or
 * place. Every merge keeps its evidence, and every rejected candidate its score.
 */
import type { Actor, Article, DateSpan, EventMention, MergeLink, Place, Status, TimelineEvent } from '../types.ts';
import { inverseDocumentFrequency, termVector, type TermVector } from '../lib/similarity/index.ts';
import { slugify } from '../lib/slug/index.ts';
import { type PairScore, dateRelation, scorePair } from './score.ts';
import { headline } from './headline.ts';

/** What merging needs besides the mentions. */
export interface MergeContext {
  /** Articles by id, for publication dates (the latest source decides status). */
  articles: Map<string, Article>;
  /** Actors by id, for headlines. */
  actors: Map<string, Actor>;
  /** Places by id, for headlines. */
  places: Map<string, Place>;
}

/** A candidate event a mention was compared with and not merged into. */
export interface Rejection {
  /** The mention. */
  mention: string;
  /** A mention of the candidate event it was compared with. */
  candidate: string;
  /** The comparison. */
  score: PairScore;
  /** Why it was not merged. */
  reason: string;
}

/** The merge result: events, mentions left undated, and the rejected candidates. */
export interface MergeResult {
  /** Events with provisional ids (publish assigns permanent ones). */
  events: TimelineEvent[];
  /** Mentions that could not be dated: listed on their source pages only. */
  undated: EventMention[];
  /** Candidates considered and rejected, for `explain`. */
  rejections: Rejection[];
}

/** Minimum score for a dated mention to join an event. */
export const MERGE_THRESHOLD = 0.5;
/** Minimum score for an undated mention to join (and take the date of) an event. */
export const ATTACH_THRESHOLD = 0.42;

interface Cluster {
  mentions: EventMention[];
  date: DateSpan;
  links: MergeLink[];
}

const PRECISION_RANK = { day: 0, month: 1, year: 2 } as const;

/** Window keys of a date: its year, and for finer dates each month it touches. */
function windowKeys(date: DateSpan): string[] {
  const keys = new Set<string>();
  const y0 = Number(date.start.slice(0, 4));
  const y1 = Number(date.end.slice(0, 4));
  for (let y = y0; y <= y1 && y - y0 < 20; y++) keys.add(`Y${y}`);
  return [...keys];
}

/** Merge mentions into events. */
export function mergeMentions(mentions: EventMention[], ctx: MergeContext): MergeResult {
  const idf = inverseDocumentFrequency(mentions.map((m) => m.terms));
  const vectors = new Map<string, TermVector>(mentions.map((m) => [m.id, termVector(m.terms)]));
  const clusters: Cluster[] = [];
  const byWindow = new Map<string, number[]>();
  const byName = new Map<string, number[]>();
  const clusterOf = new Map<string, number>();
  const rejections: Rejection[] = [];

  const index = (map: Map<string, number[]>, key: string, c: number): void => {
    const list = map.get(key) ?? [];
    if (!list.includes(c)) list.push(c);
    map.set(key, list);
  };
  const add = (c: number, m: EventMention): void => {
    clusters[c]!.mentions.push(m);
    clusterOf.set(m.id, c);
    if (m.date) for (const k of windowKeys(m.date)) index(byWindow, k, c);
    for (const a of m.actors) index(byName, `a:${a}`, c);
    for (const p of m.places) index(byName, `p:${p}`, c);
  };
  const best = (m: EventMention, candidates: number[], dated: boolean): { c: number; score: PairScore; with: string } | null => {
    let found: { c: number; score: PairScore; with: string } | null = null;
    for (const c of [...new Set(candidates)].sort((a, b) => a - b)) {
      const cluster = clusters[c]!;
      if (dated && m.date && dateRelation(m.date, cluster.date) === 'none') continue;
      let top: { score: PairScore; with: string } | null = null;
      for (const other of cluster.mentions) {
        if (other.article === m.article && other.sentence === m.sentence) continue;
        const s = scorePair(m, other, vectors.get(m.id)!, vectors.get(other.id)!, idf);
        if (!top || s.score > top.score.score) top = { score: s, with: other.id };
      }
      if (!top) continue;
      const reason = acceptance(top.score, dated);
      if (reason !== null) {
        rejections.push({ mention: m.id, candidate: top.with, score: top.score, reason });
        continue;
      }
      if (!found || top.score.score > found.score.score) found = { c, ...top };
    }
    return found;
  };
  const place = (m: EventMention, date: DateSpan): void => {
    const candidates = windowKeys(date).flatMap((k) => byWindow.get(k) ?? []);
    const match = best({ ...m, date }, candidates, true);
    if (match) {
      clusters[match.c]!.links.push(link(m, match.with, match.score, dateRelation(date, clusters[match.c]!.date) === 'same' ? 'same' : 'contained'));
      add(match.c, { ...m, date });
    } else {
      clusters.push({ mentions: [], date, links: [] });
      add(clusters.length - 1, { ...m, date });
    }
  };

  const dated = mentions
    .filter((m) => m.date !== null)
    .sort((a, b) => PRECISION_RANK[a.date!.precision] - PRECISION_RANK[b.date!.precision] || compareMentions(a, b));
  for (const m of dated) place(m, m.date!);

  // Undated mentions join the event they clearly report, and take its date.
  const undated: EventMention[] = [];
  const tied: EventMention[] = [];
  for (const m of mentions.filter((x) => x.date === null).sort(compareMentions)) {
    const candidates = [...m.actors.map((a) => `a:${a}`), ...m.places.map((p) => `p:${p}`)].flatMap((k) => byName.get(k) ?? []);
    const match = best(m, candidates, false);
    if (match) {
      const cluster = clusters[match.c]!;
      cluster.links.push(link(m, match.with, match.score, 'inherited'));
      add(match.c, { ...m, date: cluster.date, dateSource: 'merge', dateText: null });
    } else if (m.tiedTo) {
      tied.push(m);
    } else {
      undated.push(m);
    }
  }
  // "At the end of the meeting, …": the time of the sentence before, once that has a date.
  for (const m of tied) {
    const c = clusterOf.get(m.tiedTo!);
    if (c === undefined) {
      undated.push(m);
      continue;
    }
    place({ ...m, dateSource: 'paragraph', dateText: null }, clusters[c]!.date);
  }

  const events = clusters.map((c) => finish(c, ctx)).sort((a, b) => a.date.start.localeCompare(b.date.start) || a.id.localeCompare(b.id));
  return { events: uniqueIds(events), undated: undated.sort(compareMentions), rejections };
}

/** Why a comparison does not allow a merge, or null when it does. */
function acceptance(s: PairScore, dated: boolean): string | null {
  const shared = s.sharedActors.length + s.sharedPlaces.length;
  if (dated) {
    if (shared === 0 && s.similarity < 0.5) return 'no shared actor or place, and different words';
    if (!s.sameKind && s.similarity < 0.3) return 'different kinds of event';
    if (s.score < MERGE_THRESHOLD) return `score ${s.score} below ${MERGE_THRESHOLD}`;
    return null;
  }
  if (s.sharedActors.length === 0 && s.similarity < 0.45) return 'undated, and no shared actor';
  if (!s.sameKind && s.similarity < 0.35) return 'undated, and a different kind of event';
  if (s.score < ATTACH_THRESHOLD) return `score ${s.score} below ${ATTACH_THRESHOLD}`;
  return null;
}

function link(m: EventMention, withId: string, s: PairScore, date: MergeLink['date']): MergeLink {
  return { mention: m.id, with: withId, score: s.score, date, sharedActors: s.sharedActors, sharedPlaces: s.sharedPlaces, similarity: s.similarity };
}

/** Stable order: article id, sentence, mention id. */
export function compareMentions(a: EventMention, b: EventMention): number {
  return a.article < b.article ? -1 : a.article > b.article ? 1 : a.sentence - b.sentence || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
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

function finish(c: Cluster, ctx: MergeContext): TimelineEvent {
  const mentions = [...c.mentions].sort(compareMentions);
  const actors = rankByCount(mentions.map((m) => m.actors));
  const places = rankByCount(mentions.map((m) => m.places));
  const own = mentions.filter((m) => m.dateSource === 'sentence' || m.dateSource === 'embed' || m.dateSource === 'anchor');
  const informative = [...(own.length ? own : mentions)].sort((a, b) => info(b) - info(a) || compareMentions(a, b))[0]!;
  const title = headline([informative, ...mentions], actors, places, ctx) ?? clip(informative.quote);
  // Sources differ when two of them date it differently at the same precision.
  const versions = new Map<string, { date: DateSpan; mentions: string[] }>();
  for (const m of own) {
    if (!m.date || m.date.precision !== c.date.precision) continue;
    const key = `${m.date.start}/${m.date.end}`;
    const v = versions.get(key) ?? { date: m.date, mentions: [] };
    v.mentions.push(m.id);
    versions.set(key, v);
  }
  const disagreements = versions.size > 1 ? [...versions.values()].sort((a, b) => a.date.start.localeCompare(b.date.start)) : [];
  return {
    id: slugify(`${c.date.start} ${title}`, 90),
    date: c.date,
    status: statusOf(mentions, ctx),
    title,
    summary: informative.quote,
    actors,
    places,
    mentions,
    links: c.links,
    disagreements,
  };
}

const info = (m: EventMention): number => m.actors.length * 2 + m.places.length + m.triggers.length + (m.dateSource === 'sentence' ? 2 : 0) - m.quote.length / 400;

function clip(text: string): string {
  const words = text.replace(/[“”"]/g, '').split(/\s+/);
  return words.length <= 10 ? text : `${words.slice(0, 10).join(' ')}…`;
}

// The latest source knows best whether it has happened.
function statusOf(mentions: EventMention[], ctx: MergeContext): Status {
  const dateOf = (m: EventMention): string => ctx.articles.get(m.article)?.publication.date ?? '';
  const latest = mentions.reduce((max, m) => (dateOf(m) > max ? dateOf(m) : max), '');
  const current = mentions.filter((m) => dateOf(m) === latest);
  return current.some((m) => m.status === 'happened') ? 'happened' : 'planned';
}

function uniqueIds(events: TimelineEvent[]): TimelineEvent[] {
  const seen = new Map<string, number>();
  return events.map((e) => {
    const n = seen.get(e.id) ?? 0;
    seen.set(e.id, n + 1);
    return n === 0 ? e : { ...e, id: `${e.id}-${n + 1}` };
  });
}
