/** What an event page and the export quote: sentences that report it, never a heading that only names it. */
import { describe, expect, it } from 'vitest';
import { orderQuotes, quotable } from '../../src/publish/quotes.ts';
import type { EventMention } from '../../src/types.ts';
import { mentionOf } from '../helpers/mentions.ts';

const mention = (article: string, sentence: number, quote: string, origin: EventMention['origin']): EventMention =>
  mentionOf(article, sentence, quote, {
    date: { start: '2025-06-02', end: '2025-06-02', precision: 'day' },
    dateText: null,
    origin,
  });

const heading = mention('a', 4, 'Stalemate on Ceasefire Demands', 'headline');
const report = mention('a', 5, 'The delegations failed to agree on a ceasefire on Monday.', 'body');
const other = mention('b', 2, 'Talks in Istanbul ended without a truce.', 'body');

describe('quotable', () => {
  it('leaves headings and headlines out when a sentence reports the event', () => {
    expect(quotable([heading, report, other])).toEqual([report, other]);
    expect(orderQuotes([heading, report, other], null, new Map()).ordered).not.toContain(heading);
  });
  it('keeps a headline only when nothing else reports the event, rather than quote nothing', () => {
    expect(quotable([heading])).toEqual([heading]);
  });
});
