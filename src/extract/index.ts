/**
 * The extract stage: from an article's sentences to event mentions. Each sentence is dated
 * (its own words, else its embedded post's date, else the previous sentence when the language
 * ties it there), given a status (tense and modality, and the date against publication),
 * and tagged with the actors, places and event words it names.
 */
import type { Article, DateSpan, EventMention } from '../types.ts';
import { type NameHit } from '../lib/names/matcher.ts';
import { contentTerms } from '../lib/similarity/index.ts';
import { eventDates } from './event-dates.ts';
import { clauseTriggers, closesQuote, leavesQuoteOpen, partsOf } from './clauses.ts';
import { findPeople } from './people.ts';
import { JUST_BEFORE, resolveGaps, resolveJustBefore } from './hiatus.ts';
import { statusOf } from './status.ts';

export { statusOf } from './status.ts';

const NAME_PAIR = /(?<![.!?]\s|^)\b\p{Lu}[\p{Ll}\p{M}’'-]+\s+\p{Lu}[\p{Ll}\p{M}’'-]+/gu;

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

const ACTS = /^\s+(?:has|have|had|is|was|will|would|could|can|says|said|insists|insisted|rejects|rejected|wants|wanted|made|makes|refused|refuses|agreed|agrees|warned|warns|announced|announces|does|did|stands|stood|believes|believed|denied|denies|demands|demanded|accused|accuses|greets|greeted|hails|hailed|welcomes|welcomed|slams|backs|urges|vows|condemns|praises|confirms|seeks|plans)\b/i;
// Linking words that open a sentence without changing what it is about.
const CONNECTIVE = /^(?:(?:however|but|yet|still|and|moreover|meanwhile|indeed|also|furthermore|in addition|then),?\s+)+/i;
// "Erdoğan also underscored…": the same person goes on, in the same scene.
const ALSO = /^[\p{Lu}][\p{L}\p{M}’'.-]*(?:\s+[\p{Lu}][\p{L}\p{M}’'.-]*){0,3}\s+(?:also|further|additionally|then)\b/u;
// Openings and references that make an undated sentence go on about the event before it.
const CONTINUES = /^(?:he|she|it|they|this|these|those|yet|both (?:sides|parties|delegations|leaders)|the two (?:sides|leaders|delegations|countries))\b|\b(?:the|this|that|these) (?:meeting|meetings|talks|discussions|negotiations|exchange|attack|operation|visit|call|summit|session|round|agreement|deal|statement|remarks|address)\b/i;
// Openings that tie a sentence to the time of the one before it.
const TIED = /^(?:back then|then|afterwards|afterward|after that|later|subsequently|there|at the time|at that time|on that occasion|that day|at the end of the (?:\w+\s+)?(?:meeting|talks|visit|call)|during the (?:\w+\s+)?(?:meeting|talks|visit|call)|after the (?:\w+\s+)?(?:meeting|talks|visit|call)|at the meeting|in the meeting)\b/i;
// Of those, the openings that move the story on ("back then" stays with the date just named).
const AFTERWARDS = /^(?:afterwards|afterward|after that|later|subsequently)\b/i;
// Of those, the openings that stay in the same occasion, not just at the same time: what
// happens "at the end of" or "after" a meeting is another event of that day.
const SCENE = /^(?:there|on that occasion|during the (?:\w+\s+)?(?:meeting|talks|visit|call)|at the meeting|in the meeting)\b/i;

/** Extract the event mentions of one article. */
export function extractMentions(article: Article, ctx: ExtractContext): Extraction {
  const mentions: EventMention[] = [];
  const unknown = new Map<string, { name: string; line: number; column: number }>();
  const fullySeen = new Set<string>();
  let anchor: string | null = null;
  let anchorAt: { sentence: number; paragraph: number } | null = null;
  const paragraphSize = new Map<number, number>();
  for (const s of article.sentences) paragraphSize.set(s.paragraph, (paragraphSize.get(s.paragraph) ?? 0) + 1);
  let previous: { sentence: number; mention: EventMention } | null = null;
  const pub = article.publication;
  let quoting = false;
  let paragraph = -1;
  const cast = new Map<string, string[]>();
  let narrative: { sentence: number; mention: EventMention } | null = null;
  // A date more than a year before the article is background, not the story being told.
  const background = (m: EventMention): boolean => m.date !== null && pub.date !== null && m.date.end < `${Number(pub.date.slice(0, 4)) - 1}${pub.date.slice(4)}`;

  for (const sentence of article.sentences) {
    // A quotation left open by the sentence before goes on in this one, in the same voice.
    const inQuote: boolean = quoting && sentence.paragraph === paragraph;
    quoting = inQuote ? !closesQuote(sentence.text) : leavesQuoteOpen(sentence.text);
    paragraph = sentence.paragraph;
    if (ctx.maxMentions !== undefined && mentions.length > ctx.maxMentions) break;
    const reference = sentence.embedDate ?? pub.date;
    // "At 04:30" counts from the day just told about (the sentence before, this paragraph);
    // further back, a live page's time stamp is its own day. "The following day" reaches further.
    const recent = anchorAt !== null && (anchorAt.paragraph === sentence.paragraph || anchorAt.sentence === sentence.index - 1);
    const { dates, lastDay } = eventDates(sentence.text, { date: reference, yearHint: pub.yearHint, anchor, anchorIsRecent: recent });
    if (lastDay) {
      anchor = lastDay;
      anchorAt = { sentence: sentence.index, paragraph: sentence.paragraph };
    }

    const actorHits = ctx.findActors(sentence.text).filter((h) => !h.short || fullySeen.has(h.id));
    for (const h of actorHits) if (!h.short) fullySeen.add(h.id);
    // "Ankara has made clear…", "Moscow insists…": a capital that acts is its government, not a
    // venue; so are the two sides of "representatives of Moscow and Kyiv".
    const allPlaces = ctx.findPlaces(sentence.text);
    const placeHits = allPlaces.filter((h) => !ACTS.test(sentence.text.slice(h.end, h.end + 24)) && !partyOf(sentence.text, h, allPlaces));
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
      const speakers = unique(actorHits.filter((h) => inClause(h) && reports(sentence.text, h)).map((h) => h.id)).filter((id) => !actorHits.some((h) => h.id === id && inClause(h) && !reports(sentence.text, h)));
      return {
        id: `${article.id}#s-${sentence.index}${k > 0 ? `-${k}` : ''}`,
        article: article.id,
        sentence: sentence.index,
        quote: sentence.text,
        line: sentence.line,
        column: sentence.column,
        actors,
        places,
        terms: contentTerms(withoutNames(sentence.text, clause, [...actorHits, ...placeHits])),
        triggers: clauseTriggers(text),
        clause,
        paragraph: sentence.paragraph,
        speakers,
        text,
      };
    };

    const parts = partsOf(sentence.text, dates);
    const adjacent = previous !== null && previous.sentence === sentence.index - 1 && sentence.origin !== 'headline' ? previous : null;
    // "Afterwards, …" follows the story, not a background date the sentence before recalled.
    const tied = TIED.test(sentence.text) ? (adjacent && AFTERWARDS.test(sentence.text) && background(adjacent.mention) ? narrative : adjacent) : null;
    const opening = sentence.text.replace(CONNECTIVE, '');
    // "He is also open to talks in Istanbul" after a sentence about Ankara is another event.
    const elsewhere = adjacent !== null && placeHits.length > 0 && adjacent.mention.places.length > 0 && !placeHits.some((h) => adjacent.mention.places.includes(h.id));
    const sameSubject = ALSO.test(opening) && actorHits[0]?.start === sentence.text.length - opening.length && adjacent !== null && (cast.get(adjacent.mention.id) ?? []).includes(actorHits[0].id);
    // A sentence inside a paragraph that names no event of its own elaborates the one before:
    // "According to Ukrainian sources, 117 drones were smuggled in…" after the attack.
    // Wire copy gives each sentence a paragraph of its own: there, the paragraph before counts.
    const short = (p: number): boolean => (paragraphSize.get(p) ?? 0) === 1;
    const together = adjacent !== null && (adjacent.mention.paragraph === sentence.paragraph || (short(adjacent.mention.paragraph) && short(sentence.paragraph)));
    const elaborates = adjacent !== null && together && sentence.origin === 'body' && !/\?["”]?\s*$/.test(sentence.text) && clauseTriggers(sentence.text).length === 0;
    const goesOn = inQuote || (!elsewhere && (CONTINUES.test(opening) || sameSubject || elaborates));
    const continuing = !tied && dates.length === 0 && goesOn ? adjacent : null;
    const emitted: EventMention[] = [];
    parts.forEach((part, k) => {
      const { text, ...m } = base(k, part.clause);
      if (part.date) {
        // "ready to host them, as was the case in March 2022": an earlier event of the main clause's kind.
        if (part.date.role === 'comparison') m.triggers = unique([...m.triggers, ...clauseTriggers(sentence.text.slice(0, part.clause[0]))]);
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
          weak: m.actors.length === 0 && m.triggers.length === 0,
        });
        return;
      }
      const continues = continuing && part.clause[0] === 0 ? continuing.mention.id : null;
      // "just before the talks" dates an event word on its own, even with no name beside it.
      const relative = m.triggers.length > 0 && JUST_BEFORE.test(text);
      if (!continues && !relative && m.triggers.length === 0) return;
      // An event word with no name ("the exchange was executed") can only join its article's event of that kind.
      const weak = !continues && !relative && m.actors.length === 0 && m.places.length === 0;
      let date: DateSpan | null = null;
      let dateText: string | null = null;
      let dateSource: EventMention['dateSource'] = null;
      let tiedTo: string | null = null;
      let scene: string | null = null;
      if (sentence.origin === 'embed' && sentence.embedDate && !continues) {
        date = { start: sentence.embedDate, end: sentence.embedDate, precision: 'day' };
        dateText = `post dated ${sentence.embedDate}`;
        dateSource = 'embed';
      } else if (tied && part.clause[0] === 0) {
        // "There, …", "During the meeting, …": the same occasion as the sentence before;
        // "At the end of the meeting, …", "Back then, …": only its time.
        if (SCENE.test(sentence.text)) scene = tied.mention.id;
        if (tied.mention.date) {
          date = tied.mention.date;
          dateText = tied.mention.dateText;
          dateSource = 'paragraph';
        } else if (!scene) {
          tiedTo = tied.mention.id;
        }
      }
      emitted.push({ ...m, date, dateText, dateSource, dateOffsets: null, status: statusOf(text, date, reference), tiedTo, continues: scene ?? (date ? null : continues), origin: sentence.origin, weak });
    });
    // Who is on stage: a sentence that goes on about another keeps its people ("He also…").
    for (const e of emitted) cast.set(e.id, unique([...e.actors, ...(e.continues ? (cast.get(e.continues) ?? []) : [])]));
    for (const e of emitted) mentions.push(e);
    // What the next sentence goes on about: the quotation left open, else the last clause that
    // names something ("…, while NATO allies met in Antalya. There, …").
    const main = quoting ? emitted[emitted.length - 1] : ([...emitted].reverse().find((e) => !e.weak) ?? emitted[0]);
    if (main) previous = { sentence: sentence.index, mention: main };
    const current = [...emitted].reverse().find((e) => e.date !== null && !background(e));
    if (current) narrative = { sentence: sentence.index, mention: current };
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

const REPORTS_AFTER = /^\s*,?\s*(?:has |had |also |then |later )?(?:said|says|indicated|indicates|announced|announces|stated|states|added|adds|claimed|claims|noted|notes|stressed|insisted|warned|argued|hinted|commented|believes|suggested|reiterated)\b/i;
const REPORTS_BEFORE = /(?:\b(?:announced|said|stated|reported|confirmed|claimed|suggested|proposed)\b[^.]{0,30}\bby|according to)(?:\s+\p{Lu}[\p{L}\p{M}-]+)?\s+$/iu;

// "Zelensky indicated that talks could begin": the speaker reports the event, not attends it.
function reports(text: string, h: NameHit): boolean {
  return REPORTS_AFTER.test(text.slice(h.end, h.end + 40)) || REPORTS_BEFORE.test(text.slice(Math.max(0, h.start - 60), h.start));
}

// "talks between Moscow and Kyiv", "delegations of Moscow and Kyiv": the cities stand for the sides.
function partyOf(text: string, h: NameHit, places: NameHit[]): boolean {
  const pair = places.find((o) => o !== h && (/^\s+and\s+$/.test(text.slice(h.end, o.start)) || /^\s+and\s+$/.test(text.slice(o.end, h.start))));
  if (!pair) return false;
  const first = Math.min(h.start, pair.start);
  return /\b(?:between|of|from)\s+$/i.test(text.slice(Math.max(0, first - 12), first));
}

// Names are compared as actors and places; left in the words they would count twice.
function withoutNames(text: string, clause: [number, number], hits: NameHit[]): string {
  let out = text.slice(clause[0], clause[1]);
  for (const h of [...hits].sort((a, b) => b.start - a.start)) {
    if (h.start >= clause[0] && h.end <= clause[1]) out = out.slice(0, h.start - clause[0]) + ' ' + out.slice(h.end - clause[0]);
  }
  return out;
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}
