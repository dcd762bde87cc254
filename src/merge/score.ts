/**
 * How alike two mentions are: date compatibility, shared actors and places, shared event
 * words and text similarity, combined into one score with every part kept for the record.
 */
import type { DateSpan, EventMention } from '../types.ts';
import { cosine, type TermVector } from '../lib/similarity/index.ts';
import { TRIGGERS } from '../extract/triggers.ts';

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
  const first = date.precision === 'day' ? date.start : date.precision === 'month' ? `${date.start}-01` : `${date.start}-01-01`;
  const last = date.precision === 'day' ? date.end : date.precision === 'month' ? `${date.end}-31` : `${date.end}-12-31`;
  return [first, last];
}

/** Whether a date is coarser than a day or two: a month, a year, "next week". */
export function vague(date: DateSpan): boolean {
  if (date.precision !== 'day') return true;
  return Date.parse(`${date.end}T00:00:00Z`) - Date.parse(`${date.start}T00:00:00Z`) > 3 * 86_400_000;
}

/** Whether two dates can name the same occurrence: equal, or one within the other. */
export function dateRelation(a: DateSpan, b: DateSpan): 'same' | 'contained' | 'none' {
  if (a.start === b.start && a.end === b.end && a.precision === b.precision) return 'same';
  const [a0, a1] = bounds(a);
  const [b0, b1] = bounds(b);
  if ((a0 >= b0 && a1 <= b1) || (b0 >= a0 && b1 <= a1)) return 'contained';
  return 'none';
}

// Event words that name the same kind of occurrence: a meeting is talks is negotiations.
const FAMILY: Record<string, string> = {
  meets: 'talks', 'hold talks': 'talks', negotiate: 'talks', resume: 'talks', reconvene: 'talks', convene: 'talks', round: 'talks',
  session: 'talks', meeting: 'talks', gather: 'talks', attends: 'talks', conference: 'talks', receives: 'talks', hosts: 'talks', discuss: 'talks',
  calls: 'call', 'speaks with': 'call', 'sends a delegation': 'talks',
  cancels: 'withdrawal', drops: 'withdrawal', declines: 'withdrawal', withdraws: 'withdrawal', postpones: 'withdrawal', suspends: 'withdrawal', abandons: 'withdrawal', boycotts: 'withdrawal', skips: 'withdrawal',
  says: 'statement', tells: 'statement', statement: 'statement', stresses: 'statement', notes: 'statement', hails: 'statement', recalls: 'statement', warns: 'statement', criticises: 'statement', addresses: 'statement', speech: 'statement',
  attack: 'attack', strike: 'attack', bombing: 'attack', offensive: 'attack',
  invasion: 'invasion', invades: 'invasion', war: 'war',
  agreement: 'agreement', deal: 'agreement', agree: 'agreement', signs: 'agreement', approve: 'agreement', initiative: 'agreement',
  exchange: 'exchange', releases: 'exchange', 'carried out': 'exchange',
  'runs aground': 'accident', crashes: 'accident', collides: 'accident', sinks: 'accident', explodes: 'accident', fire: 'accident', collapses: 'accident',
  'is freed': 'rescue', rescues: 'rescue', tows: 'rescue',
  blocks: 'blockage', closes: 'blockage', traps: 'blockage',
  seizes: 'seizure', detains: 'seizure',
  sues: 'legal', rules: 'legal', sentences: 'legal', charges: 'legal', convicts: 'legal', acquits: 'legal', fines: 'legal', claims: 'legal', settles: 'legal',
  earthquake: 'disaster', tsunami: 'disaster', erupts: 'disaster', floods: 'disaster',
};

const LANDMARK = new Set(['invasion', 'agreement', 'attack']);
// Kinds too common to tell one occurrence from another without a shared name.
const GENERIC = new Set(['war', 'statement', 'begin', 'announces', 'ceasefire', 'truce', 'proposal', 'proposes', 'offer', 'offers']);

const WAR = new Set(['war', 'conflict', 'hostilities', 'fighting']);
const BEGINNING = new Set(['began', 'begin', 'started', 'onset', 'outbreak', 'unleashed', 'erupted']);

/** The kinds of a mention that tell one occurrence from another: not war, speech or beginnings. */
export const tellingKinds = (m: EventMention): Set<string> => new Set([...kinds(m)].filter((k) => k !== 'statement' && !GENERIC.has(k)));

/** The kinds of event a mention's words name; a war that "began" names its outbreak, like "the invasion". */
export const kinds = (m: EventMention): Set<string> => {
  const out = new Set(m.triggers.map((t) => TRIGGERS[t] ?? t).map((k) => FAMILY[k] ?? k));
  if (m.triggers.some((t) => WAR.has(t)) && m.triggers.some((t) => BEGINNING.has(t))) out.add('invasion');
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

/** Score two mentions; vectors are their IDF-ready term vectors; broad tells country-sized places. */
export function scorePair(a: EventMention, b: EventMention, va: TermVector, vb: TermVector, idf: (t: string) => number, broad: (id: string) => boolean = () => false, published: (article: string) => string | null = () => null, placeKind: (id: string) => string = () => 'place'): PairScore {
  const date = a.date && b.date ? dateRelation(a.date, b.date) : 'none';
  const sharedActors = a.actors.filter((x) => b.actors.includes(x));
  // Who takes part, leaving out who only reports it.
  const ta = a.actors.filter((x) => !a.speakers.includes(x));
  const tb = b.actors.filter((x) => !b.speakers.includes(x));
  const pa = telling(a.places, broad);
  const pb = telling(b.places, broad);
  const sharedPlaces = pa.filter((x) => pb.includes(x));
  const similarity = cosine(va, vb, idf);
  const ka = kinds(a);
  const kb = kinds(b);
  // Saying something is not a kind of event: "emphasised" and "remarks" make no match.
  const shared = [...kb].filter((k) => ka.has(k) && k !== 'statement');
  const sameKind = shared.length > 0;
  const actorOverlap = sharedActors.length / Math.max(1, Math.min(a.actors.length, b.actors.length));
  // Sharing a country is weak evidence; sharing two participants is strong.
  const coarsePlaces = pa.every(broad) || pb.every(broad);
  const placeOverlap = (sharedPlaces.length / Math.max(1, Math.min(pa.length, pb.length))) * (coarsePlaces ? 0.5 : 1);
  const pair = sharedActors.length >= 2 ? 0.15 : 0;
  const dateScore = date === 'same' ? 1 : date === 'contained' ? 0.6 : 0;
  const score = 0.25 * dateScore + 0.25 * actorOverlap + 0.15 * placeOverlap + 0.25 * similarity + (sameKind ? 0.1 : 0) + pair;
  return {
    score: Math.round(score * 1000) / 1000,
    date,
    sharedActors,
    sharedPlaces,
    similarity: Math.round(similarity * 1000) / 1000,
    sameKind,
    sameArticle: a.article === b.article,
    sameStatus: a.status === b.status,
    coarse: a.date !== null && b.date !== null && (vague(a.date) || vague(b.date)),
    landmark: shared.some((k) => LANDMARK.has(k)),
    specificKind: shared.some((k) => !GENERIC.has(k)),
    speech: ka.has('statement') || kb.has('statement'),
    sameDay: a.article === b.article || (published(a.article) !== null && published(a.article) === published(b.article)),
    plannedFirst: plannedBefore(a, b, published) || plannedBefore(b, a, published),
    // Two cities, or two venues, and none in common: two occurrences. A city and the canal
    // beside it are not a contradiction, only places of different sizes.
    conflicting: (sharedPlaces.length === 0 && pa.some((p) => !broad(p) && pb.some((q) => !broad(q) && placeKind(q) === placeKind(p)))) || (ta.length > 0 && tb.length > 0 && !ta.some((x) => tb.includes(x))),
  };
}

function plannedBefore(planned: EventMention, done: EventMention, published: (article: string) => string | null): boolean {
  const p = published(planned.article);
  const d = published(done.article);
  return planned.status === 'planned' && done.status === 'happened' && p !== null && d !== null && p < d;
}
