/**
 * Capitalised name spans in a sentence: runs of capitalised words, joined by name particles
 * ("Charles de Gaulle", "Bank of England") and nothing else, with a title in front split off
 * ("Foreign Minister | Hakan Fidan"). What the span names is decided by the rules in classify.
 */
import nlp from 'compromise';
import { CALENDAR_PHRASE_OPENERS } from '../lexicon/calendar-words.ts';
import { MODIFIER_ENDINGS, NAME_PARTICLES, ORGANISATION_HEADS } from '../lexicon/name-shapes.ts';
import { ruleMeta } from '../rules/index.ts';
import { isCalendarWord, isCommonWord, isFirstNameWord } from './words.ts';
import { isDemonym, lookupPlace } from './gazetteer.ts';
import { TITLE_HEADS, TITLE_MODIFIERS } from '../lexicon/titles.ts';
import { foldText } from '../names/fold.ts';

/** A capitalised run of words in a sentence. */
export interface NameSpan {
  /** The name without its title, possessive or final dot. */
  text: string;
  /** The title written before it ("Foreign Minister"), or null. */
  title: string | null;
  /** Offsets of the name (not the title) in the sentence. */
  start: number;
  end: number;
  /** Whether the run opens the sentence (a capital there proves nothing). */
  initial: boolean;
  /** The words just before and just after the run, for the rules that read context. */
  before: string;
  after: string;
  /** The text just before the run (up to 40 characters), for the rules that read a phrase. */
  lead: string;
  /** Span rules that shaped the run (SPAN_RULES ids), as evidence. */
  rules: string[];
  /** The whole sentence, for the rules that read a name in its context. */
  sentence: string;
}

/** Rules that decide where a name's run of words ends, applied inline by nameSpans. */
export const SPAN_RULES = [
  ruleMeta(
    'body-name-conjunction',
    'After "Head of …", "and" joins capitalised words of one body\'s name ("Alliance of Film and Radio Producers").',
  ),
  ruleMeta(
    'calendar-phrase-ends',
    'A run opening with a day or month phrase ("On Wednesday") ends there when a name that is no common word follows.',
  ),
  ruleMeta(
    'person-before-of',
    '"of" after a person\'s name ("Donna Langley of Examplecorp") says where they work; it joins no name.',
  ),
  ruleMeta('modifier-before-name', 'A name starts after a hyphenated modifier ("New York-based Example Bank").'),
  ruleMeta(
    'department-before-title',
    'One or two words before a title, then a first name ("Treasury Secretary Janet Yellen"): the title is all of them.',
  ),
  ruleMeta(
    'place-before-title',
    'A nationality or a known place before a title ("South Korean President Moon") belongs to the title.',
  ),
  ruleMeta(
    'sentence-opener-before-name',
    'A word opening a sentence before a first name ("Insiders Gary Wang testified") is no part of the name.',
  ),
  ruleMeta(
    'particle-pair',
    'Two name particles join the parts of one name ("Fernando de la Rúa", "Rafael van der Vaart").',
  ),
] as const;
const [
  BODY_NAME_CONJUNCTION,
  CALENDAR_PHRASE_ENDS,
  PERSON_BEFORE_OF,
  MODIFIER_BEFORE_NAME,
  DEPARTMENT_BEFORE_TITLE,
  PLACE_BEFORE_TITLE,
  SENTENCE_OPENER_BEFORE_NAME,
  PARTICLE_PAIR,
] = SPAN_RULES;

interface Token {
  raw: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[’'.-][\p{L}\p{M}\p{N}]+)*\.?/gu;
const CAPITALISED = /^(?:\p{Lu}|\d+(?:st|nd|rd|th)?$)/u;

// "al-Assad", "bin-Salman": a particle joined by a hyphen to a capitalised name is part of it.
const PARTICLE_PREFIX = /^(?:al|el|bin|ibn|abu|de|da|di|van|von|le|la)-\p{Lu}/u;
const isCapitalised = (t: Token): boolean =>
  (/^\p{Lu}/u.test(t.raw) && CAPITALISED.test(t.raw)) || PARTICLE_PREFIX.test(t.raw);
const endsSentence = (raw: string): boolean =>
  raw.endsWith('.') &&
  !/^(?:\p{Lu}\.)+$|^(?:\p{L}\.){2,}$|^(?:St|Sr|Jr|Mt|Dr|Mr|Mrs|Ms|Gen|Col|Lt|Sgt|Capt|Rev|Prof)\.$/u.test(raw);
const bare = (raw: string): string => foldText(raw.replace(/[’']s$/, '').replace(/\.$/, ''));

/** Every capitalised run in the sentence, titles split off. */
export function nameSpans(text: string): NameSpan[] {
  const tokens: Token[] = [...text.matchAll(WORD)].map((m) => ({
    raw: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
  const spans: NameSpan[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isCapitalised(tokens[i]!)) {
      i++;
      continue;
    }
    let j = i;
    const joined = new Set<string>();
    // Extend while the next word is capitalised (or a particle followed by one), with only a
    // space between: a comma, a quote or a bracket ends a name.
    while (j + 1 < tokens.length && /^[ \u00A0]$/.test(text.slice(tokens[j]!.end, tokens[j + 1]!.start))) {
      const next = tokens[j + 1]!;
      // "Hospital. On Wednesday": a full stop ends the name unless it closes an initial ("U.S.", "Jorge O.").
      if (endsSentence(tokens[j]!.raw)) break;
      if (isCapitalised(next) && calendarPhraseEnds(tokens, i, j)) {
        joined.add(CALENDAR_PHRASE_ENDS.id);
        break;
      }
      if (isCapitalised(next) && !/[’']s$/.test(tokens[j]!.raw)) j++;
      else if (next.raw === 'of' && personEndsBeforeOf(text, tokens, i, j)) {
        joined.add(PERSON_BEFORE_OF.id);
        break;
      } else if (particlePair(text, tokens, j)) {
        j += 3;
        joined.add(PARTICLE_PAIR.id);
      } else if (next.raw === 'and' && bodyNameGoesOn(text, tokens, i, j)) {
        j = bodyNameGoesOn(text, tokens, i, j);
        joined.add(BODY_NAME_CONJUNCTION.id);
      } else if (
        NAME_PARTICLES.has(next.raw) &&
        tokens[j + 2] &&
        isCapitalised(tokens[j + 2]!) &&
        // "the Parliamentary Group of Germany's Social Democratic Party": a possessive after "of" owns what follows.
        !/[’']s$/.test(tokens[j + 2]!.raw) &&
        /^ $/.test(text.slice(next.end, tokens[j + 2]!.start))
      )
        j += 2;
      else break;
    }
    let from = afterModifier(tokens, i, j);
    if (from > i) joined.add(MODIFIER_BEFORE_NAME.id);
    else if (openerBeforeFirstName(text, tokens, i, j)) {
      from = i + 1;
      joined.add(SENTENCE_OPENER_BEFORE_NAME.id);
    }
    const span = toSpan(text, tokens, from, j);
    if (span) spans.push({ ...span, rules: [...joined, ...span.rules] });
    i = j + 1;
  }
  return spans;
}

/**
 * "On Wednesday | Thongchai Lertwilairattanapong": the run so far is a day or month phrase (calendar
 * words, perhaps after an opener such as "On" or "Last") and the next word is a name or a title,
 * not another common word ("Good Friday Agreement"), calendar word or number ("Monday March 3").
 */
function calendarPhraseEnds(tokens: Token[], from: number, at: number): boolean {
  const next = tokens[at + 1]!.raw;
  if (!isCalendarWord(tokens[at]!.raw) || isCalendarWord(next) || /^\d/.test(next)) return false;
  if (isCommonWord(next) && !TITLE_HEADS.has(bare(next))) return false;
  return tokens
    .slice(from, at + 1)
    .every((t, k) => isCalendarWord(t.raw) || (k === 0 && CALENDAR_PHRASE_OPENERS.has(bare(t.raw))));
}

/**
 * "Donna Langley | of NBCUniversal": two or three words opening with a known first name, or one to three after a
 * title ("Economy Minister Sergio Massa | of Unión"), none a body's head.
 */
function personEndsBeforeOf(text: string, tokens: Token[], from: number, at: number): boolean {
  const named = afterTitle(text, tokens, from, at);
  const words = tokens.slice(named, at + 1).map((t) => t.raw);
  if (words.length > 3 || words.length < (named > from ? 1 : 2)) return false;
  if (named === from && !isFirstNameWord(words[0]!)) return false;
  return !words.some((w) => ORGANISATION_HEADS.has(bare(w)) || isCommonWord(w));
}

/** Where the name after a title in a run starts (`from` when no title opens the run). */
function afterTitle(text: string, tokens: Token[], from: number, to: number): number {
  const start = from < to && bare(tokens[from]!.raw) === 'the' ? from + 1 : from;
  const end = titleEndFrom(tokens, start, to);
  const titleEnd = end >= start ? end : (affiliatedTitle(text, tokens, start, to)?.[0] ?? -1);
  return titleEnd >= start && titleEnd < to ? titleEnd + 1 : from;
}

/** "Insiders | Gary Wang": a sentence opens with a word (no title, first name or "the"), then a first name. */
function openerBeforeFirstName(text: string, tokens: Token[], from: number, to: number): boolean {
  if (to - from < 2 || !/^[\s"“‘'(—–-]*$/.test(text.slice(0, tokens[from]!.start))) return false;
  const word = bare(tokens[from]!.raw);
  if (word === 'the' || TITLE_HEADS.has(word) || TITLE_MODIFIERS.has(word) || NAME_PARTICLES.has(word)) return false;
  return isFirstNameWord(tokens[from + 1]!.raw) && !isFirstNameWord(tokens[from]!.raw);
}

/** "de | la | Rúa": two particles in a row, then a capitalised word, single spaces between. */
function particlePair(text: string, tokens: Token[], at: number): boolean {
  const [p, q, name] = [tokens[at + 1], tokens[at + 2], tokens[at + 3]];
  if (!p || !q || !name || p.raw === 'of' || q.raw === 'of') return false;
  if (!NAME_PARTICLES.has(p.raw) || !NAME_PARTICLES.has(q.raw) || !isCapitalised(name)) return false;
  return [tokens[at]!, p, q].every((t, k) => spaceBetween(text, t, [p, q, name][k]!));
}

/** "New York-based | Signature Bank": the name starts after the last hyphenated modifier before its last word. */
function afterModifier(tokens: Token[], from: number, to: number): number {
  for (let k = to - 1; k >= from; k--) {
    const parts = bare(tokens[k]!.raw).split('-');
    if (parts.length > 1 && MODIFIER_ENDINGS.has(parts[parts.length - 1]!)) return k + 1;
  }
  return from;
}

const spaceBetween = (text: string, a: Token, b: Token): boolean => /^ $/.test(text.slice(a.end, b.start));

/**
 * Where a body's name goes on after "and" (the index of its last word), or 0: the run so far has a
 * body's head before "of" ("Alliance of Motion Picture"), one to three capitalised words follow,
 * not another body ("… and Federal Reserve"), and no word on either side of "and" is a
 * known name: a place, a body, a person or an acronym ("… of America and SAG-AFTRA").
 */
function bodyNameGoesOn(text: string, tokens: Token[], from: number, at: number): number {
  const run = tokens.slice(from, at + 1).map((t) => bare(t.raw));
  const of = run.findIndex((w, k) => k + 1 < run.length && run[k + 1] === 'of' && ORGANISATION_HEADS.has(w));
  if (of < 0 || !spaceBetween(text, tokens[at]!, tokens[at + 1]!) || endsSentence(tokens[at]!.raw)) return 0;
  let end = at + 1;
  while (
    end + 1 < tokens.length &&
    isCapitalised(tokens[end + 1]!) &&
    spaceBetween(text, tokens[end]!, tokens[end + 1]!) &&
    !(end > at + 1 && endsSentence(tokens[end]!.raw))
  )
    end++;
  const added = tokens.slice(at + 2, end + 1).map((t) => t.raw);
  if (added.length === 0 || added.length > 3 || ORGANISATION_HEADS.has(bare(added[added.length - 1]!))) return 0;
  const sides = [...tokens.slice(from + of + 2, at + 1).map((t) => t.raw), ...added];
  return sides.every(isNoName) ? end : 0;
}

// A lone capitalised word that neither compromise's lexicon nor the gazetteer knows as a name of any kind.
const isNoName = (word: string): boolean => {
  const bare = word.replace(/\.$/, '');
  return !nlp(bare).has('(#ProperNoun|#Place|#Organization|#Person|#Acronym|#FirstName)') && !lookupPlace(bare);
};

// Where a title opening at `from` ends (-1: none): modifiers, then a head; "Secretary of State" keeps its department.
function titleEndFrom(tokens: Token[], from: number, to: number): number {
  let titleEnd = -1;
  for (let t = from; t <= to; t++) {
    const w = bare(tokens[t]!.raw);
    const department = titleEnd === t - 2 && bare(tokens[t - 1]!.raw) === 'of';
    if (TITLE_HEADS.has(w) || department) titleEnd = t;
    else if (!(TITLE_MODIFIERS.has(w) || (w === 'of' && titleEnd === t - 1))) break;
  }
  return titleEnd;
}

/**
 * Where a title ends when one or two words stand before it (null: none): a nationality or a known
 * place ("South Korean President Moon Jae-in"), or a department when a known first name follows
 * ("Treasury Secretary Janet Yellen", "White House Special Envoy Steve Witkoff").
 */
function affiliatedTitle(text: string, tokens: Token[], from: number, to: number): [number, string] | null {
  for (let skip = 1; skip <= 2 && from + skip < to; skip++) {
    const end = titleEndFrom(tokens, from + skip, to);
    if (end < from + skip || end >= to) continue;
    const before = text.slice(tokens[from]!.start, tokens[from + skip - 1]!.end);
    if (isDemonym(before) || lookupPlace(before)) return [end, PLACE_BEFORE_TITLE.id];
    if (isFirstNameWord(tokens[end + 1]!.raw)) return [end, DEPARTMENT_BEFORE_TITLE.id];
  }
  return null;
}

function toSpan(text: string, tokens: Token[], start: number, to: number): NameSpan | null {
  // "The Bank of England": the article is not part of the name.
  const from = start < to && bare(tokens[start]!.raw) === 'the' ? start + 1 : start;
  let k = from;
  let titleEnd = titleEndFrom(tokens, from, to);
  const rules: string[] = [];
  if (titleEnd < from) {
    const affiliated = affiliatedTitle(text, tokens, from, to);
    if (affiliated) [titleEnd] = affiliated;
    if (affiliated) rules.push(affiliated[1]);
  }
  if (titleEnd >= from && titleEnd < to) k = titleEnd + 1;
  const first = tokens[k]!;
  const last = tokens[to]!;
  const raw = text
    .slice(first.start, last.end)
    .replace(/[’']s$/, '')
    .replace(/\.$/, (dot) => (/\b\p{Lu}\.$/u.test(text.slice(first.start, last.end)) ? dot : ''));
  if (!/\p{L}/u.test(raw)) return null;
  return {
    text: raw,
    title: k > from ? text.slice(tokens[from]!.start, tokens[k - 1]!.end) : null,
    start: first.start,
    end: first.start + raw.length,
    initial: /^[\s"“‘'(—–-]*$/.test(text.slice(0, tokens[start]!.start)),
    before: from > 0 ? tokens[from - 1]!.raw : '',
    after: text.slice(last.end, last.end + 40),
    lead: text.slice(Math.max(0, first.start - 40), first.start),
    rules,
    sentence: text,
  };
}
