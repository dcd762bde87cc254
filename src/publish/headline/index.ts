/**
 * Headlines that say who did what, where: built from the event's best report sentence — its
 * subject, verb and object without subordinate clauses — with the name sources give the
 * event, and scored so that a rebuild keeps a published title unless the new one is better.
 */
import type { Actor, Article, EventMention, Place, TimelineEvent } from '../../types.ts';
import { earlierSentences, embedAuthors } from './antecedent.ts';
import { createMatcher } from '../../lib/names/matcher.ts';
import { type Candidate, type HeadlineContext, candidateFrom, cleanSentence, partOfSentence } from './candidate.ts';
import { judge, refusal } from './rules.ts';
import { titleFlaws } from './shape.ts';
import { MAIN_CLAUSE_FALLBACK, trimmedSentence } from './trim.ts';
import { participantsOf, withoutName } from './published.ts';
import { ownDated } from '../../lib/mentions/own-dated.ts';
import { CONNECTIVE } from '../../lib/lexicon/connectives.ts';
import type { Lexicon } from './clause.ts';
import type { Headline, HeadlineRegistry } from './headline.ts';
import nlp from 'compromise';

export { GUARDS, SCORES, SHAPES } from './rules.ts';
export { distinctTitles } from './distinct.ts';
export { keepPublished, stillHolds } from './published.ts';
export type { Headline, HeadlineRegistry } from './headline.ts';

/**
 * Prepare the registry for headlines: a name matcher and compromise lexicon entries; with the
 * articles and their mentions, the sentences before each mention (rule `pronoun-antecedent`).
 */
export function headlineRegistry(
  actors: Actor[],
  places: Place[],
  text?: { articles: Article[]; mentions: EventMention[] },
): HeadlineRegistry {
  // No compromise lexicon: it costs four times the parse; a capitalised word compromise reads
  // as an adjective is taken for a name instead (clause.ts).
  const lexicon: Lexicon = {};
  // "Kim" is shared when two people bear it, whichever short form each is called by.
  const shorts = actors.filter((a) => a.kind === 'person').flatMap((a) => [...new Set(oneWordForms(a))]);
  const findActors = createMatcher(
    actors.map((a) => ({ id: a.id, full: [a.name, ...a.aliases], short: a.shortNames })),
  );
  return {
    sharedShortNames: new Set(shorts.filter((s, i) => shorts.indexOf(s) !== i)),
    actors: new Map(actors.map((a) => [a.id, a])),
    places: new Map(places.map((p) => [p.id, p])),
    findActors,
    lexicon,
    earlier: text && earlierSentences(text.articles, text.mentions, findActors),
    authorOf: text && embedAuthors(text.articles),
  };
}

// The name sources give an event: "the Black Sea Grain Initiative", "Operation Spider Web",
// "known as “Pavutyna”", "the so-called Minsk Protocol".
const EVENT_NOUN =
  'Initiative|Agreement|Accords?|Treaty|Deal|Summit|Protocol|Declaration|Memorandum|Conference|Pact|Charter|' +
  'Convention|Process|Format';
const CAPITALISED = String.raw`\p{Lu}[\p{L}\p{M}'’-]*`;
const NAMED = new RegExp(
  String.raw`\b((?:${CAPITALISED}\s+){1,4}(?:${EVENT_NOUN}))\b|\b(Operation\s+(?:${CAPITALISED}\s*){1,3})`,
  'gu',
);
const CALLED = new RegExp(
  String.raw`\b(?:known as|dubbed|code-?named|so-called|named)\s+(?:the\s+)?[“"‘]?` +
    String.raw`(\p{Lu}[\p{L}\p{M}'’ -]{2,40}?)(?=[”"’.,;(]|\s+\(|$)`,
  'gu',
);

/** Names sources give an event in a sentence. */
export function eventNames(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(NAMED)) {
    const name = (m[1] ?? m[2] ?? '').trim();
    // "The Summit" opening a sentence is a capitalised common noun, not a name.
    if (name.split(/\s+/).length >= 2 && !/^(?:The|A|An|This|That|Its|Their)\s/.test(name)) out.push(name);
  }
  for (const m of text.matchAll(CALLED)) out.push(m[1]!.trim());
  return out;
}

/** The name most of the event's reports call it by, if enough of them do. */
function nameOf(mentions: EventMention[]): string | null {
  const counts = new Map<string, number>();
  for (const m of mentions)
    for (const n of new Set(eventNames(m.quote.slice(m.clause[0], m.clause[1]))))
      counts.set(n, (counts.get(n) ?? 0) + 1);
  const [best] = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  // A name dropped in passing by one report of many is another event's name.
  return best && best[1] >= Math.max(1, Math.ceil(mentions.length / 3)) ? best[0] : null;
}

const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

// "The Electric Reliability Council of Texas, known as ERCOT,": a name that is an actor's names a body, no event.
function notAnActor(name: string | null, registry: HeadlineRegistry): string | null {
  return name && registry.findActors(name).some((h) => h.start === 0 && h.end === name.length) ? null : name;
}

// Candidates are built from the sentences most likely to report the event plainly; parsing
// every quote of a 30-quote event would cost more than it finds.
const MAX_CANDIDATES = 6;
const preRank = (m: EventMention): number =>
  (ownDated(m) ? 3 : 0) +
  Math.min(3, m.actors.filter((a) => !m.speakers.includes(a)).length) +
  Math.min(1, m.places.length) +
  (m.triggers.length ? 1 : 0) +
  (m.origin === 'headline' ? -10 : 0) -
  (m.clause[1] - m.clause[0]) / 80;

/** The context of one event for the rules. */
export function headlineContext(event: TimelineEvent, registry: HeadlineRegistry): HeadlineContext {
  return {
    ...registry,
    participants: participantsOf(event, registry),
    eventPlaces: event.places,
    eventName: notAnActor(nameOf(event.mentions), registry),
    planned: event.status === 'planned',
    quotes: event.mentions.map((m) => ({ article: m.article, text: m.quote, actors: m.actors })),
  };
}

/** The best headline for an event; none of the titles `taken` by other events (compared without case). */
export function headlineOf(event: TimelineEvent, registry: HeadlineRegistry, taken?: Set<string>): Headline {
  const ctx = headlineContext(event, registry);
  if (process.env.HEADLINE_DEBUG) process.stderr.write(`# ${event.id}\n`);
  const seen = new Set<string>();
  const pool = [...event.mentions]
    .map(readable)
    .filter((m) => (seen.has(m.quote) ? false : (seen.add(m.quote), true)))
    .sort((a, b) => preRank(b) - preRank(a) || a.id.localeCompare(b.id))
    .slice(0, MAX_CANDIDATES);
  let best: { c: Candidate; score: number; rules: string[] } | null = null;
  const judged = new Map<string, number | null>();
  for (const m of pool) {
    // The clause that reports the event first; its sentence's main clause when that says too little.
    for (const whole of partOfSentence(m) ? [false, true] : [false]) {
      const c = candidateFrom(m, ctx, whole);
      const verdict = c && !taken?.has(c.title.toLowerCase()) ? judge(c, ctx) : null;
      if (process.env.HEADLINE_DEBUG && c)
        process.stderr.write(`  ${verdict?.score ?? refusal(c, ctx)} ${c.title} <= ${m.quote.slice(0, 90)}\n`);
      if (c && !judged.has(withoutName(c.title))) judged.set(withoutName(c.title), verdict?.score ?? null);
      if (c && verdict && (!best || verdict.score > best.score)) best = { c, ...verdict };
      if (verdict && verdict.score >= GOOD_ENOUGH) break;
    }
  }
  if (best && best.score >= GOOD_ENOUGH)
    return { title: best.c.title, score: best.score, basis: best.c.basis.id, rules: best.rules, judged };
  const fall = fallback(event, ctx, registry, pool);
  return best && best.score > fall.score
    ? { title: best.c.title, score: best.score, basis: best.c.basis.id, rules: best.rules, judged }
    : { ...fall, judged };
}

// A sentence longer than this (a hundred words and more: a run-on list, a dump) is read by its clause alone: no
// headline needs the rest, and parsing it whole for every event it reports costs seconds each.
const MAX_WHOLE = 600;
const readable = (m: EventMention): EventMention =>
  m.quote.length <= MAX_WHOLE
    ? m
    : {
        ...m,
        quote: m.quote.slice(m.clause[0], m.clause[1]),
        clause: [0, m.clause[1] - m.clause[0]],
        dateOffsets: null,
      };

// Below this, no clause says who did what plainly (no named subject, or no event verb and place),
// and the event's name or its kind and place say more.
const GOOD_ENOUGH = 4;

/** Without a whole clause that says who did what: the event's name, or the merge's kind-and-place title. */
function fallback(
  event: TimelineEvent,
  ctx: HeadlineContext,
  registry: HeadlineRegistry,
  pool: EventMention[],
): Headline {
  if (ctx.eventName) return { title: ctx.eventName, score: 1, basis: null, rules: ['fallback-event-name'] };
  // The merge stage's "NATO summit in The Hague": a kind of event with its place or its body;
  // not "Trump addresses in United States", a verb that lost its object.
  const words = event.title.split(/\s+/);
  const verbless = !nlp(event.title).match('#Verb').not('#Gerund').found;
  const located = ctx.eventPlaces.length > 0 || ctx.participants.size > 0;
  const named = registry.findActors(event.title).every((h) => ctx.participants.has(h.id));
  const whole = !titleFlaws(event.title).some((f) => f === 'bare-noun' || f === 'clipped');
  if (whole && words.length >= 3 && verbless && located && named) {
    return { title: event.title, score: 2.5, basis: null, rules: ['fallback-kind-and-place'] };
  }
  // Last: a report sentence whole, never a fragment of it: the most informative one that says
  // what happened with a verb, rather than a verbless line ("Looking back on…"); never a heading's words
  // while a body sentence reports the event (guard `not-a-heading`: a live page's key-point bullet).
  const headings = new Set(event.mentions.filter((m) => m.origin === 'headline').map((m) => m.quote));
  const summary = event.summary.length <= MAX_WHOLE ? [event.summary] : [];
  const body = [...summary, ...pool.map((m) => m.quote)].filter((q) => !headings.has(q));
  // A quote that runs over two sentences gives its first.
  const first = (q: string): string => q.split(/(?<=(?:\p{Ll}{3}|\d)[.!?])\s+(?=\p{Lu})/u)[0]!;
  // "But the operation isn't over…": a sentence's link to the one before says nothing on its own.
  const sentences = (body.length ? body : [pool[0]?.quote ?? event.summary]).map((q) =>
    capitalised(
      cleanSentence(first(q))
        .replace(CONNECTIVE, '')
        .replace(/[.!?]+$/, ''),
    ),
  );
  const told = sentences.find((q) => !titleFlaws(q).some((f) => f === 'bare-noun' || f === 'no-finite-verb'));
  // Its main clause in its own words when that is a whole report: above the whole sentence, so a rebuild trims a
  // sentence published whole (rule `fallback-main-clause`).
  const trimmed = told ? trimmedSentence(told, registry.lexicon, reportingWords(told, pool)) : null;
  if (trimmed) return { title: trimmed, score: -0.5, basis: null, rules: [MAIN_CLAUSE_FALLBACK] };
  return { title: told ?? sentences[0]!, score: -1, basis: null, rules: ['fallback-whole-sentence'] };
}

/**
 * The first words of the clause that reports the event in a sentence (its mention's clause): trimming the sentence
 * must keep them ("Four boys emerged on Sunday, | four more on Monday" titles no Monday event by its first clause).
 */
function reportingWords(sentence: string, pool: EventMention[]): string {
  const m = pool.find((x) => cleanSentence(x.quote).replace(/[.!?]+$/, '') === sentence);
  if (!m || m.clause[0] === 0) return '';
  const words = cleanSentence(m.quote.slice(m.clause[0], m.clause[1])).split(/\s+/).slice(0, 3).join(' ');
  return words.replace(/^[^\p{L}\p{N}]+/u, '').replace(/[,;:]$/, '');
}

// Every one-word form a person may be called by: short names, one-word aliases, the name's first and last words.
function oneWordForms(actor: Actor): string[] {
  const words = actor.name.split(/\s+/);
  return [...actor.shortNames, ...actor.aliases, words[0]!, words[words.length - 1]!].filter((f) => !f.includes(' '));
}
