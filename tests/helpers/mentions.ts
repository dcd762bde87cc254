/**
 * Building mentions and events for tests: a plain happened mention of 2025-05-15 from the body
 * of an article, with only what a test sets differing.
 */
import type { EventMention, TimelineEvent } from '../../src/types.ts';

/** A mention of one sentence; `fields` overrides any default. */
export function mentionOf(
  article: string,
  sentence: number,
  quote: string,
  fields: Partial<EventMention> = {},
): EventMention {
  return {
    id: `${article}#s-${sentence}`,
    article,
    sentence,
    quote,
    line: 1,
    column: 1,
    date: { start: '2025-05-15', end: '2025-05-15', precision: 'day' },
    dateText: 'May 15',
    dateSource: 'sentence',
    dateOffsets: null,
    clause: [0, 0],
    status: 'happened',
    actors: [],
    places: [],
    terms: [],
    triggers: [],
    tiedTo: null,
    sameOccasion: null,
    goesOnFrom: null,
    rules: [],
    origin: 'body',
    paragraph: 0,
    speakers: [],
    weak: false,
    ...fields,
  };
}

/** An event of 2025-05-15 holding the given mentions, titled by its id. */
export function eventOf(id: string, mentions: EventMention[]): TimelineEvent {
  return {
    id,
    date: { start: '2025-05-15', end: '2025-05-15', precision: 'day' },
    status: 'happened',
    title: id,
    summary: mentions[0]!.quote,
    actors: [],
    places: [],
    mentions,
    links: [],
    disagreements: [],
  };
}

/** A happened gold event of one day, its quotes all from article "a". */
export function goldEventOf(id: string, day: string, quotes: string[]) {
  return {
    id,
    start: day,
    end: day,
    precision: 'day' as const,
    status: 'happened' as const,
    actors: [],
    places: [],
    mentions: quotes.map((quote) => ({ article: 'a', quote })),
  };
}
