/**
 * The extract stage: from an article's sentences to event mentions. Each sentence is dated
 * (its own words, else its embedded post's date, else the sentence before when the language
 * ties it there), given a status (tense and modality, and the date against publication), and
 * tagged with the actors, places and event words it names. Every heuristic is a named rule
 * (see EXTRACT_RULES); a mention lists the ids of the rules that shaped it.
 */
import type { Article, EventMention, Sentence } from '../types.ts';
import type { RuleMeta } from '../lib/rules/index.ts';
import { ANCHOR_RULES } from './anchored-gaps.ts';
import { NAMES_A_DAY } from '../lib/lexicon/time-phrases.ts';
import { LIVE_ENTRY_RULE, liveEntryDay } from './live-entries.ts';
import { CLAUSE_RULES, partsOf } from './clause-cuts.ts';
import { WORD_RULES, clauseEventWords, closesQuote, leavesQuoteOpen } from './clauses.ts';
import {
  GOES_ON_RULES,
  type LinkInput,
  type Told,
  goesOnRule,
  movesOnWithStory,
  openingOf,
  sameOccasion,
  tieOf,
  tiedTime,
} from './discourse.ts';
import { EMIT_RULES, type ReadSentence, emitParts } from './emit.ts';
import { DATE_RULES, eventDates } from './event-dates.ts';
import {
  type ExtractContext,
  type UnknownPerson,
  nameInsideName,
  actingCapital,
  embedAuthor,
  namesOf,
  pairOfSides,
  reportsIt,
  unique,
  unregisteredPeople,
} from './names.ts';

export type { ExtractContext } from './names.ts';

/** Every extraction rule, in the order a sentence meets them: names, dates, clauses, links, emission, anchors. */
export const EXTRACT_RULES: readonly RuleMeta[] = [
  LIVE_ENTRY_RULE,
  nameInsideName,
  actingCapital,
  pairOfSides,
  embedAuthor,
  unregisteredPeople,
  reportsIt,
  ...Object.values(DATE_RULES),
  ...Object.values(CLAUSE_RULES),
  ...Object.values(WORD_RULES),
  ...GOES_ON_RULES,
  tiedTime,
  movesOnWithStory,
  sameOccasion,
  ...Object.values(EMIT_RULES),
  ...ANCHOR_RULES,
].map(({ id, doc }) => ({ id, doc }));

/** Mentions of one article, and people it names that the registry lacks. */
export interface Extraction {
  /** Event mentions, in sentence order. */
  mentions: EventMention[];
  /** Names that look like people but match no actor, with the line of first use. */
  unknownPeople: UnknownPerson[];
}

/** What reading an article carries from one sentence to the next. */
interface Thread {
  mentions: EventMention[];
  unknown: Map<string, UnknownPerson>;
  /** Actors named in full so far: their short names count from then on. */
  fullySeen: Set<string>;
  /** The last day a sentence named, and where: "at 04:30" counts from it. */
  anchor: string | null;
  anchorAt: { sentence: number; paragraph: number } | null;
  /** The last date any sentence told, at its precision: "four years later" counts from it. */
  lastTold: string | null;
  paragraphSize: Map<number, number>;
  /** The mention the next sentence would go on about. */
  previous: Told | null;
  /** The latest mention dating the story itself (not a background date). */
  narrative: Told | null;
  /** Whether a quotation is left open, and in which paragraph. */
  quoting: boolean;
  paragraph: number;
  /** Who is on stage in each mention: a sentence that goes on about another keeps its people. */
  cast: Map<string, string[]>;
  /** The day of the live-page entry a sentence stands in (see live-entries.ts). */
  entryDay: (sentence: Sentence) => string | null;
  /** The year the paragraph last wrote out in a date, which its bare dates take. */
  statedYear: { year: number; paragraph: number } | null;
}

/** Extract the event mentions of one article. */
export function extractMentions(article: Article, ctx: ExtractContext): Extraction {
  const paragraphSize = new Map<number, number>();
  for (const s of article.sentences) paragraphSize.set(s.paragraph, (paragraphSize.get(s.paragraph) ?? 0) + 1);
  const t: Thread = {
    mentions: [],
    unknown: new Map(),
    fullySeen: new Set(),
    anchor: null,
    anchorAt: null,
    lastTold: null,
    paragraphSize,
    previous: null,
    narrative: null,
    quoting: false,
    paragraph: -1,
    cast: new Map(),
    statedYear: null,
    entryDay: liveEntryDay(article),
  };
  for (const sentence of article.sentences) {
    // A quotation left open by the sentence before goes on in this one, in the same voice.
    const inQuote = t.quoting && sentence.paragraph === t.paragraph;
    t.quoting = inQuote ? !closesQuote(sentence.text) : leavesQuoteOpen(sentence.text);
    t.paragraph = sentence.paragraph;
    if (ctx.maxMentions !== undefined && t.mentions.length > ctx.maxMentions) break;
    readSentence(article, sentence, ctx, t, inQuote);
  }
  const mentions = ANCHOR_RULES.reduce((all, r) => r.apply(all), t.mentions);
  const unknownPeople = [...t.unknown.values()].sort((a, b) => a.line - b.line || a.name.localeCompare(b.name));
  return { mentions, unknownPeople };
}

// A date more than a year before the article is background, not the story being told.
function backgroundTest(article: Article): (m: EventMention) => boolean {
  const pub = article.publication.date;
  if (pub === null) return () => false;
  const yearBefore = `${Number(pub.slice(0, 4)) - 1}${pub.slice(4)}`;
  return (m) => m.date !== null && m.date.end < yearBefore;
}

// The event dates of a sentence; the last day it names becomes the anchor of what follows.
function dateSentence(article: Article, sentence: Sentence, t: Thread) {
  const pub = article.publication;
  // "At 04:30" counts from the day just told about (the sentence before, this paragraph);
  // further back, a live page's time stamp is its own day. "The following day" reaches further.
  const recent =
    t.anchorAt !== null && (t.anchorAt.paragraph === sentence.paragraph || t.anchorAt.sentence === sentence.index - 1);
  const reference = {
    date: sentence.embedDate ?? pub.date,
    yearHint: pub.yearHint,
    notBefore: pub.hintAfter ?? null,
    anchor: t.anchor,
    anchorIsRecent: recent,
    lastTold: t.lastTold,
    statedYear: t.statedYear?.paragraph === sentence.paragraph ? t.statedYear.year : null,
  };
  const dating = eventDates(sentence.text, reference);
  if (dating.statedYear !== null) t.statedYear = { year: dating.statedYear, paragraph: sentence.paragraph };
  if (dating.lastTold) t.lastTold = dating.lastTold;
  if (dating.lastDay) {
    t.anchor = dating.lastDay;
    t.anchorAt = { sentence: sentence.index, paragraph: sentence.paragraph };
  } else if (reference.date === null && NAMES_A_DAY.test(sentence.text)) {
    // A day it names but cannot resolve ("on Monday", no publication day): what follows counts from no known day.
    t.anchor = null;
    t.anchorAt = null;
  }
  return dating;
}

// Who is on stage, and what the next sentence may go on about or take its time from.
function remember(
  t: Thread,
  sentence: Sentence,
  emitted: EventMention[],
  background: (m: EventMention) => boolean,
): void {
  for (const e of emitted) {
    const from = e.sameOccasion ?? e.goesOnFrom;
    t.cast.set(e.id, unique([...e.actors, ...(from ? (t.cast.get(from) ?? []) : [])]));
  }
  t.mentions.push(...emitted);
  // What the next sentence goes on about: the quotation left open, else the last clause that
  // names something ("…, while NATO allies met in Antalya. There, …").
  const main = t.quoting ? emitted[emitted.length - 1] : ([...emitted].reverse().find((e) => !e.weak) ?? emitted[0]);
  if (main) t.previous = { sentence: sentence.index, mention: main };
  const current = [...emitted].reverse().find((e) => e.date !== null && !background(e));
  if (current) t.narrative = { sentence: sentence.index, mention: current };
}

function readSentence(article: Article, sentence: Sentence, ctx: ExtractContext, t: Thread, inQuote: boolean): void {
  const reference = sentence.embedDate ?? article.publication.date;
  const dating = dateSentence(article, sentence, t);
  const names = namesOf(article, sentence, ctx, t.fullySeen);
  if (unregisteredPeople.apply(sentence, [...names.actorHits, ...names.placeHits], names.actorHits, t.unknown)) {
    names.fired.push(unregisteredPeople.id);
  }
  const previous = t.previous;
  const adjacent =
    previous !== null && previous.sentence === sentence.index - 1 && sentence.origin !== 'headline' ? previous : null;
  const background = backgroundTest(article);
  const link: LinkInput = {
    sentence,
    opening: openingOf(sentence.text),
    adjacent,
    narrative: t.narrative,
    inQuote,
    actorHits: names.actorHits,
    placeHits: names.placeHits,
    hasEventWord: clauseEventWords(sentence.text).length > 0,
    cast: t.cast,
    paragraphSize: t.paragraphSize,
    background,
  };
  const tie = tieOf(link);
  const verdict = goesOnRule(link);
  const goesOn =
    !tie?.to && dating.dates.length === 0 && verdict?.link && adjacent ? { to: adjacent, rule: verdict.rule } : null;
  const refused = verdict && !verdict.link ? [verdict.rule] : [];
  const read: ReadSentence = {
    article,
    sentence,
    names,
    reference,
    tie,
    goesOn,
    fired: unique([...names.fired, ...dating.fired, ...refused]),
    entryDay: t.entryDay(sentence),
    inQuote,
    since: dating.since,
  };
  remember(t, sentence, emitParts(read, partsOf(sentence.text, dating.dates)), background);
}
