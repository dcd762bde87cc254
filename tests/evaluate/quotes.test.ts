import { describe, expect, it } from 'vitest';
import { quotePrecision } from '../../src/evaluate/quotes.ts';
import type { EventMention, TimelineEvent } from '../../src/types.ts';
import { eventOf, goldEventOf, mentionOf } from '../helpers/mentions.ts';

const event = (id: string, day: string, mentions: EventMention[]): TimelineEvent => ({
  ...eventOf(id, mentions),
  date: { start: day, end: day, precision: 'day' },
});
const gold = {
  articles: { a: { published: '2024-03-15', furniture: [] } },
  events: [goldEventOf('meeting', '2024-03-12', ['Lopes met Costa in Porto'])],
};
const report = mentionOf('a', 0, 'Lopes met Costa in Porto on March 12.');
const context = mentionOf('a', 1, 'Porto has long wanted a new bridge.');
const heading = mentionOf('a', 2, 'Lopes met Costa in Porto', { origin: 'headline' });

describe('quote precision', () => {
  it('counts a quoted sentence right only when it holds a gold quote of an event on that date', () => {
    expect(quotePrecision(gold, [event('e', '2024-03-12', [report, context])])).toEqual({ right: 1, total: 2 });
    // The same report under an event of another day does not report it.
    expect(quotePrecision(gold, [event('e', '2024-03-13', [report])])).toEqual({ right: 0, total: 1 });
  });
  it('counts each sentence once and leaves out headings, which pages do not quote', () => {
    const clause = { ...report, id: 'a#s-0-1' };
    expect(quotePrecision(gold, [event('e', '2024-03-12', [report, clause, heading])])).toEqual({
      right: 1,
      total: 1,
    });
  });
});
