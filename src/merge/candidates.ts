/**
 * The best event for a mention among candidates: each candidate is compared through a bounded
 * sample of its mentions; the best pair the acceptance rules allow decides, and the best refused
 * pair is kept as a rejection for `explain`.
 */
import type { EventMention } from '../types.ts';
import type { TermVector } from '../lib/similarity/index.ts';
import { acceptance } from './acceptance.ts';
import type { Clusters, MergeContext } from './cluster.ts';
import { type PairScore, dateRelation, scorePair } from './score.ts';
import { nearness } from './windows.ts';
import { BROAD } from './topic.ts';

/** What comparing a mention with an event needs. */
export interface Scorer {
  clusters: Clusters;
  vectors: Map<string, TermVector>;
  idf: (term: string) => number;
  ctx: MergeContext;
}

/** A candidate that won: the cluster, its score, and the mention it was matched with. */
export interface Match {
  c: number;
  score: PairScore;
  with: string;
  /** The acceptance rule that accepted the pair outright, if one did. */
  accepted: string | null;
}

// Comparing with a bounded sample of a large event keeps the cost per mention constant: its
// first mentions (the founding reports) and its latest.
const SAMPLE = 30;
const SAMPLE_HEAD = 10;
// Among acceptable events, one its own article reports comes first: articles circle one story.
const OWN_ARTICLE_BONUS = 0.1;

/** A bounded sample of an event's mentions: its founding reports and its latest. */
export const sampleOf = (ms: EventMention[]): EventMention[] =>
  ms.length <= SAMPLE ? ms : [...ms.slice(0, SAMPLE_HEAD), ...ms.slice(-(SAMPLE - SAMPLE_HEAD))];

// The best accepted pair of the mention with a cluster's sample; a refused best is recorded.
type Pair = { score: PairScore; with: string; accepted: string | null };

function bestPair(s: Scorer, m: EventMention, c: number, dated: boolean, published: string | null): Pair | null {
  const { ctx } = s;
  const cluster = s.clusters.list[c]!;
  const broad = (id: string): boolean => BROAD.has(ctx.places.get(id)?.kind ?? '');
  const publishedOn = (article: string): string | null => ctx.articles.get(article)?.publication.date ?? null;
  const placeKind = (id: string): string => ctx.places.get(id)?.kind ?? 'place';
  let top: Pair | null = null;
  let refused: { score: PairScore; with: string; reason: string; rule: string } | null = null;
  const near = dated ? 0 : nearness(cluster.date, published);
  for (const other of sampleOf(cluster.mentions)) {
    if (other.article === m.article && other.sentence === m.sentence) continue;
    const score = scorePair(
      m,
      other,
      s.vectors.get(m.id)!,
      s.vectors.get(other.id)!,
      s.idf,
      broad,
      publishedOn,
      placeKind,
    );
    const verdict = acceptance(score, dated, near);
    if (!verdict.refused) {
      if (!top || score.score > top.score.score) top = { score, with: other.id, accepted: verdict.rule };
    } else if (!refused || score.score > refused.score.score) {
      refused = { score, with: other.id, reason: verdict.reason, rule: verdict.rule };
    }
  }
  if (!top && refused)
    s.clusters.reject({
      mention: m.id,
      candidate: refused.with,
      score: refused.score,
      reason: refused.reason,
      rule: refused.rule,
    });
  return top;
}

/** The best event for a mention among candidate clusters, or null. */
export function bestMatch(
  s: Scorer,
  m: EventMention,
  candidates: number[],
  dated: boolean,
  published: string | null = null,
): Match | null {
  let found: (Match & { rank: number }) | null = null;
  for (const c of candidates.sort((a, b) => a - b)) {
    const cluster = s.clusters.list[c]!;
    if (dated && m.date && dateRelation(m.date, cluster.date) === 'none') continue;
    // A clause split off by its own date reports another event than the rest of its sentence.
    const ownDate = (x: EventMention): boolean => x.dateSource === 'sentence';
    if (cluster.mentions.some((x) => x.article === m.article && x.sentence === m.sentence && ownDate(x) !== ownDate(m)))
      continue;
    const top = bestPair(s, m, c, dated, published);
    if (!top) continue;
    const rank = top.score.score + (s.clusters.reports(m.article, c) ? OWN_ARTICLE_BONUS : 0);
    if (!found || rank > found.rank) found = { c, ...top, rank };
  }
  return found;
}
