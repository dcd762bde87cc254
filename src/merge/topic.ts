/**
 * Which event an undated sentence's own article is about: the one sharing its participants and
 * kind of event, agreeing with its tense, that the article dates itself, and that is reported
 * nearest to it — news elaborates what it has just said.
 */
import type { EventMention } from '../types.ts';
import { orientationOf } from '../lib/modality/index.ts';
import type { Cluster, Clusters, MergeContext } from './cluster.ts';
import { bounds, kinds, tellingKinds } from './score.ts';
import { nearness } from './windows.ts';
import { SPEECH_KIND } from '../lib/lexicon/event-kinds.ts';

/** Place kinds too large to say where something happened. */
export const BROAD = new Set(['country', 'region', 'continent']);

/** The weights of the topic score, each a reason to think the sentence reports the event. */
const TOPIC = {
  // Each shared participant or fine place counts one; past three, more names say nothing new.
  maxNames: 3,
  // A telling kind in common ("exchange", "talks") is strong evidence; a common one ("ceasefire") weak.
  tellingKind: 2,
  commonKind: 1,
  // A tense that agrees with the event's status helps a little; one that disagrees counts against it.
  tenseAgrees: 0.5,
  tenseDisagrees: -1,
  // The article dating the event itself shows it is part of its story.
  datedHere: 1,
  // "The talks are under way": the present of news is its own day.
  now: 1,
  // A nameless sentence placed by a kind rare in its article: the rarer, the surer.
  rareKind: 2,
  // Nearness in the text: 1 next door, falling by half every two sentences.
  distanceHalving: 2,
  // Below this sum, no event is a clear enough topic.
  minimum: 2,
} as const;

interface Candidate {
  m: EventMention;
  cluster: Cluster;
  ctx: MergeContext;
  frequency: Map<string, number>;
  orientation: ReturnType<typeof orientationOf>;
  published: string | null;
}

// The topic weight of one event for the mention, and whether it may be chosen at all.
function weigh(k: Candidate, foreign: boolean): { weight: number; first: number } | null {
  const { m, cluster, ctx, published } = k;
  const mine = cluster.mentions.filter((x) => x.article === m.article);
  if (mine.length === 0 && !foreign) return null;
  const fine = (p: string): boolean => !BROAD.has(ctx.places.get(p)?.kind ?? '');
  const anyKinds = kinds(m);
  const mk = tellingKinds(m);
  // What kind of event it is comes from the reports that date it; sentences attached to it
  // on weaker grounds would otherwise pull in more like themselves.
  const founding = cluster.mentions.filter((x) => x.dateSource !== 'merge');
  // Who takes part: the dating reports say, and so does this article's own thread about it.
  const names = new Set(
    [...founding, ...mine].flatMap((x) => [
      ...x.actors.filter((a) => m.actors.includes(a)),
      ...x.places.filter((p) => fine(p) && m.places.includes(p)),
    ]),
  );
  const telling = founding.some((x) => [...tellingKinds(x)].some((t) => mk.has(t)));
  const common = [...founding, ...mine].some((x) => [...kinds(x)].some((t) => t !== SPEECH_KIND && anyKinds.has(t)));
  const kind = telling ? TOPIC.tellingKind : common ? TOPIC.commonKind : 0;
  const status = cluster.mentions.some((x) => x.dateSource !== 'merge' && x.status === 'happened')
    ? 'happened'
    : 'planned';
  // Only a clause that shows its tense ("criticised", "will meet") tells planned from happened.
  // Tense read from surface words is a hint, not proof ("hopes remain tempered" reads as past).
  const tense =
    k.orientation === 'unknown'
      ? 0
      : (k.orientation === 'future') === (status === 'planned')
        ? TOPIC.tenseAgrees
        : TOPIC.tenseDisagrees;
  const datesIt = mine.some((x) => x.dateSource !== 'merge') ? TOPIC.datedHere : 0;
  const distance = mine.length ? Math.min(...mine.map((x) => Math.abs(x.sentence - m.sentence))) : Infinity;
  const [from, to] = bounds(cluster.date);
  const now = k.orientation === 'unknown' && published !== null && from <= published && published <= to ? TOPIC.now : 0;
  const theirs = new Set(mine.flatMap((x) => [...kinds(x)]));
  const rarity = [...theirs].filter((t) => anyKinds.has(t)).reduce((sum, t) => sum + 1 / (k.frequency.get(t) ?? 1), 0);
  const specific = m.weak ? (TOPIC.rareKind * rarity) / Math.max(1, theirs.size) : 0;
  const weight =
    Math.min(names.size, TOPIC.maxNames) +
    kind +
    tense +
    datesIt +
    now +
    specific +
    1 / (1 + distance / TOPIC.distanceHalving);
  if ((names.size === 0 || m.weak) && !kind) return null;
  // Another article's event needs a telling kind of event in common, not just a name.
  if (foreign && kind < TOPIC.tellingKind) return null;
  if (weight < TOPIC.minimum) return null;
  return { weight, first: mine.length ? Math.min(...mine.map((x) => x.sentence)) : Infinity };
}

/**
 * The event of `own` that an undated mention most plausibly reports, or null. `foreign`: the
 * events are other articles' (then a telling kind in common is required).
 */
export function topicOf(
  m: EventMention,
  own: number[],
  clusters: Cluster[],
  ctx: MergeContext,
  foreign = false,
): number | null {
  const published = ctx.articles.get(m.article)?.publication.date ?? null;
  // A nameless sentence can only be placed by its kind of event: the rarer in its article, the surer.
  const frequency = new Map<string, number>();
  if (m.weak)
    for (const c of own)
      for (const x of clusters[c]!.mentions)
        if (x.article === m.article) for (const t of kinds(x)) frequency.set(t, (frequency.get(t) ?? 0) + 1);
  const orientation = orientationOf(m.quote.slice(m.clause[0], m.clause[1]));
  let best: { c: number; weight: number; first: number } | null = null;
  for (const c of own) {
    const cluster = clusters[c]!;
    if (nearness(cluster.date, published) < 0) continue;
    if (published === null && cluster.date.precision !== 'day') continue;
    const w = weigh({ m, cluster, ctx, frequency, orientation, published }, foreign);
    if (w && (!best || w.weight > best.weight || (w.weight === best.weight && w.first < best.first)))
      best = { c, ...w };
  }
  return best === null ? null : best.c;
}

// Names and words a headline shares with its lede: one alone is a masthead's or a section label's chance match
// ("Northgate Systems Review — Enterprise IT" over a lede about IT systems).
const LEDE_SHARED = 2;
// Sentences after a headline within which its lede stands: a standfirst and a dateline may come between.
const LEDE_REACH = 3;

/**
 * The event a page's headline tells: that of its lede, the first body sentence after it dated by its own words,
 * when the two share two names or content words ("Lopes and Costa agree on new flood embankments" over "Ana Lopes
 * and Rui Costa agreed on Tuesday, March 5, to build new embankments"). Null when no such lede stands close below.
 */
export function ledeOf(m: EventMention, clusters: Clusters, ctx: MergeContext): number | null {
  // Only a line above the page's first body sentence: a subheading or a list's heading tells no lede.
  const firstBody = ctx.articles.get(m.article)?.sentences.find((x) => x.origin === 'body')?.index;
  if (firstBody === undefined || m.sentence > firstBody) return null;
  const below = clusters
    .ofArticle(m.article)
    .flatMap((c) => clusters.list[c]!.mentions.map((x) => ({ c, x })))
    .filter(({ x }) => x.article === m.article && x.origin === 'body' && x.sentence > m.sentence)
    .sort((a, b) => a.x.sentence - b.x.sentence || a.x.clause[0] - b.x.clause[0]);
  const first = below[0]?.x.sentence;
  if (first === undefined || first > m.sentence + LEDE_REACH) return null;
  // Of the lede's clauses, the one the headline shares most with.
  const shared = (x: EventMention): number =>
    [...m.actors, ...m.places, ...m.terms].filter((t) => [...x.actors, ...x.places, ...x.terms].includes(t)).length;
  const clauses = below.filter(({ x }) => x.sentence === first && x.dateSource === 'sentence');
  const best = clauses.sort((a, b) => shared(b.x) - shared(a.x))[0];
  return best && shared(best.x) >= LEDE_SHARED ? best.c : null;
}
