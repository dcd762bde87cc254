/**
 * Quote precision: of the sentences event pages quote, the share that report their event by the
 * gold — the sentence holds a gold quote of an event on the page's date. A sentence the gold
 * takes as no report at all (context, opinion, a question) counts against it. Headings are not
 * quoted (see publish/quotes.ts), so they are not counted.
 */
import type { TimelineEvent } from '../types.ts';
import { onePerSentence, quotable } from '../publish/quotes.ts';
import { type GoldTimeline, dateMatches, norm } from './gold.ts';

/** How many quoted sentences report their event, of how many. */
export interface QuoteFigure {
  right: number;
  total: number;
}

/** Score the sentences every event quotes against the gold. */
export function quotePrecision(gold: GoldTimeline, events: TimelineEvent[]): QuoteFigure {
  const byArticle = new Map<string, { quote: string; ge: GoldTimeline['events'][number] }[]>();
  for (const ge of gold.events)
    for (const gm of ge.mentions)
      byArticle.set(gm.article, [...(byArticle.get(gm.article) ?? []), { quote: norm(gm.quote), ge }]);
  let right = 0;
  let total = 0;
  for (const e of events)
    for (const m of onePerSentence(quotable(e.mentions))) {
      total++;
      const sentence = norm(m.quote);
      const reports = (byArticle.get(m.article) ?? []).some(
        (g) => sentence.includes(g.quote) && dateMatches(e.date, g.ge),
      );
      if (reports) right++;
    }
  return { right, total };
}
