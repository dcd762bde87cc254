/**
 * The merge stage's rules: when a comparison allows a merge, how near an event is to an
 * undated mention's article, and which event an undated sentence's own article is about.
 */
import type { DateSpan, EventMention } from '../types.ts';
import { orientationOf } from '../lib/modality/index.ts';
import type { Cluster, MergeContext } from './index.ts';
import { type PairScore, bounds, kinds, tellingKinds } from './score.ts';

/** Place kinds too large to say where something happened. */
export const BROAD = new Set(['country', 'region', 'continent']);

/** Minimum score for a dated mention to join an event. */
export const MERGE_THRESHOLD = 0.5;
/** Minimum score for an undated mention to join (and take the date of) an event. */
export const ATTACH_THRESHOLD = 0.42;

/**
 * How near an event is to the day an undated mention was published: an undated sentence in
 * the news speaks of the present story, not of events years back. 1 near, 0 unknown, -1 far.
 */
export function nearness(date: DateSpan, published: string | null): number {
  if (!published) return 0;
  const [first, last] = bounds(date);
  const pub = Date.parse(`${published}T00:00:00Z`);
  const from = Date.parse(`${first}T00:00:00Z`) - pub;
  const to = Date.parse(`${last.replace(/-31$/, '-28')}T00:00:00Z`) - pub;
  const day = 86_400_000;
  if (to >= -10 * day && from <= 45 * day) return 1;
  if (to < -365 * day) return -1;
  return 0;
}

/** Why a comparison does not allow a merge, or null when it does. */
export function acceptance(s: PairScore, dated: boolean, near = 0): string | null {
  const shared = s.sharedActors.length + s.sharedPlaces.length;
  // One article does not report one event as both done and still to come.
  if (s.sameDay && !s.sameStatus && s.similarity < 0.6) return 'written the same day, one planned and one happened';
  // What an earlier article announced and a later one reports done is one event, if the two
  // agree on a participant or a place and on the kind of event.
  const announced = s.plannedFirst && s.sameKind && s.sharedActors.length + s.sharedPlaces.length > 0;
  if (!s.sameStatus && !announced && s.sharedPlaces.length === 0 && s.similarity < 0.3) return 'one planned and one happened, with no shared place';
  if (dated) {
    // Wars, invasions and treaties known only to the month or year are named by kind and date;
    // so is any occurrence of one kind in one month, unless the two name different people or places.
    const landmark = s.coarse && s.date !== 'none' && (s.landmark || (s.specificKind && !s.conflicting));
    // Two reports of one kind of event on one day that name no different people or places.
    const sameDay = s.date === 'same' && s.specificKind && s.sameStatus && !s.conflicting;
    if (sameDay && s.score >= 0.35) return null;
    if (shared === 0 && s.similarity < 0.5 && !landmark) return 'no shared actor or place, and different words';
    if (!s.sameKind && s.similarity < 0.3) return 'different kinds of event';
    const threshold = landmark ? 0.25 : MERGE_THRESHOLD;
    if (s.score < threshold) return `score ${s.score} below ${threshold}`;
    return null;
  }
  if (near < 0 && s.similarity < 0.5) return 'undated, and the event is more than a year before the article';
  const anchored = s.sharedActors.length > 0 || (s.sharedPlaces.length > 0 && s.sameKind);
  if (!anchored && s.similarity < 0.45) return 'undated, and no shared actor (or shared place with the same kind of event)';
  // "Erdoğan told Rutte…": what two participants said belongs to their meeting, whatever its kind.
  if (!s.sameKind && s.similarity < 0.35 && !(s.speech && s.sharedActors.length >= 2)) return 'undated, and a different kind of event';
  const score = s.score + (near > 0 ? 0.1 : 0);
  if (score < ATTACH_THRESHOLD) return `score ${score.toFixed(3)} below ${ATTACH_THRESHOLD}`;
  return null;
}

/** Month windows from a month before a publication day to two after, or every window when unknown. */
export function nearWindows(published: string | null): string[] {
  if (!published) return ['*'];
  const y = Number(published.slice(0, 4));
  const m = Number(published.slice(5, 7));
  const keys: string[] = [];
  for (let k = -1; k <= 2; k++) {
    const total = y * 12 + (m - 1) + k;
    keys.push(`M${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`);
  }
  return keys;
}

/**
 * The event of its own article that an undated mention most plausibly reports, or null: the
 * one sharing its participants and kind of event, agreeing with its tense, that the article
 * dates itself, and that is reported nearest to it — news elaborates what it has just said.
 */
export function topicOf(m: EventMention, own: number[], clusters: Cluster[], ctx: MergeContext, foreign = false): number | null {
  const published = ctx.articles.get(m.article)?.publication.date ?? null;
  // A nameless sentence can only be placed by its kind of event: the rarer in its article, the surer.
  const frequency = new Map<string, number>();
  if (m.weak) for (const c of own) for (const x of clusters[c]!.mentions) if (x.article === m.article) for (const k of kinds(x)) frequency.set(k, (frequency.get(k) ?? 0) + 1);
  const mk = tellingKinds(m);
  const orientation = orientationOf(m.quote.slice(m.clause[0], m.clause[1]));
  const participants = m.actors;
  const anyKinds = kinds(m);
  const fine = (p: string): boolean => !BROAD.has(ctx.places.get(p)?.kind ?? '');
  let best: { c: number; weight: number; first: number } | null = null;
  for (const c of own) {
    const cluster = clusters[c]!;
    if (nearness(cluster.date, published) < 0) continue;
    if (published === null && cluster.date.precision !== 'day') continue;
    const mine = cluster.mentions.filter((x) => x.article === m.article);
    if (mine.length === 0 && !foreign) continue;
    // What kind of event it is comes from the reports that date it; sentences attached to it
    // on weaker grounds would otherwise pull in more like themselves.
    const founding = cluster.mentions.filter((x) => x.dateSource !== 'merge');
    // Who takes part: the dating reports say, and so does this article's own thread about it.
    const names = new Set([...founding, ...mine].flatMap((x) => [...x.actors.filter((a) => participants.includes(a)), ...x.places.filter((p) => fine(p) && m.places.includes(p))]));
    // A telling kind ("exchange", "talks") counts fully; a common one ("ceasefire") a little.
    const kind = founding.some((x) => [...tellingKinds(x)].some((k) => mk.has(k))) ? 2 : [...founding, ...mine].some((x) => [...kinds(x)].some((k) => k !== 'statement' && anyKinds.has(k))) ? 1 : 0;
    const status = cluster.mentions.some((x) => x.dateSource !== 'merge' && x.status === 'happened') ? 'happened' : 'planned';
    // Only a clause that shows its tense ("criticised", "will meet") tells planned from happened.
    // Tense read from surface words is a hint, not proof ("hopes remain tempered" reads as past).
    const tense = orientation === 'unknown' ? 0 : (orientation === 'future') === (status === 'planned') ? 0.5 : -1;
    const datesIt = mine.some((x) => x.dateSource !== 'merge') ? 1 : 0;
    const distance = mine.length ? Math.min(...mine.map((x) => Math.abs(x.sentence - m.sentence))) : Infinity;
    // "The talks are under way", "Air Force One has left": the present of news is its own day.
    const now = orientation === 'unknown' && published !== null && bounds(cluster.date)[0] <= published && published <= bounds(cluster.date)[1] ? 1 : 0;
    const theirs = new Set(mine.flatMap((x) => [...kinds(x)]));
    const specific = m.weak ? (2 * [...theirs].filter((k) => anyKinds.has(k)).reduce((sum, k) => sum + 1 / (frequency.get(k) ?? 1), 0)) / Math.max(1, theirs.size) : 0;
    const weight = Math.min(names.size, 3) + kind + tense + datesIt + now + specific + 1 / (1 + distance / 2);
    if ((names.size === 0 || m.weak) && !kind) continue;
    // Another article's event needs a telling kind of event in common, not just a name.
    if (foreign && kind < 2) continue;
    if (weight < 2) continue;
    const first = mine.length ? Math.min(...mine.map((x) => x.sentence)) : Infinity;
    if (!best || weight > best.weight || (weight === best.weight && first < best.first)) best = { c, weight, first };
  }
  return best === null ? null : (best as { c: number }).c;
}
