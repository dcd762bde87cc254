import { describe, expect, it } from 'vitest';
import type { EventMention, MergeLink, TimelineEvent } from '../../src/types.ts';
import { ruleFigures } from '../../src/evaluate/rules.ts';
import { goldEventOf, mentionOf } from '../helpers/mentions.ts';

const mention = (id: string, quote: string, day: string, rules: string[]): EventMention =>
  mentionOf('a', Number(id.split('-')[1]), quote, {
    id,
    date: { start: day, end: day, precision: 'day' },
    dateText: null,
    clause: [0, quote.length],
    rules,
  });
const link = (m: string, w: string, rule: string): MergeLink => ({
  mention: m,
  with: w,
  score: 1,
  date: 'same',
  sharedActors: [],
  sharedPlaces: [],
  similarity: 0,
  why: '',
  rule,
});
const event = (id: string, day: string, mentions: EventMention[], links: MergeLink[] = []): TimelineEvent => ({
  id,
  date: { start: day, end: day, precision: 'day' },
  status: 'happened',
  title: id,
  summary: '',
  actors: [],
  places: [],
  mentions,
  links,
  disagreements: [],
});
const gold = {
  articles: { a: { published: '2024-03-15', furniture: [] } },
  events: [
    goldEventOf('meeting', '2024-03-12', ['Lopes met Costa', 'The meeting was long']),
    goldEventOf('flood', '2024-03-10', ['The river flooded']),
  ],
};

describe('rule figures', () => {
  it('counts a mention rule right when its event has the gold date, and leaves what the gold lacks unjudged', () => {
    const met = mention('a#s-0', 'Lopes met Costa on March 12.', '2024-03-12', ['date-own-words']);
    const flood = mention('a#s-1', 'The river flooded on March 11.', '2024-03-11', ['date-own-words']);
    const other = mention('a#s-2', 'Nobody wrote this in the gold.', '2024-03-11', ['date-own-words']);
    const figures = ruleFigures(
      gold,
      [event('m', '2024-03-12', [met]), event('f', '2024-03-11', [flood, other])],
      [],
      [],
    );
    expect(figures.get('date-own-words')).toEqual({ fired: 3, judged: 2, right: 1 });
  });
  it('judges a link by whether both mentions belong to one gold event, and a refusal by whether they do not', () => {
    const met = mention('a#s-0', 'Lopes met Costa on March 12.', '2024-03-12', []);
    const long = mention('a#s-1', 'The meeting was long.', '2024-03-12', []);
    const flood = mention('a#s-2', 'The river flooded on March 10.', '2024-03-10', []);
    const events = [
      event(
        'm',
        '2024-03-12',
        [met, long, flood],
        [link(long.id, met.id, 'attach-goes-on'), link(flood.id, met.id, 'attach-goes-on')],
      ),
    ];
    const score = { score: 0, date: 'none', sharedActors: [], sharedPlaces: [], similarity: 0 } as never;
    const rejections = [{ mention: flood.id, candidate: met.id, score, reason: '', rule: 'refuse-different-kinds' }];
    const figures = ruleFigures(gold, events, [], rejections);
    expect(figures.get('attach-goes-on')).toEqual({ fired: 2, judged: 2, right: 1 });
    expect(figures.get('refuse-different-kinds')).toEqual({ fired: 1, judged: 1, right: 1 });
  });
});
