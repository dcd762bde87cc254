/** The scorer and a year-unknown event: a date miss against a gold date with a year, never a crash, never an invented year. */
import { describe, expect, it } from 'vitest';
import { scoreTimeline } from '../../src/evaluate/timeline.ts';
import type { GoldTimeline } from '../../src/evaluate/gold.ts';
import type { Article, DateSpan } from '../../src/types.ts';
import { eventOf, mentionOf } from '../helpers/mentions.ts';

const QUOTE = 'On May 8 the board of Harland Steel met in Leeds.';
const gold: GoldTimeline = {
  articles: { board: { published: null, furniture: [] } },
  events: [
    {
      id: 'board-meets',
      start: '2019-05-08',
      end: '2019-05-08',
      precision: 'day',
      status: 'happened',
      actors: [],
      places: [],
      mentions: [{ article: 'board', quote: QUOTE }],
    },
  ],
};
const article = { id: 'board', sentences: [{ index: 0, text: QUOTE }], furniture: [] } as unknown as Article;

function score(date: DateSpan) {
  const mention = mentionOf('board', 0, QUOTE, { date, dateText: 'May 8' });
  return scoreTimeline(gold, [{ ...eventOf('e', [mention]), date }], [article]);
}

describe('scoring a year-unknown event', () => {
  it('finds the mention but counts its date wrong, and invents no year', () => {
    const s = score({ start: 'XXXX-05-08', end: 'XXXX-05-08', precision: 'day' });
    expect(s.mentionsFound).toBe(1);
    expect(s.mentionDateAccuracy).toBe(0);
    expect(s.dateR).toBe(0);
    expect(s.inventedYears).toBe(0);
  });
  it('counts a year nobody wrote as invented, and the right year as right', () => {
    expect(score({ start: '2000-05-08', end: '2000-05-08', precision: 'day' }).inventedYears).toBe(1);
    expect(score({ start: '2019-05-08', end: '2019-05-08', precision: 'day' }).mentionDateAccuracy).toBe(1);
  });
});
