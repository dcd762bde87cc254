/**
 * Who and where a sentence names: registry actors (a short name only after the full one), places
 * that are venues (not a capital acting as its government, not one of two sides), the author of
 * an embedded post, the speakers who only report an event, and people the registry lacks.
 */
import type { Article, Sentence } from '../types.ts';
import type { NameHit } from '../lib/names/matcher.ts';
import { rule } from '../lib/rules/index.ts';
import { ACTS, REPORTS_AFTER, REPORTS_BEFORE } from '../lib/lexicon/reporting-verbs.ts';
import { findPeople } from './people.ts';
import { signatureAuthor } from '../lib/names/signature.ts';
import { ORGANISATION_HEADS, VENUE_HEADS } from '../lib/lexicon/name-shapes.ts';
import { foldText } from '../lib/names/fold.ts';

/** What extraction needs besides the article: the story's registries as matchers. */
export interface ExtractContext {
  /** Finds actor names in text. */
  findActors: (text: string) => NameHit[];
  /** Finds place names in text. */
  findPlaces: (text: string) => NameHit[];
  /** Stop after this many mentions (a dump, not an article); the caller reports it. */
  maxMentions?: number;
}

/** A person the registry lacks, where first named. */
export interface UnknownPerson {
  name: string;
  line: number;
  column: number;
}

/** The names of one sentence, and the rules that shaped them. */
export interface SentenceNames {
  actorHits: NameHit[];
  placeHits: NameHit[];
  /** Actor ids of an embedded post's author. */
  author: string[];
  /** Rules that removed or added a name, for the evidence of the sentence's mentions. */
  fired: string[];
}

// Characters after a place name where a verb would make it an actor.
const VERB_WINDOW = 24;
// Characters after and before a name where a reporting verb or attribution would make it a speaker.
const REPORT_AFTER_WINDOW = 40;
const REPORT_BEFORE_WINDOW = 60;
// Characters before a pair of places where "between" / "of" / "from" would make them two sides.
const SIDES_WINDOW = 12;

/** "Ankara has made clear…", "Moscow insists…": a capital that acts is its government, not a venue. */
export const actingCapital = rule(
  { id: 'place-acting-capital', doc: 'A place name followed by a verb of acting names its government, not a venue.' },
  (text: string, h: NameHit): boolean => ACTS.test(text.slice(h.end, h.end + VERB_WINDOW)),
);

/** "talks between Moscow and Kyiv": the cities stand for the sides. */
export const pairOfSides = rule(
  {
    id: 'place-pair-of-sides',
    doc: 'Two places joined by "and" after "between/of/from" are the two sides, not venues.',
  },
  (text: string, h: NameHit, places: NameHit[]): boolean => {
    const joined = (a: NameHit, b: NameHit): boolean => /^\s+and\s+$/.test(text.slice(a.end, b.start));
    const pair = places.find((o) => o !== h && (joined(h, o) || joined(o, h)));
    if (!pair) return false;
    const first = Math.min(h.start, pair.start);
    return /\b(?:between|of|from)\s+$/i.test(text.slice(Math.max(0, first - SIDES_WINDOW), first));
  },
);

/** "Zelensky indicated that talks could begin": the speaker reports the event, not attends it. */
export const reportsIt = rule(
  { id: 'speaker-reports', doc: 'An actor followed by a reporting verb, or after "according to", reports the event.' },
  (text: string, h: NameHit): boolean =>
    REPORTS_AFTER.test(text.slice(h.end, h.end + REPORT_AFTER_WINDOW)) ||
    REPORTS_BEFORE.test(text.slice(Math.max(0, h.start - REPORT_BEFORE_WINDOW), h.start)),
);

/** "the Francis Scott Key Bridge", "the Reagan Foundation": a person's name that opens a place's or a body's. */
export const nameInsideName = rule(
  {
    id: 'actor-inside-longer-name',
    doc: 'An actor\'s name followed by a venue or body head ("X Bridge", "X Foundation") is part of that name.',
  },
  (text: string, h: NameHit): boolean => {
    const next = /^[ \u00A0]+(\p{Lu}[\p{L}\p{M}]*)/u.exec(text.slice(h.end))?.[1];
    return next !== undefined && (VENUE_HEADS.has(foldText(next)) || ORGANISATION_HEADS.has(foldText(next)));
  },
);

/** The author of an embedded post speaks as "I": the signature line names them. */
export const embedAuthor = rule(
  { id: 'actor-embed-signature', doc: 'A sentence of an embedded post names the author its signature line gives.' },
  (ctx: ExtractContext, article: Article, index: number): string[] => {
    const name = signatureAuthor(article, article.sentences[index]?.line ?? 0);
    return name ? unique(ctx.findActors(name).map((h) => h.id)) : [];
  },
);

// Two capitalised words not at a sentence start: a name, perhaps of a person the registry lacks.
const NAME_PAIR = /(?<![.!?]\s|^)\b\p{Lu}[\p{Ll}\p{M}’'-]+\s+\p{Lu}[\p{Ll}\p{M}’'-]+/gu;

/** People a sentence names that no registry actor covers, added to `unknown` at first use. */
export const unregisteredPeople = rule(
  {
    id: 'person-unregistered',
    doc: 'A capitalised pair no registry name explains is looked up as a person the registry lacks.',
  },
  (sentence: Sentence, known: NameHit[], actorHits: NameHit[], unknown: Map<string, UnknownPerson>): boolean => {
    const text = sentence.text;
    const before = unknown.size;
    // compromise costs ~10 ms a sentence: run it only where a capitalised pair is left unexplained.
    const overlaps = (m: RegExpMatchArray) => known.some((h) => h.start < m.index! + m[0].length && m.index! < h.end);
    if (![...text.matchAll(NAME_PAIR)].some((m) => !overlaps(m))) return false;
    for (const name of findPeople(text)) {
      const covered = actorHits.some((h) => text.slice(h.start, h.end).includes(name.split(' ').pop()!));
      if (!covered && !unknown.has(name)) unknown.set(name, { name, line: sentence.line, column: sentence.column });
    }
    return unknown.size > before;
  },
);

/** The actors, places and author of a sentence. `fullySeen` holds actors named in full so far. */
export function namesOf(
  article: Article,
  sentence: Sentence,
  ctx: ExtractContext,
  fullySeen: Set<string>,
): SentenceNames {
  const text = sentence.text;
  const fired: string[] = [];
  const actorHits = ctx.findActors(text).filter((h) => {
    if (!nameInsideName.apply(text, h)) return !h.short || fullySeen.has(h.id);
    fired.push(nameInsideName.id);
    return false;
  });
  for (const h of actorHits) if (!h.short) fullySeen.add(h.id);
  const allPlaces = ctx.findPlaces(text);
  const placeHits = allPlaces.filter((h) => {
    const dropped = actingCapital.apply(text, h)
      ? actingCapital
      : pairOfSides.apply(text, h, allPlaces)
        ? pairOfSides
        : null;
    if (dropped) fired.push(dropped.id);
    return dropped === null;
  });
  const author = sentence.origin === 'embed' ? embedAuthor.apply(ctx, article, sentence.index) : [];
  if (author.length) fired.push(embedAuthor.id);
  return { actorHits, placeHits, author, fired: unique(fired) };
}

/** The actors of a clause who only report its event. */
export function speakersIn(text: string, hits: NameHit[]): string[] {
  const reporting = unique(hits.filter((h) => reportsIt.apply(text, h)).map((h) => h.id));
  return reporting.filter((id) => !hits.some((h) => h.id === id && !reportsIt.apply(text, h)));
}

/** Names are compared as actors and places; left in the words they would count twice. */
export function withoutNames(text: string, clause: [number, number], hits: NameHit[]): string {
  let out = text.slice(clause[0], clause[1]);
  for (const h of [...hits].sort((a, b) => b.start - a.start)) {
    if (h.start >= clause[0] && h.end <= clause[1])
      out = `${out.slice(0, h.start - clause[0])} ${out.slice(h.end - clause[0])}`;
  }
  return out;
}

/** Items without repeats, in first order. */
export function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}
