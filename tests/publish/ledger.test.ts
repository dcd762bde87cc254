import { describe, expect, it } from 'vitest';
import type { EventMention } from '../../src/types.ts';
import { assignIds, emptyLedger, mentionKey } from '../../src/publish/ledger.ts';
import { eventOf, mentionOf } from '../helpers/mentions.ts';

const mention = (article: string, sentence: number, quote: string): EventMention => mentionOf(article, sentence, quote);
const event = eventOf;

const a1 = mention('a', 1, 'Zelensky met Erdoğan in Ankara on May 15.');
const b1 = mention('b', 3, 'The two presidents met in Ankara.');
const c1 = mention('c', 0, 'Putin dropped the offer last night.');

const NEUTRAL = /^\d{4}(?:-\d{2}){0,2}-[0-9a-z]{6,}$/;

describe('assignIds', () => {
  it('gives new events neutral ids: the start date and a short key that says nothing', () => {
    const first = assignIds([event('2025-05-15-zelensky-meets-putin', [a1])], emptyLedger());
    expect(first.events[0]!.id).toMatch(NEUTRAL);
    expect(first.events[0]!.id.startsWith('2025-05-15-')).toBe(true);
    expect(first.events[0]!.id).not.toContain('zelensky');
  });
  it('keeps an id when articles are renamed, reordered or added', () => {
    const first = assignIds([event('2025-05-15-meeting', [a1])], emptyLedger());
    const renamed = { ...a1, id: 'renamed#s-1', article: 'renamed' };
    const second = assignIds(
      [event('2025-05-15-putin', [c1]), event('2025-05-15-a-new-title', [renamed, b1])],
      first.ledger,
    );
    expect(second.events[1]!.id).toBe(first.events[0]!.id);
    expect(second.redirects).toEqual([]);
  });
  it('redirects the retired id when two published events merge', () => {
    const first = assignIds([event('x-meeting', [a1]), event('y-meeting', [b1])], emptyLedger());
    const [x, y] = first.events.map((e) => e.id);
    const second = assignIds([event('z', [a1, b1])], first.ledger);
    expect(second.events[0]!.id).toBe(x);
    expect(second.redirects).toEqual([{ id: y, to: x, title: 'y-meeting', moved: false }]);
    expect(second.ledger.events[y!]).toMatchObject({ state: 'merged', into: x });
  });
  it('moves an event whose date changed to a new id with the same key, and redirects the old one', () => {
    const first = assignIds([event('m', [a1])], emptyLedger());
    const old = first.events[0]!.id;
    const redated = {
      ...event('m', [a1]),
      date: { start: '2025-05-16', end: '2025-05-16', precision: 'day' as const },
    };
    const second = assignIds([redated], first.ledger);
    const now = second.events[0]!.id;
    expect(now.startsWith('2025-05-16-')).toBe(true);
    expect(now.slice(11)).toBe(old.slice(11));
    expect(second.redirects).toEqual([{ id: old, to: now, title: 'm', moved: true }]);
  });
  it('migrates an id from before neutral ids (a title slug) to a neutral one that it redirects to', () => {
    const legacy = {
      version: 1 as const,
      events: {
        '2025-05-15-zelensky-meets-putin-in-istanbul': {
          title: 'Zelensky meets Putin in Istanbul',
          date: '2025-05-15',
          state: 'active' as const,
          mentions: [mentionKey(a1)],
        },
      },
    };
    const second = assignIds([event('whatever', [a1])], legacy);
    expect(second.events[0]!.id).toMatch(NEUTRAL);
    expect(second.ledger.events['2025-05-15-zelensky-meets-putin-in-istanbul']).toMatchObject({
      state: 'moved',
      into: second.events[0]!.id,
    });
    // Built again from its own ledger, nothing moves.
    expect(assignIds([event('whatever', [a1])], second.ledger).events[0]!.id).toBe(second.events[0]!.id);
  });
  it('gives a split-off event a new id and keeps the old one with the larger part', () => {
    const first = assignIds([event('meeting', [a1, b1, c1])], emptyLedger());
    const second = assignIds([event('meeting-again', [a1, b1]), event('putin', [c1])], first.ledger);
    expect(second.events[0]!.id).toBe(first.events[0]!.id);
    expect(second.events[1]!.id).not.toBe(first.events[0]!.id);
  });
  it('withdraws an id whose event lost every source, and never gives it to another event', () => {
    const first = assignIds([event('meeting', [a1])], emptyLedger());
    const second = assignIds([], first.ledger);
    expect(second.withdrawn.map((w) => w.id)).toEqual([first.events[0]!.id]);
    const other = assignIds([event('meeting', [c1])], second.ledger);
    expect(other.events[0]!.id).not.toBe(first.events[0]!.id);
  });
  it('keys mentions by their words, ignoring case, accents and punctuation', () => {
    expect(mentionKey(a1)).toBe(
      mentionKey({ ...a1, quote: 'ZELENSKY met Erdogan in Ankara, on May 15', article: 'other', id: 'other#s-9' }),
    );
    expect(mentionKey(a1)).not.toBe(mentionKey(b1));
  });
});
