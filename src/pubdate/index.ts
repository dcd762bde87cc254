/**
 * The publication-dating stage: when was each article published? First what the article's own
 * page says (the rules in evidence.ts: front matter, a stamp, the URL path, a dateline…); then,
 * across articles, the date of a near-duplicate. Otherwise the date stays unknown: never the
 * build date, never a guess; the year its neighbours were published in is kept as a hint only.
 */
import type { VFile } from 'vfile';
import type { Article, Publication } from '../types.ts';
import type { ParsedArticle } from '../parse/index.ts';
import { normaliseDates } from '../lib/dates/index.ts';
import { orientationAt } from '../lib/modality/index.ts';
import { PUBLICATION_RULES } from './evidence.ts';
import { type NeighbourYear, neighbourYears } from './neighbour-years.ts';
import { catalogue, warn } from '../lib/report/index.ts';
import { inferFromNeighbours } from './neighbours.ts';
import { YEAR_AFTER_STORY, yearAfterStory } from './year-after-story.ts';

/** Date one article from its own text and front matter: the first publication rule that finds a date. */
export function datePublication(
  parsed: ParsedArticle,
  neighbours: NeighbourYear | null = null,
  ownYears = true,
): Publication {
  return publicationEvidence(parsed, neighbours, ownYears).publication;
}

/** The publication date with the id of the rule that found it (null when none did). */
export function publicationEvidence(
  parsed: ParsedArticle,
  neighbours: NeighbourYear | null = null,
  withOwnYears = true,
): { rule: string | null; publication: Publication } {
  const own = withOwnYears ? ownYears(parsed.article) : null;
  // The neighbours' year wins unless the article narrates as past a year after it: an article
  // is never older than what it reports, but the years it names may all be background.
  const fromNeighbours = neighbours !== null && (own === null || neighbours.year >= own.latestPast);
  const yearHint = fromNeighbours ? neighbours.year : (own?.usual ?? null);
  const yearFrom = fromNeighbours ? neighbours.evidence : own !== null ? 'the dates the article names' : null;
  for (const rule of PUBLICATION_RULES) {
    const found = rule.find({ parsed, yearHint, yearFrom });
    if (!found) continue;
    // Only a year borrowed from the neighbours may be wrong by a year: the article's own stays.
    const borrowed = fromNeighbours && found.evidence?.includes(neighbours.evidence);
    const later = borrowed ? yearAfterStory(parsed.article, found, neighbours) : null;
    if (later) return { rule: YEAR_AFTER_STORY.id, publication: { ...later, yearHint: yearHint! + 1 } };
    return { rule: rule.id, publication: { ...found, yearHint } };
  }
  const after = fromNeighbours ? { hintAfter: neighbours.after } : {};
  const evidence = neighbours ? `no date of its own; year ${neighbours.year} from ${neighbours.evidence}` : null;
  return { rule: null, publication: { date: null, from: 'unknown', evidence, confidence: 0, yearHint, ...after } };
}

// The years the article's own absolute dates point at: the most frequent (latest on ties) and the
// latest told as past ("The contract runs until May 1, 2026" does not say it was written then). Dates of what is
// still to come ("sentencing is set for March 28, 2024") say nothing of
// when it was written.
function ownYears(article: Article): { usual: number; latestPast: number } | null {
  const counts = new Map<number, number>();
  let latestPast = Number.NEGATIVE_INFINITY;
  // The opening of an article states its year; reading a dump to the end would cost minutes.
  for (const s of article.sentences.slice(0, 300)) {
    for (const e of normaliseDates(s.text, { date: null })) {
      const orientation = orientationAt(s.text, e.start, e.end);
      if (e.relative || !/^\d{4}-\d{2}/.test(e.value) || orientation === 'future') continue;
      const y = Number(e.value.slice(0, 4));
      if (orientation === 'past') latestPast = Math.max(latestPast, y);
      counts.set(y, (counts.get(y) ?? 0) + 1);
    }
  }
  let best: number | null = null;
  for (const [y, n] of [...counts].sort((a, b) => a[0] - b[0]))
    if (best === null || n >= (counts.get(best) ?? 0)) best = y;
  return best === null ? null : { usual: best, latestPast };
}

/** Date every article: first each on its own, then unknown ones from their near-duplicates. */
export function datePublications(parsed: ParsedArticle[], files: Map<string, VFile>): Article[] {
  // First only what states its year (front matter, URL, a dated stamp, a copyright line): a
  // year-less "Posted March 27" completed from background years would never be revisited.
  const alone = parsed.map((p) => ({ ...p.article, publication: datePublication(p, null, false) }));
  // An undated article then takes the year of its dated neighbours, else of its own dates.
  const years = neighbourYears(alone);
  const articles = alone.map((a, i) =>
    a.publication.date === null ? { ...a, publication: datePublication(parsed[i]!, years.get(a.id) ?? null) } : a,
  );
  const inferred = inferFromNeighbours(articles);
  return inferred.map((article) => {
    if (article.publication.date === null) {
      const file = files.get(article.id);
      if (file) warn(file, catalogue.unknownPublication());
    }
    return article;
  });
}
