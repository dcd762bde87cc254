/**
 * Live pages: a bare clock time on its own line ("**15:20**", "09:40 GMT") opens an entry, and
 * what an entry reports without a date of its own happened on the page's day. One stamp is a
 * byline time; a page with two or more is a live page.
 */
import type { Article, Sentence } from '../types.ts';
import { ruleMeta } from '../lib/rules/index.ts';
import { ENTRY_LABEL, ENTRY_STAMP } from '../lib/lexicon/time-phrases.ts';

/** The rule, for the mentions it dates. */
export const LIVE_ENTRY_RULE = ruleMeta(
  'date-live-entry',
  'An undated sentence under a live page\'s entry time ("**15:20**") happened on the page\'s day.',
);

// Two stamps make a live page; one is a byline or update time.
const MIN_STAMPS = 2;

/**
 * For each sentence, the day of the live entry it stands in, or null (no live page, no date, before the first entry).
 */
export function liveEntryDay(article: Article): (sentence: Sentence) => string | null {
  // A day inferred from a neighbouring article may be a day off: its entries keep their own dating.
  const day = article.publication.from === 'inferred' ? null : article.publication.date;
  const stamp = (f: { text: string }) => ENTRY_STAMP.test(f.text.trim()) || ENTRY_LABEL.test(f.text.trim());
  const stamps = article.furniture.filter(stamp).map((f) => f.line);
  if (day === null || stamps.length < MIN_STAMPS) return () => null;
  const first = Math.min(...stamps);
  return (sentence) => (sentence.origin === 'body' && sentence.line > first ? day : null);
}
