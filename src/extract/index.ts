/**
 * The extract stage: from an article's sentences to event mentions. Each sentence is dated
 * (its own words, else its embedded post's date, else the previous sentence when the language
 * ties it there), given a status (tense and modality, and the date against publication),
 * and tagged with the actors, places and event words it names.
 */
import type { Article, DateSpan, EventMention, Status } from '../types.ts';
import { type NameHit } from '../lib/names/matcher.ts';
import { tokens } from '../lib/names/fold.ts';
import { contentTerms } from '../lib/similarity/index.ts';
import { eventDates } from './event-dates.ts';
import { findTriggers } from './triggers.ts';
import { findPeople } from './people.ts';
import { JUST_BEFORE, resolveGaps, resolveJustBefore } from './hiatus.ts';
import { statusOf } from './status.ts';

export { statusOf } from './status.ts';
import type { EventDate } from './event-dates.ts';

const NAME_PAIR = /(?<![.!?]\s|^)\b\p{Lu}[\p{Ll}\p{M}’'-]+\s+\p{Lu}[\p{Ll}\p{M}’'-]+/gu;
const WHILE = /,?\s+(?:while|whereas)\s+/g;
const BREAK = /,\s+|;\s+/g;

/** The clauses of a sentence that may each report an event, with their dates. */
function partsOf(text: string, dates: EventDate[]): { clause: [number, number]; date: EventDate | null }[] {
  if (dates.length === 0) {
    // "X saw Y in Ankara, while NATO allies met in Antalya": two undated events.
    const cuts = [0, ...[...text.matchAll(WHILE)].map((m) => m.index), text.length];
    return cuts.slice(1).map((end, i) => ({ clause: [cuts[i]!, end] as [number, number], date: null }));
  }
  const parts: { clause: [number, number]; date: EventDate | null }[] = [];
  const first = dates[0]!;
  // A date late in the sentence, after a clause break, dates that clause, not the main one:
  // "ministers discussed the proposal, an issue for the summit scheduled for June 24–25".
  const breaks = [...text.slice(0, first.words[0]).matchAll(BREAK)].map((m) => m.index).filter((i) => text.slice(0, i).split(/\s+/).length >= 5);
  const reportsSomething = (i: number): boolean => findTriggers(tokens(text.slice(i))).length > 0;
  const cut = [...breaks].reverse().find(reportsSomething) ?? breaks[0] ?? -1;
  if (cut > 0 && first.words[0] > text.length / 2) {
    parts.push({ clause: [0, cut], date: null });
    first.clause = [cut, first.clause[1]];
  }
  for (const d of dates) {
    // "A met B on Monday, while C reached D": the while-clause happens at the same time.
    const cuts = [...text.slice(d.clause[0], d.clause[1]).matchAll(WHILE)].map((m) => d.clause[0] + m.index);
    const bounds = [d.clause[0], ...cuts, d.clause[1]];
    for (let i = 0; i + 1 < bounds.length; i++) parts.push({ clause: [bounds[i]!, bounds[i + 1]!], date: d });
  }
  return parts;
}

/** What extraction needs besides the article: the story's registries as matchers. */
export interface ExtractContext {
  /** Finds actor names in text. */
  findActors: (text: string) => NameHit[];
  /** Finds place names in text. */
  findPlaces: (text: string) => NameHit[];
  /** Stop after this many mentions (a dump, not an article); the caller reports it. */
  maxMentions?: number;
}

/** Mentions of one article, and people it names that the registry lacks. */
export interface Extraction {
  /** Event mentions, in sentence order. */
  mentions: EventMention[];
  /** Names that look like people but match no actor, with the line of first use. */
  unknownPeople: { name: string; line: number; column: number }[];
}

// Openings and references that make an undated sentence go on about the event before it.
const CONTINUES = /^(?:he|she|it|they|this|these|those|yet|both (?:sides|parties|delegations|leaders)|the two (?:sides|leaders|delegations|countries))\b|\b(?:the|this|that|these) (?:meeting|meetings|talks|discussions|negotiations|exchange|attack|operation|visit|call|summit|session|round|agreement|deal|statement|remarks|address)\b/i;
// Openings that tie a sentence to the time of the one before it.
const TIED = /^(?:back then|then|there|at the time|at that time|on that occasion|that day|at the end of the (?:\w+\s+)?(?:meeting|talks|visit|call)|during the (?:\w+\s+)?(?:meeting|talks|visit|call)|after the (?:\w+\s+)?(?:meeting|talks|visit|call)|at the meeting|in the meeting)\b/i;

/** Extract the event mentions of one article. */
export function extractMentions(article: Article, ctx: ExtractContext): Extraction {
  const mentions: EventMention[] = [];
  const unknown = new Map<string, { name: string; line: number; column: number }>();
  const fullySeen = new Set<string>();
  let anchor: string | null = null;
  let previous: { sentence: number; mention: EventMention } | null = null;
  const pub = article.publication;

  for (const sentence of article.sentences) {
    if (ctx.maxMentions !== undefined && mentions.length > ctx.maxMentions) break;
    const reference = sentence.embedDate ?? pub.date;
    const { dates, lastDay } = eventDates(sentence.text, { date: reference, yearHint: pub.yearHint, anchor });
    if (lastDay) anchor = lastDay;

    const actorHits = ctx.findActors(sentence.text).filter((h) => !h.short || fullySeen.has(h.id));
    for (const h of actorHits) if (!h.short) fullySeen.add(h.id);
    const placeHits = ctx.findPlaces(sentence.text);
    // compromise costs ~10 ms a sentence: run it only where a capitalised pair of words is
    // left that no registry name or place accounts for.
    const known = [...actorHits, ...placeHits];
    const unexplained = [...sentence.text.matchAll(NAME_PAIR)].some((m) => !known.some((h) => h.start < m.index + m[0].length && m.index < h.end));
    for (const name of unexplained ? findPeople(sentence.text) : []) {
      const covered = actorHits.some((h) => sentence.text.slice(h.start, h.end).includes(name.split(' ').pop()!));
      if (!covered && !unknown.has(name)) unknown.set(name, { name, line: sentence.line, column: sentence.column });
    }
    const author = sentence.origin === 'embed' ? embedAuthor(sentence.text, ctx, article, sentence.index) : [];

    const base = (k: number, clause: [number, number]) => {
      const text = sentence.text.slice(clause[0], clause[1]);
      const inClause = (h: NameHit) => h.start >= clause[0] && h.end <= clause[1];
      const actors = unique([...author, ...actorHits.filter(inClause).map((h) => h.id)]);
      const places = unique(placeHits.filter(inClause).map((h) => h.id));
      return {
        id: `${article.id}#s-${sentence.index}${k > 0 ? `-${k}` : ''}`,
        article: article.id,
        sentence: sentence.index,
        quote: sentence.text,
        line: sentence.line,
        column: sentence.column,
        actors,
        places,
        terms: contentTerms(text),
        triggers: findTriggers(tokens(text)),
        text,
      };
    };

    const parts = partsOf(sentence.text, dates);
    const adjacent = previous !== null && previous.sentence === sentence.index - 1 && sentence.origin !== 'headline' ? previous : null;
    const tied = TIED.test(sentence.text) ? adjacent : null;
    const continuing = !tied && dates.length === 0 && CONTINUES.test(sentence.text) ? adjacent : null;
    const emitted: EventMention[] = [];
    parts.forEach((part, k) => {
      const { text, ...m } = base(k, part.clause);
      if (part.date) {
        if (m.actors.length === 0 && m.triggers.length === 0) return;
        emitted.push({
          ...m,
          date: part.date.date,
          dateText: sentence.text.slice(part.date.words[0], part.date.words[1]),
          dateSource: 'sentence',
          dateOffsets: part.date.words[0] >= part.clause[0] && part.date.words[1] <= part.clause[1] ? part.date.words : null,
          status: statusOf(sentence.text, part.date.date, reference, part.date.words),
          tiedTo: null,
          continues: null,
          origin: sentence.origin,
        });
        return;
      }
      const continues = continuing && part.clause[0] === 0 ? continuing.mention.id : null;
      // "just before the talks" dates an event word on its own, even with no name beside it.
      const relative = m.triggers.length > 0 && JUST_BEFORE.test(text);
      if (!continues && !relative && (m.triggers.length === 0 || (m.actors.length === 0 && m.places.length === 0))) return;
      let date: DateSpan | null = null;
      let dateText: string | null = null;
      let dateSource: EventMention['dateSource'] = null;
      let tiedTo: string | null = null;
      if (sentence.origin === 'embed' && sentence.embedDate && !continues) {
        date = { start: sentence.embedDate, end: sentence.embedDate, precision: 'day' };
        dateText = `post dated ${sentence.embedDate}`;
        dateSource = 'embed';
      } else if (tied && part.clause[0] === 0) {
        if (tied.mention.date) {
          date = tied.mention.date;
          dateText = tied.mention.dateText;
          dateSource = 'paragraph';
        } else {
          tiedTo = tied.mention.id;
        }
      }
      emitted.push({ ...m, date, dateText, dateSource, dateOffsets: null, status: statusOf(text, date, reference), tiedTo, continues: date ? null : continues, origin: sentence.origin });
    });
    for (const e of emitted) mentions.push(e);
    const lastMention = emitted[emitted.length - 1];
    if (lastMention) previous = { sentence: sentence.index, mention: lastMention };
  }
  return { mentions: resolveJustBefore(resolveGaps(mentions)), unknownPeople: [...unknown.values()].sort((a, b) => a.line - b.line || a.name.localeCompare(b.name)) };
}

// The author of an embedded post speaks as "I": the signature line names them.
function embedAuthor(_text: string, ctx: ExtractContext, article: Article, index: number): string[] {
  const signature = article.furniture.find((f) => f.reason === 'signature line of an embedded post' && f.line >= (article.sentences[index]?.line ?? 0));
  if (!signature) return [];
  const name = signature.text.replace(/^\s*[—–-]\s*/, '').replace(/\(@.*$/, '');
  return unique(ctx.findActors(name).map((h) => h.id));
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}
