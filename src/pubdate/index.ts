/**
 * The publication-dating stage: when was each article published? Front matter wins; then a
 * dateline or metadata stamp in the text; then "this morning (May 15)" with the year from a
 * dated embedded post; then the post's date alone; then, across articles, the date of a
 * near-duplicate. Otherwise the date stays unknown: never the build date, never a guess.
 */
import type { VFile } from 'vfile';
import type { Article, Publication } from '../types.ts';
import type { ParsedArticle } from '../parse/index.ts';
import { normaliseDates } from '../lib/dates/index.ts';
import { catalogue, warn } from '../lib/report/index.ts';
import { inferFromNeighbours } from './neighbours.ts';
import { DATELINE } from '../lib/lexicon/datelines.ts';

const COPYRIGHT = /(?:©|\(c\)|\bcopyright\b)\s*(\d{4})\b/i;
const DEICTIC_WITH_DATE = /\b(this morning|this afternoon|this evening|today|tonight)\s*\(([^()]{3,40})\)/i;

/** Date one article from its own text and front matter. */
export function datePublication(parsed: ParsedArticle): Publication {
  const yearHint = yearHintOf(parsed.article);
  if (parsed.frontMatterDate) {
    return { date: parsed.frontMatterDate, from: 'front-matter', evidence: `date: ${parsed.frontMatterDate}`, confidence: 1, yearHint };
  }
  const stated = parsed.furnitureDates.find((d) => d.reason !== 'signature line of an embedded post');
  if (stated) {
    return { date: stated.date, from: 'text', evidence: `${stated.reason}: “${stated.text}”`, confidence: 0.95, yearHint };
  }
  // "SUEZ, Egypt, March 29 (Nile Wire) – …": a wire dateline opening the first paragraph; its
  // year, when it gives none, from the article's dates or its copyright line.
  const copyright = parsed.article.furniture.map((f) => COPYRIGHT.exec(f.text)?.[1]).find((y) => y !== undefined);
  const datelineYear = yearHint ?? (copyright ? Number(copyright) : null);
  for (const sentence of parsed.article.sentences.slice(0, 4)) {
    const dateline = DATELINE.exec(sentence.text);
    if (!dateline) continue;
    const found = normaliseDates(dateline[1]!, { date: null, yearHint: datelineYear }).find((e) => e.precision === 'day' && !e.value.startsWith('X'));
    if (found) {
      const stated = /\d{4}/.test(dateline[1]!);
      const from = yearHint ? 'the dates the article names' : `the copyright line (${copyright})`;
      return { date: found.value, from: 'text', evidence: `dateline “${dateline[0].trim()}”${stated ? '' : `; year from ${from}`}`, confidence: stated ? 0.95 : 0.8, yearHint };
    }
  }
  const signatures = parsed.furnitureDates.filter((d) => d.reason === 'signature line of an embedded post').map((d) => d.date).sort();
  const latestPost = signatures[signatures.length - 1] ?? null;
  for (const sentence of parsed.article.sentences) {
    if (sentence.origin === 'embed') continue;
    const m = DEICTIC_WITH_DATE.exec(sentence.text);
    if (!m) continue;
    const year = latestPost ? Number(latestPost.slice(0, 4)) : yearHint;
    const found = normaliseDates(m[2]!, { date: null, yearHint: year }).find((e) => e.precision === 'day' && !e.value.startsWith('X'));
    if (found) {
      const yearEvidence = latestPost ? `; year from the embedded post dated ${latestPost}` : year ? `; year from the dates the article names` : '';
      return { date: found.value, from: 'text', evidence: `“${m[0]}”${yearEvidence}`, confidence: 0.85, yearHint };
    }
  }
  if (latestPost) {
    return { date: latestPost, from: 'inferred', evidence: `the latest embedded post is dated ${latestPost}; the article is no older`, confidence: 0.6, yearHint };
  }
  return { date: null, from: 'unknown', evidence: null, confidence: 0, yearHint };
}

// The year the article's own absolute dates point at: the most frequent, latest on ties.
function yearHintOf(article: Article): number | null {
  const counts = new Map<number, number>();
  // The opening of an article states its year; reading a dump to the end would cost minutes.
  for (const s of article.sentences.slice(0, 300)) {
    for (const e of normaliseDates(s.text, { date: null })) {
      if (e.relative || !/^\d{4}-\d{2}/.test(e.value)) continue;
      const y = Number(e.value.slice(0, 4));
      counts.set(y, (counts.get(y) ?? 0) + 1);
    }
  }
  let best: number | null = null;
  for (const [y, n] of [...counts].sort((a, b) => a[0] - b[0])) if (best === null || n >= (counts.get(best) ?? 0)) best = y;
  return best;
}

/** Date every article: first each on its own, then unknown ones from their near-duplicates. */
export function datePublications(parsed: ParsedArticle[], files: Map<string, VFile>): Article[] {
  const articles = parsed.map((p) => ({ ...p.article, publication: datePublication(p) }));
  const inferred = inferFromNeighbours(articles);
  return inferred.map((article) => {
    if (article.publication.date === null) {
      const file = files.get(article.id);
      if (file) warn(file, catalogue.unknownPublication());
    }
    return article;
  });
}
