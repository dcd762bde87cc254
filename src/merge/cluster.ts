/**
 * The merge stage's shared state: the events built so far (clusters of mentions), the blocks
 * that index them by date window and by name, and the evidence each join leaves.
 */
import type { Actor, Article, DateSpan, EventMention, MergeLink, Place, TimelineEvent } from '../types.ts';
import type { PairScore } from './score.ts';
import { kinds } from './score.ts';
import { windowKeys } from './windows.ts';

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
  /** Id of the acceptance rule that refused it. */
  rule: string;
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

/** Mentions grouped so far, with the date they share. */
export interface Cluster {
  /** Its mentions so far. */
  mentions: EventMention[];
  /** The date they share (the first, most precise mention's). */
  date: DateSpan;
  /** Why each mention joined. */
  links: MergeLink[];
}

// A block holding hundreds of events (one actor, one busy month) is capped to its most recent
// ones: the merge stays near-linear, and an older match is rare.
const MAX_CANDIDATES = 60;
// Rejections kept per mention for `explain`: the first few say why; more is noise.
const MAX_REJECTIONS = 5;

/** A link a rule decided rather than a score: nothing shared unless said, similarity not weighed. */
export function ruleLink(
  link: Pick<MergeLink, 'mention' | 'with' | 'date' | 'why' | 'rule'> & Partial<MergeLink>,
): MergeLink {
  return { score: 0, sharedActors: [], sharedPlaces: [], similarity: 0, ...link };
}

/** The names and kinds a mention is blocked by: its actors, places and kinds of event. */
export function blockNames(m: EventMention, withKinds = true): string[] {
  const names = [...m.actors.map((a) => `a:${a}`), ...m.places.map((p) => `p:${p}`)];
  return withKinds ? [...names, ...[...kinds(m)].map((k) => `k:${k}`)] : names;
}

/** The events built so far, indexed for blocking. */
export class Clusters {
  readonly list: Cluster[] = [];
  readonly rejections: Rejection[] = [];
  private readonly blocks = new Map<string, Set<number>>();
  private readonly byArticle = new Map<string, Set<number>>();
  private readonly clusterOf = new Map<string, number>();
  private readonly rejectedOf = new Map<string, number>();

  /** The cluster a mention joined, if any. */
  of(mentionId: string): number | undefined {
    return this.clusterOf.get(mentionId);
  }

  /** Whether an article reports a cluster. */
  reports(article: string, c: number): boolean {
    return this.byArticle.get(article)?.has(c) ?? false;
  }

  /** The clusters an article reports, in order of creation. */
  ofArticle(article: string): number[] {
    return [...(this.byArticle.get(article) ?? [])].sort((a, b) => a - b);
  }

  /** The clusters filed under a block key. */
  block(key: string): Set<number> {
    return this.blocks.get(key) ?? new Set();
  }

  /** Start a new cluster with a mention. */
  open(m: EventMention & { date: DateSpan }): number {
    this.list.push({ mentions: [], date: m.date, links: [] });
    this.add(this.list.length - 1, m);
    return this.list.length - 1;
  }

  /** Add a mention to a cluster and file the cluster under the mention's blocks. */
  add(c: number, m: EventMention): void {
    this.list[c]!.mentions.push(m);
    this.clusterOf.set(m.id, c);
    const own = this.byArticle.get(m.article) ?? new Set<number>();
    this.byArticle.set(m.article, own);
    own.add(c);
    const names = blockNames(m);
    const windows = m.date ? windowKeys(m.date) : [];
    if (m.date && m.date.precision !== 'year') {
      windows.push(
        ...windowKeys({ ...m.date, precision: 'year', start: m.date.start.slice(0, 4), end: m.date.end.slice(0, 4) }),
      );
    }
    for (const w of windows) for (const n of [...names, '*']) this.file(`${w}|${n}`, c);
    for (const n of names) this.file(`*|${n}`, c);
  }

  private file(key: string, c: number): void {
    const set = this.blocks.get(key) ?? new Set<number>();
    this.blocks.set(key, set);
    set.add(c);
  }

  /** An undated mention joins a cluster and takes its date, with the rule that decided it. */
  attach(
    c: number,
    m: EventMention,
    join: { with: string; why: string; rule: string; source?: EventMention['dateSource']; score?: number },
  ): void {
    const cluster = this.list[c]!;
    const sharedActors = m.actors.filter((a) => cluster.mentions.some((x) => x.actors.includes(a)));
    const sharedPlaces = m.places.filter((p) => cluster.mentions.some((x) => x.places.includes(p)));
    const { with: withId, why, rule, source = 'merge', score = 0 } = join;
    cluster.links.push(
      ruleLink({ mention: m.id, with: withId, score, date: 'inherited', sharedActors, sharedPlaces, why, rule }),
    );
    this.add(c, { ...m, date: cluster.date, dateSource: source, dateText: null });
  }

  /** Clusters filed under any window × name pair, capped to the most recent. */
  lookup(windows: string[], names: string[]): number[] {
    const out = new Set<number>();
    for (const w of windows) for (const n of names) for (const c of this.blocks.get(`${w}|${n}`) ?? []) out.add(c);
    const all = [...out];
    return all.length <= MAX_CANDIDATES ? all : all.sort((a, b) => b - a).slice(0, MAX_CANDIDATES);
  }

  /** Record a refused candidate, a few per mention. */
  reject(r: Rejection): void {
    const n = this.rejectedOf.get(r.mention) ?? 0;
    if (n < MAX_REJECTIONS) this.rejections.push(r);
    this.rejectedOf.set(r.mention, n + 1);
  }
}

/** A merge link from a scored comparison. */
export function scoredLink(
  m: EventMention,
  match: { with: string; score: PairScore; accepted: string | null },
  date: MergeLink['date'],
  why: string,
  rule: string,
): MergeLink {
  const s = match.score;
  const link: MergeLink = {
    mention: m.id,
    with: match.with,
    score: s.score,
    date,
    sharedActors: s.sharedActors,
    sharedPlaces: s.sharedPlaces,
    similarity: s.similarity,
    why,
    rule,
  };
  return match.accepted ? { ...link, accepted: match.accepted } : link;
}
