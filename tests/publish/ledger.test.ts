import { describe, expect, it } from 'vitest';
import type { EventMention, TimelineEvent } from '../../src/types.ts';
import { assignIds, emptyLedger, mentionKey } from '../../src/publish/ledger.ts';

const mention = (article: string, sentence: number, quote: string): EventMention => ({
  id: `${article}#s-${sentence}`, article, sentence, quote, line: 1, column: 1,
  date: { start: '2025-05-15', end: '2025-05-15', precision: 'day' }, dateText: 'May 15', dateSource: 'sentence', dateOffsets: null, clause: [0, 0],
  status: 'happened', actors: [], places: [], terms: [], triggers: [], tiedTo: null, sameOccasion: null, goesOnFrom: null, rules: [], origin: 'body', paragraph: 0, speakers: [], weak: false,
});
const event = (id: string, mentions: EventMention[]): TimelineEvent => ({
  id, date: { start: '2025-05-15', end: '2025-05-15', precision: 'day' }, status: 'happened', title: id, summary: mentions[0]!.quote,
  actors: [], places: [], mentions, links: [], disagreements: [],
});

const a1 = mention('a', 1, 'Zelensky met Erdoğan in Ankara on May 15.');
const b1 = mention('b', 3, 'The two presidents met in Ankara.');
const c1 = mention('c', 0, 'Putin dropped the offer last night.');

describe('assignIds', () => {
  it('keeps an id when articles are renamed, reordered or added', () => {
    const first = assignIds([event('2025-05-15-meeting', [a1])], emptyLedger());
    const renamed = { ...a1, id: 'renamed#s-1', article: 'renamed' };
    const second = assignIds([event('2025-05-15-putin', [c1]), event('2025-05-15-a-new-title', [renamed, b1])], first.ledger);
    expect(second.events.map((e) => e.id)).toEqual(['2025-05-15-putin', '2025-05-15-meeting']);
    expect(second.redirects).toEqual([]);
  });
  it('redirects the retired id when two published events merge', () => {
    const first = assignIds([event('x-meeting', [a1]), event('y-meeting', [b1])], emptyLedger());
    const second = assignIds([event('z', [a1, b1])], first.ledger);
    expect(second.events[0]!.id).toBe('x-meeting');
    expect(second.redirects).toEqual([{ id: 'y-meeting', to: 'x-meeting', title: 'y-meeting' }]);
    expect(second.ledger.events['y-meeting']).toMatchObject({ state: 'merged', into: 'x-meeting' });
  });
  it('gives a split-off event a new id and keeps the old one with the larger part', () => {
    const first = assignIds([event('meeting', [a1, b1, c1])], emptyLedger());
    const second = assignIds([event('meeting-again', [a1, b1]), event('putin', [c1])], first.ledger);
    expect(second.events.map((e) => e.id)).toEqual(['meeting', 'putin']);
  });
  it('withdraws an id whose event lost every source, and never reuses it', () => {
    const first = assignIds([event('meeting', [a1])], emptyLedger());
    const second = assignIds([], first.ledger);
    expect(second.withdrawn.map((w) => w.id)).toEqual(['meeting']);
    const third = assignIds([event('meeting', [c1])], second.ledger);
    expect(third.events[0]!.id).toBe('meeting-2');
  });
  it('keys mentions by their words, ignoring case, accents and punctuation', () => {
    expect(mentionKey(a1)).toBe(mentionKey({ ...a1, quote: 'ZELENSKY met Erdogan in Ankara, on May 15', article: 'other', id: 'other#s-9' }));
    expect(mentionKey(a1)).not.toBe(mentionKey(b1));
  });
});
