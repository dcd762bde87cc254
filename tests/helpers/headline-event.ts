/** One event built from a headline fixture's input: its mentions over a small registry. */
import type { Actor, Article, EventMention, Place, TimelineEvent } from '../../src/types.ts';

export interface Input {
  status: 'happened' | 'planned';
  registry: { actors: Actor[]; places: Place[] };
  /** Sentences before the mentions', for pronouns (rule `pronoun-antecedent`); a mention sets its `sentence`. */
  articles?: { id: string; sentences: string[]; furniture?: Article['furniture'] }[];
  mentions: (Partial<EventMention> & { quote: string; article: string })[];
}

/** The fixture's articles: its sentences, then each mention's at the index it gives. */
export function articlesOf(input: Input, event: TimelineEvent): Article[] {
  return (input.articles ?? []).map((a) => {
    const texts = [...a.sentences];
    for (const m of event.mentions) if (m.article === a.id) texts[m.sentence] = m.quote;
    const sentences = texts.map((text, index) => ({
      index,
      text,
      offset: 0,
      line: index + 1,
      column: 1,
      paragraph: 0,
      origin: 'body' as const,
    }));
    return { id: a.id, sentences, furniture: a.furniture ?? [] } as unknown as Article;
  });
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
