/**
 * How alike two mentions are: date compatibility, shared actors and places, shared event
 * words and text similarity, combined into one score with every part kept for the record.
 */
import type { DateSpan, EventMention } from '../types.ts';
import { cosine, type TermVector } from '../lib/similarity/index.ts';
import { daysBetween } from '../lib/dates/calendar.ts';
import { headlineVerb } from '../lib/lexicon/event-words.ts';
import {
  BEGINNING_WORDS,
  EVENT_KIND,
  GENERIC_KINDS,
  LANDMARK_KINDS,
  SPEECH_KIND,
  WAR_WORDS,
} from '../lib/lexicon/event-kinds.ts';

/** The parts of a comparison, kept so that a merge can be explained. */
export interface PairScore {
  /** Combined score, 0–1. */
  score: number;
  /** same, contained (one date inside the other), or none. */
  date: 'same' | 'contained' | 'none';
  /** Actors both name. */
  sharedActors: string[];
  /** Places both name. */
  sharedPlaces: string[];
  /** Cosine similarity of their words, 0–1. */
  similarity: number;
  /** Whether they use the same kind of event word. */
  sameKind: boolean;
  /** Whether they come from the same article. */
  sameArticle: boolean;
  /** Whether they agree on happened or planned. */
  sameStatus: boolean;
  /** Whether either date is coarser than a day ("in May", "late June"). */
  coarse: boolean;
  /** Whether they share a kind that names one landmark occurrence (a war, an invasion, a treaty). */
  landmark: boolean;
  /** Whether both name places, or both name actors, and none is shared: a sign of two occurrences. */
  conflicting: boolean;
  /** Whether they share a kind more telling than war, statement or beginning. */
  specificKind: boolean;
  /** Whether one of them reports what somebody said or told someone. */
  speech: boolean;
  /** Whether both were written on the same day (or in one article): then they agree on what has happened. */
  sameDay: boolean;
  /** Whether the one still planned was written before the one that says it happened, as plans come before news. */
  plannedFirst: boolean;
}

/** The first and last day a span covers, as comparable strings. */
export function bounds(date: DateSpan): [string, string] {
  const first =
    date.precision === 'day' ? date.start : date.precision === 'month' ? `${date.start}-01` : `${date.start}-01-01`;
  const last =
    date.precision === 'day' ? date.end : date.precision === 'month' ? `${date.end}-31` : `${date.end}-12-31`;
  return [first, last];
}

// A span of more than three days ("next week", "this month") no longer names one occasion's day.
const VAGUE_AFTER_DAYS = 3;

/** Whether a date is coarser than a day or two: a month, a year, "next week". */
export function vague(date: DateSpan): boolean {
  if (date.precision !== 'day') return true;
  return daysBetween(date.start, date.end) > VAGUE_AFTER_DAYS;
}

/** Whether two dates can name the same occurrence: equal, or one within the other. */
export function dateRelation(a: DateSpan, b: DateSpan): 'same' | 'contained' | 'none' {
  if (a.start === b.start && a.end === b.end && a.precision === b.precision) return 'same';
  const [a0, a1] = bounds(a);
  const [b0, b1] = bounds(b);
  if ((a0 >= b0 && a1 <= b1) || (b0 >= a0 && b1 <= a1)) return 'contained';
  return 'none';
}

/** The kinds of a mention that tell one occurrence from another: not war, speech or beginnings. */
export const tellingKinds = (m: EventMention): Set<string> =>
  new Set([...kinds(m)].filter((k) => k !== SPEECH_KIND && !GENERIC_KINDS.has(k)));

/** The kinds of event a mention's words name; a war that "began" names its outbreak, like "the invasion". */
export const kinds = (m: EventMention): Set<string> => {
  const out = new Set(m.triggers.map(headlineVerb).map((k) => EVENT_KIND[k] ?? k));
  if (m.triggers.some((t) => WAR_WORDS.has(t)) && m.triggers.some((t) => BEGINNING_WORDS.has(t))) out.add('invasion');
  return out;
};

/**
 * The places of a mention that tell where it happened: a city or a venue says more than the
 * countries every sentence of the story names; countries count only when nothing finer is named.
 */
function telling(places: string[], broad: (id: string) => boolean): string[] {
  const fine = places.filter((p) => !broad(p));
  return fine.length ? fine : places;
}

/** The weights of a pair score; they sum to 1 before the bonuses, so a score reads as a share of agreement. */
const WEIGHT = {
  // The same day is strong evidence of one occurrence, but news reports many events a day.
  date: 0.25,
  // Who takes part is the surest sign of one occurrence.
  actors: 0.25,
  // Places are shared by many events of one story, so they count less.
  places: 0.15,
  // The words of two reports of one occurrence overlap; as much as the date, no more.
  similarity: 0.25,
  // The same kind of event (talks, attack) confirms the rest; alone it decides nothing.
  sameKind: 0.1,
  // Two participants in common are rarely a coincidence.
  pairOfActors: 0.15,
} as const;
// One date inside the other ("May" and "May 16") is weaker agreement than the same date.
const CONTAINED_DATE = 0.6;
// Sharing a country is weak evidence: half the weight of sharing a city or venue.
const COARSE_PLACE_FACTOR = 0.5;
// Scores are rounded so that explanations and exports stay stable across platforms.
const ROUND = 1000;

/** Score two mentions; vectors are their IDF-ready term vectors; broad tells country-sized places. */
export function scorePair(
  a: EventMention,
  b: EventMention,
  va: TermVector,
  vb: TermVector,
  idf: (t: string) => number,
  broad: (id: string) => boolean = () => false,
  published: (article: string) => string | null = () => null,
  placeKind: (id: string) => string = () => 'place',
): PairScore {
  const date = a.date && b.date ? dateRelation(a.date, b.date) : 'none';
  const sharedActors = a.actors.filter((x) => b.actors.includes(x));
  const pa = telling(a.places, broad);
  const pb = telling(b.places, broad);
  const sharedPlaces = pa.filter((x) => pb.includes(x));
  const similarity = cosine(va, vb, idf);
  const ka = kinds(a);
  const kb = kinds(b);
  // Saying something is not a kind of event: "emphasised" and "remarks" make no match.
  const shared = [...kb].filter((k) => ka.has(k) && k !== SPEECH_KIND);
  const sameKind = shared.length > 0;
  const actorOverlap = sharedActors.length / Math.max(1, Math.min(a.actors.length, b.actors.length));
  // Sharing a country is weak evidence; sharing two participants is strong.
  const coarsePlaces = pa.every(broad) || pb.every(broad);
  const placeOverlap =
    (sharedPlaces.length / Math.max(1, Math.min(pa.length, pb.length))) * (coarsePlaces ? COARSE_PLACE_FACTOR : 1);
  const pair = sharedActors.length >= 2 ? WEIGHT.pairOfActors : 0;
  const dateScore = date === 'same' ? 1 : date === 'contained' ? CONTAINED_DATE : 0;
  const score =
    WEIGHT.date * dateScore +
    WEIGHT.actors * actorOverlap +
    WEIGHT.places * placeOverlap +
    WEIGHT.similarity * similarity +
    (sameKind ? WEIGHT.sameKind : 0) +
    pair;
  return {
    score: Math.round(score * ROUND) / ROUND,
    date,
    sharedActors,
    sharedPlaces,
    similarity: Math.round(similarity * ROUND) / ROUND,
    sameKind,
    sameArticle: a.article === b.article,
    sameStatus: a.status === b.status,
    coarse: a.date !== null && b.date !== null && (vague(a.date) || vague(b.date)),
    landmark: shared.some((k) => LANDMARK_KINDS.has(k)),
    specificKind: shared.some((k) => !GENERIC_KINDS.has(k)),
    speech: ka.has(SPEECH_KIND) || kb.has(SPEECH_KIND),
    sameDay:
      a.article === b.article || (published(a.article) !== null && published(a.article) === published(b.article)),
    plannedFirst: plannedBefore(a, b, published) || plannedBefore(b, a, published),
    conflicting: conflictingNames(a, b, pa, pb, broad, placeKind),
  };
}

// Two cities, or two venues, and none in common: two occurrences; so are two casts of
// participants with nobody in common. A city and the canal beside it are not a contradiction,
// only places of different sizes.
function conflictingNames(
  a: EventMention,
  b: EventMention,
  pa: string[],
  pb: string[],
  broad: (id: string) => boolean,
  placeKind: (id: string) => string,
): boolean {
  const sharedPlaces = pa.filter((x) => pb.includes(x));
  const places =
    sharedPlaces.length === 0 &&
    pa.some((p) => !broad(p) && pb.some((q) => !broad(q) && placeKind(q) === placeKind(p)));
  // Who takes part, leaving out who only reports it.
  const ta = a.actors.filter((x) => !a.speakers.includes(x));
  const tb = b.actors.filter((x) => !b.speakers.includes(x));
  return places || (ta.length > 0 && tb.length > 0 && !ta.some((x) => tb.includes(x)));
}

function plannedBefore(
  planned: EventMention,
  done: EventMention,
  published: (article: string) => string | null,
): boolean {
  const p = published(planned.article);
  const d = published(done.article);
  return planned.status === 'planned' && done.status === 'happened' && p !== null && d !== null && p < d;
}
