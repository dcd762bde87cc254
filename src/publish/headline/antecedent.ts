/**
 * Who a pronoun subject stands for (rule `pronoun-antecedent`): "They beat Croatia 3-0" after
 * "Argentina reached the final…" is "Argentina beats Croatia 3-0". The antecedent is the nearest
 * earlier named actor of the same number in the same article: the subject of a sentence before,
 * or, for a person, the one person a sentence before names. An unnamed subject of the same number
 * in between ("the decree", "rescuers") is the antecedent, and then no name is.
 */
import nlp from 'compromise';
import type { Article, EventMention } from '../../types.ts';
import type { NameHit } from '../../lib/names/matcher.ts';
import { POSSESSIVE_PRONOUNS, type PronounNumber, SUBJECT_PRONOUNS } from '../../lib/lexicon/pronouns.ts';
import { type Lexicon, type Svo, mainClause } from './clause.ts';
import { SPEECH } from './speech.ts';
import { pronounFor } from './verbs.ts';
import { signatureAuthor } from '../../lib/names/signature.ts';

/** A sentence before a mention's, with the registry actors it names. */
export interface Earlier {
  text: string;
  actors: string[];
}

/** The sentences before a mention's in its article, nearest first. */
export type EarlierOf = (m: EventMention) => Earlier[];

/** What the antecedent search needs of the registry. */
export interface AntecedentContext {
  actors: Map<string, { name: string; kind: string; aliases?: string[] }>;
  findActors: (text: string) => NameHit[];
  lexicon: Lexicon;
  earlier?: EarlierOf | undefined;
  /** The author an embedded post's signature names, for a mention of that post. */
  authorOf?: ((m: EventMention) => string | null) | undefined;
}

/** A pronoun read as the name it stands for. */
export interface Antecedent {
  /** The subject in the pronoun's place: the actor's name, or names joined by "and". */
  subject: string;
  /** The registry actors it names. */
  ids: string[];
  /** Whether it is a name (not "the canal"); a registry actor always is. */
  named?: boolean;
}

// A pronoun's antecedent is at most this many sentences back; further, a reader has lost it too.
export const ANTECEDENT_DEPTH = 3;

/** The sentences before each mention's, from the articles and the mentions' actors (full names otherwise). */
export function earlierSentences(
  articles: Article[],
  mentions: EventMention[],
  findActors: (text: string) => NameHit[],
): EarlierOf {
  const byArticle = new Map(articles.map((a) => [a.id, a.sentences.filter((s) => s.origin !== 'headline')]));
  const named = new Map(mentions.map((m) => [`${m.article}#${m.sentence}`, m.actors]));
  return (m) => {
    const sentences = byArticle.get(m.article) ?? [];
    const at = sentences.findIndex((s) => s.index >= m.sentence);
    const before = sentences.slice(
      Math.max(0, (at < 0 ? sentences.length : at) - ANTECEDENT_DEPTH),
      at < 0 ? undefined : at,
    );
    return before.reverse().map((s) => ({
      text: s.text,
      actors: named.get(`${m.article}#${s.index}`) ?? [
        ...new Set(
          findActors(s.text)
            .filter((h) => !h.short)
            .map((h) => h.id),
        ),
      ],
    }));
  };
}

// A signature's name: a few capitalised words ("Volodymyr Zelenskyy"), not a description ("Capitol Hill reporter").
const SIGNED_NAME = /^(?:\p{Lu}[\p{L}\p{M}.'’-]*\s*){1,4}$/u;

/**
 * The author each embedded post's signature names, for its mentions: who its "I" or "we" stands for (rule
 * `pronoun-antecedent`, "I had a good meeting…" signed "— Volodymyr Zelenskyy (@ZelenskyyUa)").
 */
export function embedAuthors(articles: Article[]): (m: EventMention) => string | null {
  const byId = new Map(articles.map((a) => [a.id, a]));
  return (m) => {
    const article = m.origin === 'embed' ? byId.get(m.article) : undefined;
    const name = article ? signatureAuthor(article, m.line) : null;
    return name && SIGNED_NAME.test(name) ? name : null;
  };
}

/** "he" or "she" as compromise reads a person's first name, or null when it does not tell. */
function gender(name: string): 'he' | 'she' | null {
  const [person] = nlp(name).people().json() as { person?: { presumed_gender?: string } }[];
  const g = person?.person?.presumed_gender;
  return g === 'male' ? 'he' : g === 'female' ? 'she' : null;
}

/** Whether a registry actor can be what the pronoun stands for: a person for "he" and "she", else a body. */
const fits = (kind: PronounNumber, actor: { kind: string } | undefined): boolean =>
  actor !== undefined && (kind === 'person') === (actor.kind === 'person');

/**
 * Of the people a sentence names, the one the pronoun stands for: the only one, or the only one
 * whose first name tells the pronoun's gender (compromise's guess, too weak to refuse a lone name:
 * it reads "Kim" as a woman's name).
 */
function onePerson(pronoun: string, ids: string[], ctx: AntecedentContext): string | null | undefined {
  if (ids.length <= 1) return ids[0];
  const told = ids.filter((id) => gender(ctx.actors.get(id)!.name) === pronoun);
  return told.length === 1 ? told[0] : null;
}

/** Whether an "it" is a dummy subject: "It was past 3 a.m.", "It later emerged that…" stand for nothing. */
const dummy = (svo: Svo): boolean => svo.copula || (svo.reported && !svo.verb.split(/\s+/).some((w) => SPEECH.test(w)));

/** The subject of a sentence before, read for the search: its head's names and its number. */
function subjectOf(
  e: Earlier,
  ctx: AntecedentContext,
): { text: string; ids: string[]; plural: boolean; named: boolean } | null {
  const svo = mainClause(e.text.replace(/[“”"]/g, ''), ctx.lexicon);
  if (!svo) return null;
  // "Milei's decree": a name before "'s" is not the subject's head.
  const possessive = (h: NameHit): boolean =>
    /['’]s$/.test(svo.subject.slice(h.start, h.end)) || /^['’]s\b/.test(svo.subject.slice(h.end));
  const hits = ctx.findActors(svo.subject).filter((h) => (!h.short || e.actors.includes(h.id)) && !possessive(h));
  const ids = [...new Set(hits.map((h) => h.id))];
  return { text: svo.subject, ids, plural: pronounFor(svo.subject) === 'they', named: svo.named };
}

/**
 * The actor as the sentence before writes it ("Argentina", not "Argentina national football team"), a body
 * by its shortest name ("SAG-AFTRA" for "Screen Actors Guild-American Federation of…").
 */
function nameIn(subject: { text: string }, id: string, ctx: AntecedentContext): string {
  const actor = ctx.actors.get(id)!;
  const hit = ctx.findActors(subject.text).find((h) => h.id === id);
  const written = hit ? subject.text.slice(hit.start, hit.end).replace(/['’]s$/, '') : actor.name;
  if (actor.kind === 'person') return written;
  return [written, actor.name, ...(actor.aliases ?? [])].reduce((a, b) => (b.length < a.length ? b : a));
}

/** Whether a subject before is a proper name no registry actor covers, of the pronoun's number. */
const unlisted = (subject: { text: string; ids: string[]; plural: boolean; named: boolean }, kind: PronounNumber) =>
  subject.ids.length === 0 &&
  subject.plural === (kind === 'group') &&
  !/^(?:it|they|he|she|we|i|you|this|that|these|those|there|his|her|its|their|our|my|your)\b/i.test(subject.text) &&
  subject.text.split(/\s+/).length <= (subject.named ? MAX_UNLISTED : MAX_UNNAMED);
// A longer subject is a phrase, not a name to repeat in a headline; one that names no one is shorter still.
const MAX_UNLISTED = 8;
const MAX_UNNAMED = 3;

/** The antecedent of a sentence's pronoun subject, or null when none is named or the pronoun stands for nothing. */
export function antecedentOf(svo: Svo, m: EventMention, ctx: AntecedentContext): Antecedent | null {
  const pronoun = svo.subject.toLowerCase();
  // An embedded post's "I" or "we" is its author, as its signature names them.
  const author = (pronoun === 'i' || pronoun === 'we') && ctx.authorOf ? ctx.authorOf(m) : null;
  if (author) return { subject: author, ids: [...new Set(ctx.findActors(author).map((h) => h.id))] };
  const kind = SUBJECT_PRONOUNS.get(pronoun);
  if (!kind || !ctx.earlier || (pronoun === 'it' && dummy(svo))) return null;
  const actor = (id: string): { name: string; kind: string } | undefined => ctx.actors.get(id);
  for (const e of ctx.earlier(m)) {
    const subject = subjectOf(e, ctx);
    // "He met… He said…": the same pronoun before stands for the same one, further back.
    if (subject && SUBJECT_PRONOUNS.get(subject.text.toLowerCase()) === kind) continue;
    const own = subject?.ids.filter((id) => fits(kind, actor(id))) ?? [];
    // "The Federal Reserve and the FDIC said…" before "They announced…": both, as written.
    if (kind === 'group' && subject && own.length >= 2 && subject.plural) return { subject: subject.text, ids: own };
    // "They" for one body only when its name is a plural ("the Houthis"); a team or a firm is "it" too.
    const one = own.length === 1 && (kind === 'thing' || pronounFor(actor(own[0]!)!.name) === 'they') ? own[0] : null;
    const head = kind === 'person' ? onePerson(pronoun, own, ctx) : one;
    if (head) return { subject: nameIn(subject!, head, ctx), ids: [head] };
    // A thing or a group is the subject just before: any other, named or not, is what it stands for, as written
    // when the registry does not list it ("The Ever Given" in a build with none, "the canal") and its number fits.
    if (kind !== 'person')
      return subject && unlisted(subject, kind) ? { subject: subject.text, ids: [], named: subject.named } : null;
    // An unnamed person before ("the president said…") is who "he" stands for, and then no name is.
    if (subject && subject.ids.length === 0 && !subject.plural && nlp(subject.text).has('(#Actor|#Person)'))
      return null;
    // "Police arrested Ana Sorel. She was released": a person named anywhere in the sentence before.
    const person = onePerson(
      pronoun,
      e.actors.filter((id) => fits(kind, actor(id))),
      ctx,
    );
    if (person) return { subject: actor(person)!.name, ids: [person] };
    if (person === null) return null;
  }
  return null;
}

/**
 * A subject opened by a possessive pronoun, read with the name it stands for: "Its stern swung away"
 * after "The Ever Given was refloated…" is "Ever Given's stern"; null when none is named.
 */
export function possessiveAntecedent(svo: Svo, m: EventMention, ctx: AntecedentContext): Antecedent | null {
  const [first, ...rest] = svo.subject.split(/\s+/);
  const pronoun = POSSESSIVE_PRONOUNS.get(first?.toLowerCase() ?? '');
  if (!pronoun || rest.length === 0) return null;
  const stands = antecedentOf({ ...svo, subject: pronoun, copula: false, reported: false }, m, ctx);
  return stands && { ...stands, subject: `${stands.subject}’s ${rest.join(' ')}` };
}
