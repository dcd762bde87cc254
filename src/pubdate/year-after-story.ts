/**
 * A year-less stamp completed with the year of the story's dated articles can land months before
 * the story: "March 9" in a corpus published in November 2023 reads 2023-03-09, though the
 * article tells "his firing in November" as past. When, a year later, the months the article
 * names land on the months the story's articles were published in, and in the borrowed year they
 * do not, the article was written the year after (rule `pubdate-year-after-story`).
 */
import type { Article, Publication } from '../types.ts';
import { normaliseDates } from '../lib/dates/index.ts';
import { MONTH_WORD } from '../lib/lexicon/months.ts';
import { ruleMeta } from '../lib/rules/index.ts';
import type { NeighbourYear } from './neighbour-years.ts';

export const YEAR_AFTER_STORY = ruleMeta(
  'pubdate-year-after-story',
  'A year-less stamp dated before the whole story moves a year on when the months its article names fit it then.',
);

/** Months named without a year must agree at least this often: one could fit by chance. */
const MIN_FITTING = 2;
// The opening of an article is enough to read which months it names.
const SENTENCES_READ = 300;

// How many year-less month dates of the article, resolved against `day`, land in the story's months.
function fitting(article: Article, day: string, months: Set<string>): number {
  let n = 0;
  for (const s of article.sentences.slice(0, SENTENCES_READ)) {
    if (!MONTH_WORD.test(s.text)) continue;
    for (const e of normaliseDates(s.text, { date: day }))
      if (e.relative && MONTH_WORD.test(e.text) && !/\d{4}/.test(e.text) && months.has(e.value.slice(0, 7))) n++;
  }
  return n;
}

/** The publication a year later, when the borrowed year puts it before a story its months fit a year on. */
export function yearAfterStory<P extends Omit<Publication, 'yearHint'>>(
  article: Article,
  found: P,
  story: NeighbourYear,
): P | null {
  if (found.date === null || found.date >= story.after || !/^\d{4}-\d{2}-\d{2}$/.test(found.date)) return null;
  const later = `${Number(found.date.slice(0, 4)) + 1}${found.date.slice(4)}`;
  const months = new Set(story.months);
  const now = fitting(article, found.date, months);
  const then = fitting(article, later, months);
  if (then < MIN_FITTING || then <= now) return null;
  const evidence = `${found.evidence}; a year later, since ${then} of the months it names then fall in the story's`;
  return { ...found, date: later, evidence };
}
