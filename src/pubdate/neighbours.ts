/**
 * Cross-document publication dating: an undated article that is a near-duplicate (a
 * rewrite, a syndicated copy) of a dated one was very probably published the same day.
 */
import type { Article } from '../types.ts';
import {
  contentTerms,
  cosine,
  inverseDocumentFrequency,
  termVector,
  type TermVector,
} from '../lib/similarity/index.ts';
import { normaliseDates, parseIsoDay, plusDays } from '../lib/dates/index.ts';
import { timexDay } from '../lib/dates/calendar.ts';
import { MONTH_WORD } from '../lib/lexicon/months.ts';
import { orientationAt } from '../lib/modality/index.ts';

/** Similarity above which two articles are treated as versions of one report. */
export const NEAR_DUPLICATE = 0.4;
/** How much closer the nearest dated article must be than the next, so that the choice is clear. */
export const MARGIN = 0.05;
const TOP_TERMS = 20;

/** Give undated articles the date of their most similar dated article, when similar enough. */
export function inferFromNeighbours(articles: Article[]): Article[] {
  if (!articles.some((a) => a.publication.date === null)) return articles;
  const terms = articles.map((a) =>
    contentTerms(
      a.sentences
        .filter((s) => s.origin !== 'embed')
        .map((s) => s.text)
        .join(' '),
    ),
  );
  const idf = inverseDocumentFrequency(terms);
  const vectors = terms.map(termVector);
  const { top, holders } = rareTermIndex(articles, vectors, idf);
  const sentenceVectors = new Map<string, TermVector[]>();
  return articles.map((article, i) => {
    if (article.publication.date !== null) return article;
    const candidates = [...new Set(top[i]!.flatMap((t) => holders.get(t) ?? []))].sort((a, b) => a - b);
    let { best, bestScore, second } = nearestTwo(i, candidates, vectors, idf);
    // A rewrite that adds its own reporting can fall under the threshold as a whole and still
    // copy sentences nearly word for word: two such sentences make it a version of the same report.
    let copied = 0;
    if (best < 0 || bestScore < NEAR_DUPLICATE || bestScore - second < MARGIN) {
      // The closest few by overall resemblance are enough to look for copied sentences in.
      const closest = candidates
        .filter((j) => j !== i)
        .sort((a, b) => cosine(vectors[i]!, vectors[b]!, idf) - cosine(vectors[i]!, vectors[a]!, idf) || a - b)
        .slice(0, COPY_CANDIDATES);
      const found = copiedFrom(
        article,
        closest.map((j) => articles[j]!),
        sentenceVectors,
      );
      if (!found) return article;
      best = articles.indexOf(found.article);
      bestScore = found.score;
      copied = found.sentences;
    }
    const like = datedLike(article, articles[best]!, bestScore, copied);
    return toldAfter(like) ? article : like;
  });
}

/**
 * Whether an article tells as past a calendar day later than the date a neighbour lends it: an
 * analysis that narrates "On March 20, …" was not published on the 10th with the wire it resembles.
 */
function toldAfter(article: Article): boolean {
  const day = article.publication.date!;
  const reference = { date: day, yearHint: article.publication.yearHint };
  return article.sentences.some(
    (s) =>
      s.origin === 'body' &&
      MONTH_WORD.test(s.text) &&
      normaliseDates(s.text, reference).some(
        (e) =>
          e.precision === 'day' &&
          e.value > day &&
          MONTH_WORD.test(e.text) &&
          /\d/.test(e.text) &&
          orientationAt(s.text, e.start, e.end) === 'past',
      ),
  );
}

/**
 * Blocking: a near-duplicate shares some of an article's rarest words, so only articles that
 * share one of its top terms are compared (an inverted index instead of every pair). Words in
 * only one article link nothing, so the rarest words shared by at least two are used. Only
 * articles dated by their own evidence hold terms in the index.
 */
function rareTermIndex(
  articles: Article[],
  vectors: TermVector[],
  idf: (term: string) => number,
): { top: string[][]; holders: Map<string, number[]> } {
  const shared = Math.log((articles.length + 1) / 3) + 1 + 1e-9;
  const top = vectors.map((v) =>
    [...v.keys()]
      .filter((t) => idf(t) <= shared)
      .sort((a, b) => idf(b) - idf(a) || (a < b ? -1 : 1))
      .slice(0, TOP_TERMS),
  );
  const holders = new Map<string, number[]>();
  top.forEach((ts, j) => {
    if (articles[j]!.publication.date === null || articles[j]!.publication.from === 'inferred') return;
    for (const t of ts) {
      const list = holders.get(t);
      if (list) list.push(j);
      else holders.set(t, [j]);
    }
  });
  return { top, holders };
}

/** The candidate most similar to article `i` (-1 when none is similar at all), its score and the runner-up's. */
function nearestTwo(
  i: number,
  candidates: number[],
  vectors: TermVector[],
  idf: (term: string) => number,
): { best: number; bestScore: number; second: number } {
  let best = -1;
  let bestScore = 0;
  let second = 0;
  for (const j of candidates) {
    if (j === i) continue;
    const score = cosine(vectors[i]!, vectors[j]!, idf);
    if (score > bestScore) {
      second = bestScore;
      best = j;
      bestScore = score;
    } else if (score > second) {
      second = score;
    }
  }
  return { best, bestScore, second };
}

/** The article dated like its near-duplicate (a day later for a follow-up), with the evidence in words. */
function datedLike(article: Article, neighbour: Article, score: number, copied: number): Article {
  const followUp = dayAfter(article, neighbour);
  const likeness = copied ? `${copied} sentences nearly word for word` : `similarity ${score.toFixed(2)}`;
  const followUpNote = followUp
    ? `; its lead calls the story's event, which that source dates ${followUp.event}, “${followUp.word}”`
    : '';
  return {
    ...article,
    publication: {
      ...article.publication,
      date: followUp?.date ?? neighbour.publication.date,
      from: 'inferred' as const,
      evidence:
        `near-duplicate of “${neighbour.title ?? neighbour.id}” (${neighbour.id}, ${likeness}), ` +
        `published ${neighbour.publication.date}${followUpNote}`,
      confidence: Math.round(score * 100) / 100,
    },
  };
}

const LEAD = 4;
const DEICTIC = /\b(yesterday|tomorrow|today|tonight|this morning|this afternoon|this evening)(?:['’]s)?\b/i;
const OFFSET: Record<string, number> = { yesterday: -1, tomorrow: 1 };

/**
 * A follow-up is not a copy: when the undated article's lead says "yesterday's summit" and the
 * near-duplicate's lead dates its event to a day, the undated article was written a day later.
 */
function dayAfter(article: Article, neighbour: Article): { date: string; event: string; word: string } | null {
  const lead = article.sentences.filter((s) => s.origin !== 'embed').slice(0, LEAD);
  const hit = lead.map((s) => DEICTIC.exec(s.text)).find((m) => m !== null);
  const offset = hit ? OFFSET[hit[1]!.toLowerCase()] : undefined;
  if (!hit || offset === undefined || !neighbour.publication.date) return null;
  // A lead that dates nothing (a live page's entries, their stamps set apart) tells of its page's own day.
  const event =
    neighbour.sentences
      .slice(0, LEAD + 2)
      .flatMap((s) => normaliseDates(s.text, { date: neighbour.publication.date }))
      .find((e) => /^\d{4}-\d{2}-\d{2}$/.test(e.value) && e.precision === 'day')?.value ?? neighbour.publication.date;
  const day = parseIsoDay(event);
  if (!day) return null;
  return { date: timexDay(plusDays(day, -offset)), event, word: hit[0] };
}

const COPIED = 0.8;
const COPY_CANDIDATES = 5;
const MIN_COPIED = 2;

/** The dated article an undated one copies two or more sentences from, nearly word for word. */
function copiedFrom(
  article: Article,
  others: Article[],
  cache: Map<string, TermVector[]>,
): { article: Article; sentences: number; score: number } | null {
  // Word for word means the same words, whatever their weight in the corpus.
  const idf = (): number => 1;
  const vectorsOf = (a: Article): TermVector[] => {
    const known = cache.get(a.id);
    if (known) return known;
    const v = a.sentences
      .filter((s) => s.origin === 'body')
      .map((s) => termVector(contentTerms(s.text)))
      .filter((x) => x.size >= 5);
    cache.set(a.id, v);
    return v;
  };
  const own = vectorsOf(article);
  let found: { article: Article; sentences: number; score: number } | null = null;
  for (const other of others) {
    if (other.publication.date === null || other.publication.from === 'inferred') continue;
    const theirs = vectorsOf(other);
    const sentences = own.filter((v) => theirs.some((w) => cosine(v, w, idf) >= COPIED)).length;
    if (sentences >= MIN_COPIED && (!found || sentences > found.sentences))
      found = { article: other, sentences, score: COPIED };
  }
  return found;
}
