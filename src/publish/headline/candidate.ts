/**
 * A candidate headline from one report sentence: its main clause in headline form, with
 * registry names shortened ("Turkish President Recep Tayyip Erdoğan" → "Erdoğan"), the place
 * and the event's name when sources give one, and what the rules need to judge it.
 */
import type { Actor, EventMention, Place } from '../../types.ts';
import type { NameHit } from '../../lib/names/matcher.ts';
import { type Lexicon, type Svo, mainClause } from './clause.ts';
import { headlineVerb } from './verbs.ts';
import { SPEECH, statement, trailingAttribution } from './speech.ts';
import { NEGATING_ADVERBS } from '../../lib/lexicon/headline-clauses.ts';
import { type EarlierOf, antecedentOf, possessiveAntecedent } from './antecedent.ts';
import { knownNames, shortenNames } from './short-names.ts';
import { PRONOUN_SUBJECT } from '../../lib/lexicon/pronouns.ts';
import { bareSubject, cleanSentence, headingLike, triggered } from './sentence.ts';
import { withPlace } from './place.ts';
import { uncleft } from './cleft.ts';
import { ownClause } from './own-clause.ts';

export { cleanSentence, headingLike } from './sentence.ts';

/** What the headline rules need from the event and the registry. */
export interface HeadlineContext {
  /** Registry actors by id. */
  actors: Map<string, Actor>;
  /** Gazetteer by id. */
  places: Map<string, Place>;
  /** Registry names in a text. */
  findActors: (text: string) => NameHit[];
  /** Registry names as compromise lexicon entries. */
  lexicon: Lexicon;
  /** Actors who take part in the event in at least one of its quotes (not only report it). */
  participants: Set<string>;
  /** Short names two or more registry people share ("Kim"): those people keep their full names. */
  sharedShortNames: Set<string>;
  /** The event's places, most cited first. */
  eventPlaces: string[];
  /** The name sources give the event, when one does ("Operation Spider Web"). */
  eventName: string | null;
  /** Whether the event is planned rather than happened. */
  planned: boolean;
  /** Every quote of the event with its article and the actors it names, for corroboration. */
  quotes: { article: string; text: string; actors: string[] }[];
  /** The sentences before a mention's in its article, where a pronoun's antecedent is. */
  earlier?: EarlierOf | undefined;
}

/** A headline candidate and the facts the rules judge. */
export interface Candidate {
  /** The headline. */
  title: string;
  /** The mention it was built from. */
  basis: EventMention;
  /** Whether it was built from the clause that reports the event rather than its sentence's main clause. */
  ownClause: boolean;
  /** Whether its words are the sentence's main clause (chosen so, or because the event's clause has none). */
  fromSentence: boolean;
  /** Subject, verb and object as they appear in the headline. */
  subject: string;
  verb: string;
  object: string;
  /** Whether the subject names someone (a registry actor or a proper name). */
  subjectNamed: boolean;
  /** Registry actors named in the headline. */
  names: string[];
  /** Those named as the subject of a verb of saying: they take part in their own statement. */
  speakers: string[];
  /** The place added or named, if any. */
  where: string | null;
  /** The title before a place or an event name was added to it: where a clipped phrase shows. */
  bare: string;
  /** The verb phrase as the sentence writes it. */
  written: string;
  /** Whether the event's name is in the headline. */
  namedEvent: boolean;
  /** Whether the verb is one of saying, or its object a reported clause. */
  speech: boolean;
  /** Whether the head verb is a copula: a state, not an event. */
  copula: boolean;
  /** Whether the verb is one of the event words the extractor found in the sentence. */
  eventVerb: boolean;
  /** Whether the verb, as the sentence writes it, stands inside the mention's own clause. */
  verbInClause: boolean;
  /**
   * Whether a named subject and its verb are the whole report: no object, no statement, and only a
   * date, a place or an aside after the verb ("SVB collapsed on March 10 after…").
   */
  complete: boolean;
  /** Whether the basis sentence looks like a heading (title case, no closing punctuation). */
  headingLike: boolean;
  /** Other sources naming every registry actor of the headline. */
  corroboration: number;
  /** Registry actors the subject names in place of its sentence's pronoun (rule `pronoun-antecedent`). */
  antecedent: string[];
  /** Ids of the rules that shaped the headline's words (rules.ts, SHAPES). */
  shaped: string[];
  /** Whether the verb is a participle set off from its subject by a comma ("Macri, elected in 2015"). */
  aside: boolean;
}

// What may follow a verb that has no object: nothing, or a date, a place or an aside.
const ENDS_REPORT =
  /^(?:$|[;.]|(?:on|in|at|after|before|since|from|during|amid|early|late|last|this|yesterday|today|overnight)\b)/i;
/** Whether a verb without object or statement is all its clause reports: nothing but a date or place after it. */
const wholeReport = (svo: Svo): boolean =>
  !svo.verb.split(/\s+/).some((w) => SPEECH.test(w)) && ENDS_REPORT.test(svo.after);

/**
 * Whether a mention names an actor: as the extractor found, or by a full name (a short name can
 * be someone else's).
 */
function namedBy(m: EventMention, id: string, ctx: HeadlineContext): boolean {
  return (
    m.actors.includes(id) || m.speakers.includes(id) || ctx.findActors(m.quote).some((h) => h.id === id && !h.short)
  );
}

/**
 * Whether the mention's clause is less than its whole sentence: then the sentence's main clause is another candidate.
 */
export function partOfSentence(m: EventMention): boolean {
  const after = m.quote.slice(m.clause[1]).replace(/[.!?"”’)\s]+$/, '');
  return m.quote.slice(0, m.clause[0]).trim() !== '' || after !== '';
}

/** The start of the word an offset falls inside ("decl|ared"), or the offset itself at a word's edge. */
function wordStart(text: string, at: number): number {
  if (!/[\p{L}\p{M}]/u.test(text.charAt(at))) return at;
  return at - (/[\p{L}\p{M}’'-]*$/u.exec(text.slice(0, at))?.[0].length ?? 0);
}

/** A clause and the actors its subject names in place of a pronoun. */
interface Clause {
  svo: Svo;
  antecedent: string[];
  /** Whether the subject is the name its sentence's pronoun stands for (rule `pronoun-antecedent`). */
  stands?: boolean;
  /** Whether the words are the sentence's main clause, the mention's own clause having none. */
  fromSentence?: boolean;
}

/** The clause a candidate is built from: the mention's own clause, or (`whole`) its sentence's main clause. */
function clauseOf(m: EventMention, ctx: HeadlineContext, whole: boolean): Clause | null {
  // A clause is read from the start of its first word, never from inside one.
  const start = whole ? 0 : wordStart(m.quote, m.clause[0]);
  const clause = cleanSentence(whole ? m.quote : m.quote.slice(start, m.clause[1]));
  const cleft = uncleft(clause);
  const plain = cleft === null ? null : mainClause(cleft, ctx.lexicon);
  const read = plain ? { ...plain, shaped: [...(plain.shaped ?? []), 'it-cleft'] } : mainClause(clause, ctx.lexicon);
  const inClause = whole ? read : ownClause(m, clause, read, ctx.lexicon);
  const own = inClause ?? (whole ? null : mainClause(cleanSentence(m.quote), ctx.lexicon));
  const fromSentence = whole || inClause === null;
  // "Its stern swung away": the possessive read as the name it stands for, "Ever Given's stern".
  const owner = own && !PRONOUN_SUBJECT.test(own.subject) ? possessiveAntecedent(own, m, ctx) : null;
  if (own && owner) return standingFor(own, owner, fromSentence);
  if (own && !PRONOUN_SUBJECT.test(own.subject)) return { svo: own, antecedent: [], fromSentence };
  // "“I addressed this issue…,” Erdoğan added": the speaker after the statement says it; only when
  // the statement alone does not say who ("Russia and Ukraine agreed…, officials said" is the event).
  const speakers = m.speakers.map((id) => ctx.actors.get(id)?.name ?? id);
  const trailing = trailingAttribution(cleanSentence(m.quote), speakers);
  if (trailing) return { svo: trailing, antecedent: [] };
  // "They beat Croatia 3-0": the pronoun read as the name it stands for in the sentences before.
  const stands = own ? antecedentOf(own, m, ctx) : null;
  if (own && stands) return standingFor(own, stands, fromSentence);
  return own ? { svo: own, antecedent: [], fromSentence } : null;
}

// The clause with its pronoun (or possessive) subject read as the name it stands for.
function standingFor(
  own: Svo,
  found: { subject: string; named?: boolean; ids: string[] },
  fromSentence: boolean,
): Clause {
  return {
    svo: { ...own, subject: found.subject, named: found.named ?? true },
    antecedent: found.ids,
    fromSentence,
    stands: true,
  };
}

/** Other sources naming every registry actor of the headline. */
function corroboration(names: string[], m: EventMention, ctx: HeadlineContext): number {
  const others = ctx.quotes
    .filter((q) => q.article !== m.article && names.length > 0 && names.every((id) => q.actors.includes(id)))
    .map((q) => q.article);
  return new Set(others).size;
}

// A verb of saying in the past: what it reports was said, whatever the event's status (rule `said-not-planned`).
const SAID = 'said-not-planned';
const pastSaying = (verb: string): boolean =>
  !/\b(?:will|shall|to|would)\b/i.test(verb) &&
  verb.split(/\s+/).some((w) => SPEECH.test(w) && /(?:ed|said|told)$/i.test(w));

const PERFECT = /^(?:has|have|had)\s+(?!been\b|not\b|to\b)\S+/i;

/** The shape rules that made a clause's words (rules.ts, SHAPES). */
const shapedBy = (clause: Clause, owner: boolean): string[] =>
  [
    clause.svo.verb.split(/\s+/).some((w) => NEGATING_ADVERBS.has(w.toLowerCase())) && 'negation-kept',
    /\b(?:due|set|poised|slated|about)\s+to\s/i.test(clause.svo.verb) && 'due-to-planned',
    owner && 'short-name-possessive',
    clause.stands && 'pronoun-antecedent',
    clause.svo.progressive && 'progressive-verb',
    clause.svo.titled && 'title-before-name',
    clause.svo.possessive && 'possessive-not-verb',
    clause.svo.namePossessive && 'possessive-before-name',
    clause.svo.prepositional && 'prepositional-not-subject',
    clause.svo.relative && 'object-relative-clause',
    ...(clause.svo.shaped ?? []),
  ].filter((id): id is string => typeof id === 'string');

/** The headline's verb: "said" for a statement; planned unless the plan is the object's ("hope a tide will lift"). */
function verbOf(svo: Svo, planned: boolean, stated: boolean): string {
  const planInObject = /\b(?:will|would|could|may|might|shall)\b/i.test(svo.object);
  return headlineVerb(svo.subject, stated ? 'said' : svo.verb, planned && !planInObject);
}

/** A verb's reported clause told in headline form ("said talks would resume"), else its object. */
function reportedOrObject(svo: Svo, lexicon: Lexicon): string {
  const inner = svo.complement && !svo.object ? mainClause(svo.complement, lexicon) : null;
  return inner && !inner.complement
    ? `${inner.subject} ${headlineVerb(inner.subject, inner.verb, false)} ${inner.object}`.trim()
    : svo.object;
}

/**
 * A candidate headline from one mention, or null when its text has no main clause: from the
 * clause that reports the event, or (`whole`) from its sentence's main clause.
 */
export function candidateFrom(m: EventMention, ctx: HeadlineContext, whole = false): Candidate | null {
  const clause = clauseOf(m, ctx, whole);
  if (!clause) return null;
  const { svo } = clause;
  const named = knownNames(ctx, m);
  const subject = shortenNames(bareSubject(svo.subject), named);
  // "Rabie said late on Monday that the authority could seek…": the statement is the object.
  const speaker = subject.ids.map((id) => ctx.actors.get(id)?.name).find(Boolean) ?? svo.subject;
  const stated = statement(svo, speaker, ctx.lexicon);
  // "Kimmel and Meyers said they would be back": what was said is told as said, never as planned.
  const told = pastSaying(svo.verb);
  // "Kaplan has set sentencing for March 28": the act is done, whatever it plans (rule `perfect-not-planned`).
  const done = ctx.planned && !stated && PERFECT.test(svo.verb);
  const verb = verbOf(svo, ctx.planned && !told && !stated && !done, stated !== null);
  const said = stated ?? reportedOrObject(svo, ctx.lexicon);
  const object = shortenNames(said, named);
  const bare = [subject.text, verb, object.text].filter(Boolean).join(' ');
  const placed = withPlace(bare, m, ctx);
  let title = placed.title;
  const namedEvent = ctx.eventName !== null && title.toLowerCase().includes(ctx.eventName.toLowerCase());
  if (ctx.eventName && !namedEvent) title += ` (${ctx.eventName})`;
  title = title.charAt(0).toUpperCase() + title.slice(1);
  // Names as the headline reads, too: shortening must not make a new one ("Arnault family").
  const names = [...new Set([...subject.ids, ...object.ids, ...named.findActors(title).map((h) => h.id)])];
  return {
    title,
    basis: m,
    ownClause: !whole,
    fromSentence: clause.fromSentence ?? whole,
    subject: subject.text,
    verb,
    object: object.text,
    subjectNamed: subject.ids.length > 0 || svo.named,
    names,
    speakers: svo.reported || stated ? subject.ids.filter((id) => namedBy(m, id, ctx)) : [],
    where: placed.where,
    bare,
    written: svo.verb,
    namedEvent: namedEvent || ctx.eventName !== null,
    speech: svo.verb.split(/\s+/).some((w) => SPEECH.test(w)) || svo.reported,
    copula: svo.copula,
    eventVerb: triggered(svo.verb, m),
    verbInClause: m.quote.slice(m.clause[0], m.clause[1]).includes(svo.verb.split(/\s+/).pop() ?? ''),
    headingLike: headingLike(m.quote),
    complete: (subject.ids.length > 0 || svo.named) && !said && wholeReport(svo),
    corroboration: corroboration(names, m, ctx),
    antecedent: clause.antecedent,
    shaped: [
      ...shapedBy(clause, subject.owner || object.owner),
      ...(ctx.planned && (told || stated) ? [SAID] : []),
      ...(done ? ['perfect-not-planned'] : []),
      ...(/\sto\s+have\s/i.test(verb) ? ['perfect-infinitive-kept'] : []),
      ...(placed.origin && !placed.where ? ['place-not-origin'] : []),
      ...placed.rules,
      ...(subject.titled || object.titled ? ['title-before-short-name'] : []),
    ],
    aside: svo.aside === true,
  };
}
