/** One event built from a headline fixture's input: its mentions over a small registry. */
import type { Actor, EventMention, Place, TimelineEvent } from '../../src/types.ts';

export interface Input {
  status: 'happened' | 'planned';
  registry: { actors: Actor[]; places: Place[] };
  mentions: (Partial<EventMention> & { quote: string; article: string })[];
}

/** The event of a fixture, with its id and day. */
export function eventOf(input: Input, id = 'e', day = '2030-03-03'): TimelineEvent {
  const mentions = input.mentions.map(
    (m, i) =>
      ({
        id: `${m.article}#s-${i}`,
        sentence: i,
        line: 1,
        column: 1,
        date: { start: day, end: day, precision: 'day' },
        dateText: null,
        dateOffsets: null,
        clause: [0, m.quote.length],
        status: input.status,
        actors: [],
        places: [],
        terms: [],
        triggers: [],
        tiedTo: null,
        continues: null,
        sameOccasion: null,
        goesOnFrom: null,
        origin: 'body',
        paragraph: i,
        speakers: [],
        weak: false,
        dateSource: 'sentence',
        rules: [],
        ...m,
      }) as EventMention,
  );
  return {
    id,
    date: { start: day, end: day, precision: 'day' },
    status: input.status,
    title: 'Event',
    summary: mentions[0]!.quote,
    actors: [...new Set(mentions.flatMap((m) => m.actors))],
    places: [...new Set(mentions.flatMap((m) => m.places))],
    mentions,
    links: [],
    disagreements: [],
  };
}
