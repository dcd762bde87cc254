/**
 * The merge stage: mentions of the same occurrence, from several sources or twice in one,
 * become one event. Blocking keeps it near-linear: a mention is only compared with events
 * in its own date window (month or year) or, when undated, with events sharing an actor or
 * place. Every merge keeps its evidence, and every rejected candidate its score.
 */
import type { Actor, Article, DateSpan, EventMention, MergeLink, Place, TimelineEvent } from '../types.ts';
import { inverseDocumentFrequency, termVector, type TermVector } from '../lib/similarity/index.ts';
import { type PairScore, bounds, dateRelation, kinds, scorePair, vague } from './score.ts';
import { compareMentions, finish, uniqueIds } from './event.ts';
import { ASIDE, PAST, TOPIC, foldName, namedEvent } from './cues.ts';
import { windowKeys } from './windows.ts';
import { BROAD, acceptance, nearWindows, nearness, topicOf } from './rules.ts';

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

export { ATTACH_THRESHOLD, MERGE_THRESHOLD } from './rules.ts';

/** Mentions grouped so far, with the date they share. */
export interface Cluster {
  /** Its mentions so far. */
  mentions: EventMention[];
  /** The date they share (the first, most precise mention's). */
  date: DateSpan;
  /** Why each mention joined. */
  links: MergeLink[];
}

const PRECISION_RANK = { day: 0, month: 1, year: 2 } as const;

/**
 * The names and kinds a dated mention is blocked by: its actors and places, and its kinds of
 * event, since a war or a treaty is often the same occurrence whoever is named beside it.
 */
function blockNames(m: EventMention): string[] {
  return [...m.actors.map((a) => `a:${a}`), ...m.places.map((p) => `p:${p}`), ...[...kinds(m)].map((k) => `k:${k}`)];
}

// Comparing with a bounded sample of a large event keeps the cost per mention constant.
const SAMPLE = 30;
const MAX_REJECTIONS = 5;
const MAX_CANDIDATES = 60;

/** Merge mentions into events. */
export function mergeMentions(mentions: EventMention[], ctx: MergeContext): MergeResult {
  const idf = inverseDocumentFrequency(mentions.map((m) => m.terms));
  const broad = (id: string): boolean => BROAD.has(ctx.places.get(id)?.kind ?? '');
  const publishedOn = (article: string): string | null => ctx.articles.get(article)?.publication.date ?? null;
  const placeKind = (id: string): string => ctx.places.get(id)?.kind ?? 'place';
  const vectors = new Map<string, TermVector>(mentions.map((m) => [m.id, termVector(m.terms)]));
  const clusters: Cluster[] = [];
  const blocks = new Map<string, Set<number>>();
  const byArticle = new Map<string, Set<number>>();
  const clusterOf = new Map<string, number>();
  const rejections: Rejection[] = [];
  const rejectedOf = new Map<string, number>();

  const index = (key: string, c: number): void => {
    let set = blocks.get(key);
    if (!set) blocks.set(key, (set = new Set()));
    set.add(c);
  };
  const add = (c: number, m: EventMention): void => {
    clusters[c]!.mentions.push(m);
    clusterOf.set(m.id, c);
    let own = byArticle.get(m.article);
    if (!own) byArticle.set(m.article, (own = new Set()));
    own.add(c);
    const names = [...m.actors.map((a) => `a:${a}`), ...m.places.map((p) => `p:${p}`), ...[...kinds(m)].map((k) => `k:${k}`)];
    const windows = m.date ? windowKeys(m.date) : [];
    if (m.date && m.date.precision !== 'year') windows.push(...windowKeys({ ...m.date, precision: 'year', start: m.date.start.slice(0, 4), end: m.date.end.slice(0, 4) }));
    for (const w of windows) for (const n of [...names, '*']) index(`${w}|${n}`, c);
    for (const n of names) index(`*|${n}`, c);
  };
  // An undated mention joins an event and takes its date, with the rule that decided it.
  const attach = (c: number, m: EventMention, withId: string, why: string, source: EventMention['dateSource'] = 'merge', score = 0): void => {
    const cluster = clusters[c]!;
    const sharedActors = m.actors.filter((a) => cluster.mentions.some((x) => x.actors.includes(a)));
    const sharedPlaces = m.places.filter((p) => cluster.mentions.some((x) => x.places.includes(p)));
    cluster.links.push({ mention: m.id, with: withId, score, date: 'inherited', sharedActors, sharedPlaces, similarity: 0, why });
    add(c, { ...m, date: cluster.date, dateSource: source, dateText: null });
  };
  // A block holding hundreds of events (one actor, one busy month) is capped to its most
  // recent ones: the merge stays near-linear, and an older match is rare.
  const lookup = (windows: string[], names: string[]): number[] => {
    const out = new Set<number>();
    for (const w of windows) for (const n of names) for (const c of blocks.get(`${w}|${n}`) ?? []) out.add(c);
    const all = [...out];
    return all.length <= MAX_CANDIDATES ? all : all.sort((a, b) => b - a).slice(0, MAX_CANDIDATES);
  };
  const best = (m: EventMention, candidates: number[], dated: boolean, published: string | null = null): { c: number; score: PairScore; with: string } | null => {
    let found: { c: number; score: PairScore; with: string; rank: number } | null = null;
    for (const c of candidates.sort((a, b) => a - b)) {
      const cluster = clusters[c]!;
      if (dated && m.date && dateRelation(m.date, cluster.date) === 'none') continue;
      // A clause split off by its own date reports another event than the rest of its sentence.
      if (cluster.mentions.some((x) => x.article === m.article && x.sentence === m.sentence && (x.dateSource === 'sentence') !== (m.dateSource === 'sentence'))) continue;
      // The best pair the rules accept decides; when none is accepted, the best rejected one is recorded.
      let top: { score: PairScore; with: string } | null = null;
      let refused: { score: PairScore; with: string; reason: string } | null = null;
      const near = dated ? 0 : nearness(cluster.date, published);
      const sample = cluster.mentions.length <= SAMPLE ? cluster.mentions : [...cluster.mentions.slice(0, 10), ...cluster.mentions.slice(-(SAMPLE - 10))];
      for (const other of sample) {
        if (other.article === m.article && other.sentence === m.sentence) continue;
        const s = scorePair(m, other, vectors.get(m.id)!, vectors.get(other.id)!, idf, broad, publishedOn, placeKind);
        const why = acceptance(s, dated, near);
        if (why === null) {
          if (!top || s.score > top.score.score) top = { score: s, with: other.id };
        } else if (!refused || s.score > refused.score.score) {
          refused = { score: s, with: other.id, reason: why };
        }
      }
      if (!top) {
        if (!refused) continue;
        const n = rejectedOf.get(m.id) ?? 0;
        if (n < MAX_REJECTIONS) rejections.push({ mention: m.id, candidate: refused.with, score: refused.score, reason: refused.reason });
        rejectedOf.set(m.id, n + 1);
        continue;
      }
      // Among acceptable events, one its own article reports comes first: articles circle one story.
      const rank = top.score.score + (byArticle.get(m.article)?.has(c) ? 0.1 : 0);
      if (!found || rank > found.rank) found = { c, ...top, rank };
    }
    return found;
  };
  const place = (m: EventMention, date: DateSpan): void => {
    if (m.weak) {
      joinSameDay(m, date);
      return;
    }
    // "There, the ministers discussed…": the occasion of the sentence before.
    const scene = m.continues ? clusterOf.get(m.continues) : undefined;
    if (scene !== undefined && dateRelation(date, clusters[scene]!.date) !== 'none') {
      clusters[scene]!.links.push({ mention: m.id, with: m.continues!, score: 1, date: 'same', sharedActors: [], sharedPlaces: [], similarity: 0, why: 'the same occasion as the sentence before ("There, …", "During the meeting, …")' });
      add(scene, { ...m, date: clusters[scene]!.date });
      return;
    }
    const match = best({ ...m, date }, lookup(windowKeys(date), blockNames(m)), true);
    if (match) {
      const cluster = clusters[match.c]!;
      cluster.links.push(link(m, match.with, match.score, dateRelation(date, cluster.date) === 'same' ? 'same' : 'contained', 'compatible dates, and the rules accepted the pair'));
      // "May 30" and "May 30–31" are one event that took two days: it spans the range.
      const [from, to] = bounds(cluster.date);
      if (date.precision === 'day' && cluster.date.precision === 'day' && date.start <= from && to <= date.end && date.start !== date.end && !vague(date)) cluster.date = date;
      // "next week" and "June 8–9" are one summit on June 8–9.
      else if (vague(cluster.date) && cluster.date.precision === 'day' && date.precision === 'day' && !vague(date) && from <= date.start && date.end <= to) cluster.date = date;
      add(match.c, { ...m, date });
    } else {
      clusters.push({ mentions: [], date, links: [] });
      add(clusters.length - 1, { ...m, date });
    }
  };

  // "Thank you for the results on May 16": a sentence naming nothing but a date belongs to the
  // one event of that date its article reports, else to the one event of that date anywhere.
  const joinSameDay = (m: EventMention, date: DateSpan): void => {
    const sameDate = [...(blocks.get(`${windowKeys(date)[0]}|*`) ?? [])].filter((c) => dateRelation(date, clusters[c]!.date) === 'same');
    const own = sameDate.filter((c) => byArticle.get(m.article)?.has(c));
    const only = own.length === 1 ? own[0] : own.length === 0 && sameDate.length === 1 ? sameDate[0] : undefined;
    if (only === undefined) return;
    const anchor = clusters[only]!.mentions[0]!;
    clusters[only]!.links.push({ mention: m.id, with: anchor.id, score: 0, date: 'same', sharedActors: [], sharedPlaces: [], similarity: 0, why: own.length === 1 ? 'names nothing but a day: the one event of that day its article reports' : 'names nothing but a day: the one event of that day any source reports' });
    add(only, { ...m, date });
  };

  const dated = mentions
    .filter((m) => m.date !== null)
    // Precise dates first; among them, reports that name who and where found the events that
    // vaguer ones ("the two leaders will meet on June 12") then join.
    .sort((a, b) => PRECISION_RANK[a.date!.precision] - PRECISION_RANK[b.date!.precision] || named(b) - named(a) || compareMentions(a, b));
  // Nameless dated sentences last, once the events they could belong to exist.
  for (const m of dated) if (!m.weak) place(m, m.date!);
  for (const m of dated) if (m.weak) place(m, m.date!);

  // Undated mentions join the event they clearly report, and take its date. Those that go on
  // about the sentence before them wait for it; headlines look first at their own article.
  const undated: EventMention[] = [];
  const tied: EventMention[] = [];
  const continuing: EventMention[] = [];
  const pubOf = (m: EventMention): string | null => ctx.articles.get(m.article)?.publication.date ?? null;
  const byId = new Map(mentions.map((m) => [m.id, m]));
  // The clauses of each sentence, to find a mention's siblings without scanning every mention.
  const bySentence = new Map<string, EventMention[]>();
  for (const m of mentions) {
    const key = `${m.article}|${m.sentence}`;
    const list = bySentence.get(key);
    if (list) list.push(m);
    else bySentence.set(key, [m]);
  }
  const siblingsOf = (m: EventMention): EventMention[] => bySentence.get(`${m.article}|${m.sentence}`) ?? [];
  for (const m of mentions.filter((x) => x.date === null).sort(compareMentions)) {
    // "These efforts…" in a new paragraph rarely points back to a background event years
    // before the article; within one paragraph (a quotation going on) it does.
    const target = m.continues ? clusterOf.get(m.continues) : undefined;
    const sameParagraph = m.continues !== null && byId.get(m.continues)?.paragraph === m.paragraph;
    if (m.continues && (target === undefined || sameParagraph || nearness(clusters[target]!.date, pubOf(m)) >= 0)) {
      continuing.push(m);
      continue;
    }
    if (m.weak) {
      undated.push(m);
      continue;
    }
    const names = [...m.actors.map((a) => `a:${a}`), ...m.places.map((p) => `p:${p}`)];
    let candidates = lookup(nearWindows(pubOf(m)), names);
    if (m.origin === 'headline') {
      const own = candidates.filter((c) => byArticle.get(m.article)?.has(c));
      if (own.length) candidates = own;
    }
    // "the Black Sea Initiative", "Operation Spider Web": an event called by its name is the
    // event a dated report calls by that name, whenever it was; that outweighs resemblance.
    const named = namedEvent(m.quote.slice(m.clause[0], m.clause[1]));
    const calls = (x: EventMention): boolean => (x.dateSource === 'sentence' || x.dateSource === 'anchor') && foldName(x.quote).includes(named!);
    const namesake = named ? lookup(['*'], [...names, ...[...kinds(m)].map((k) => `k:${k}`)]).find((c) => clusters[c]!.mentions.some(calls)) : undefined;
    // Otherwise the best acceptable event near the article's day; a clause that looks back
    // ("their previous…", "earlier") may reach an event of any year.
    const match = namesake !== undefined ? null : (best(m, candidates, false, pubOf(m)) ?? (PAST.test(m.quote.slice(m.clause[0], m.clause[1])) ? best(m, lookup(['*'], names), false) : null));
    if (namesake !== undefined) {
      attach(namesake, m, clusters[namesake]!.mentions.find(calls)!.id, `undated: it calls the event by its name, as a dated report does (“${named}”)`);
    } else if (match) {
      const cluster = clusters[match.c]!;
      cluster.links.push(link(m, match.with, match.score, 'inherited', 'undated: it shares names and words with the event, and the rules accepted the pair'));
      add(match.c, { ...m, date: cluster.date, dateSource: 'merge', dateText: null });
    } else if (m.tiedTo) {
      tied.push(m);
    } else {
      undated.push(m);
    }
  }
  // Last, an undated sentence that shares an actor, place or kind of event with its own
  // article's main current event is taken to report it: news articles circle one story.
  const topical: EventMention[] = [];
  for (const m of undated.splice(0)) {
    const own = [...(byArticle.get(m.article) ?? [])].sort((a, b) => a - b);
    // A clause that names nothing, beside a dated clause of its own sentence, goes with it.
    // Not beside "as was the case in March 2022" or "since the onset of the war": those name another event.
    const sibling = m.weak ? siblingsOf(m).find((x) => x.id !== m.id && x.date !== null && clusterOf.has(x.id) && !ASIDE.test(x.quote.slice(x.clause[0], x.clause[1]))) : undefined;
    // Failing its own article's events, the event of the article's own day that others report:
    // a live page's "The ship has been freed" is the refloating a wire dates that day.
    const sameDay = (): number[] => {
      const day = pubOf(m);
      if (!day) return [];
      return lookup(windowKeys({ start: day, end: day, precision: 'day' }), [...kinds(m)].map((k) => `k:${k}`)).filter((c) => {
        const [from, to] = bounds(clusters[c]!.date);
        return clusters[c]!.date.precision === 'day' && from <= day && day <= to;
      });
    };
    const c = sibling ? clusterOf.get(sibling.id)! : (topicOf(m, own, clusters, ctx) ?? topicOf(m, sameDay(), clusters, ctx, true));
    if (c === null) {
      if (!m.weak) topical.push(m);
      continue;
    }
    const cluster = clusters[c]!;
    const anchor = cluster.mentions.find((x) => x.article === m.article) ?? cluster.mentions[0]!;
    attach(c, m, anchor.id, sibling ? 'names nothing of its own: it goes with the dated clause of its sentence' : anchor.article === m.article ? TOPIC : 'undated: the event of its article\'s day that other sources report, of the same kind');
  }
  for (const m of topical) undated.push(m);
  // "He also underlined…", "The exchange was executed…": the event of the sentence before.
  for (const m of continuing) {
    // When the clause it goes on from found no event, the rest of that sentence may have.
    const target = byId.get(m.continues!);
    const sibling = target ? siblingsOf(target).find((x) => clusterOf.has(x.id)) : undefined;
    const c = clusterOf.get(m.continues!) ?? (sibling ? clusterOf.get(sibling.id) : undefined);
    if (c === undefined) {
      // What it goes on from found no event: it may still report one its article dates.
      const topic = m.triggers.length ? topicOf({ ...m, weak: m.actors.length + m.places.length === 0 }, [...(byArticle.get(m.article) ?? [])].sort((a, b) => a - b), clusters, ctx) : null;
      if (topic === null) {
        if (!m.weak) undated.push(m);
        continue;
      }
      attach(topic, m, clusters[topic]!.mentions.find((x) => x.article === m.article)?.id ?? clusters[topic]!.mentions[0]!.id, TOPIC);
      continue;
    }
    attach(c, m, m.continues!, 'goes on about the sentence before ("He also…", "These talks…", a quotation going on)', 'paragraph', 1);
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

function link(m: EventMention, withId: string, s: PairScore, date: MergeLink['date'], why: string): MergeLink {
  return { mention: m.id, with: withId, score: s.score, date, sharedActors: s.sharedActors, sharedPlaces: s.sharedPlaces, similarity: s.similarity, why };
}

const named = (m: EventMention): number => Math.min(m.actors.length + m.places.length, 3);

export { compareMentions } from './event.ts';
