/**
 * Where a sentence with two dates splits: "SVB shares fell 60% on Thursday and were halted before
 * the opening bell on Friday" is two clauses, cut at "and", not at "before", which opens a phrase
 * ("before the opening bell") rather than a clause. A break counts as a clause break when a verb
 * follows it before the next date (compromise's tagger says what a verb is).
 */
import nlp from 'compromise';
import { CLAUSE_BREAK } from '../lib/lexicon/clause-markers.ts';

const AND = /\s+and\s+/g;
// "said on Thursday that in the early hours of Monday the grid…": "that" opens the reported clause.
const THAT = /\s+that\s+/g;
// ", and in April", "; on Friday": a connective or a semicolon right before the second date, with at most a
// preposition between, makes that date the opening of its clause, whose verb comes after it. A bare ", in July
// of that year," is more often an aside inside a clause ("had also mediated, in July of that year, the…").
const OPENS_CLAUSE = /(?:,?\s+(?:and|but|then)\s+|;\s+)(?:(?:in|on|by|from|at)\s+)?$/;

/** What a split needs of a date (an EventDate): where its words are, and the clause it governs. */
interface SpreadDate {
  words: [number, number];
  clause: [number, number];
}

/**
 * Split a sentence between consecutive dates at the last clause break between them. A relative clause set off by
 * commas after the first date ("On Tuesday Abbott, who had set out his priorities on Feb. 1, made reform an emergency
 * item") is a clause of its own: its date governs it alone, and the first date the sentence around it.
 */
export function splitBetweenDates(sentence: string, spread: SpreadDate[]): boolean {
  if (spread.length < 2) return false;
  const aside = relativeAside(sentence);
  const within = (d: SpreadDate): boolean => aside !== null && d.words[0] >= aside[0] && d.words[1] <= aside[1];
  for (let i = 0; i + 1 < spread.length; i++) {
    const a = spread[i]!;
    const b = spread[i + 1]!;
    // Only when the aside comes after the first date: before it, the old cut after the aside keeps the subject
    // with the aside ("Borsa Istanbul, which suspended trading last Wednesday, | confirmed it will reopen").
    if (!within(a) && within(b)) {
      b.clause = aside!;
      continue;
    }
    const cut = cutBetween(sentence, a.words[1], b.words[0]);
    a.clause = [a.clause[0], cut];
    b.clause = [cut, b.clause[1]];
  }
  return true;
}

// ", who … ," / ", which … ," followed by the verb its subject was waiting for: the span of that relative clause.
const RELATIVE_OPEN = /,\s+(?:who|which|whose)\b/g;
export function relativeAside(sentence: string): [number, number] | null {
  for (const open of sentence.matchAll(RELATIVE_OPEN)) {
    const close = sentence.indexOf(', ', open.index + open[0].length);
    if (close < 0) return null;
    const next = nlp(sentence.slice(close + 2))
      .terms()
      .first();
    if (next.has('#Verb') && !next.has('#Gerund')) return [open.index, close];
  }
  return null;
}

// The break after which the second date opens its clause; else the last break followed by a verb, else the last
// such "and"; else the last break, then the last "and" ("four on Sunday and four more yesterday"), then the last
// "that"; with none, the word boundary nearest the middle, or the second date's first word.
function cutBetween(sentence: string, from: number, to: number): number {
  const between = sentence.slice(from, to);
  const opener = OPENS_CLAUSE.exec(between);
  if (opener && opener.index > 0) return from + opener.index;
  const at = (re: RegExp) =>
    [...between.matchAll(re)].map((m) => ({ cut: from + m.index, after: m.index + m[0].length }));
  const breaks = at(CLAUSE_BREAK);
  const ands = at(AND);
  const verbal = (x: { after: number }) => nlp(between.slice(x.after)).has('#Verb');
  // After "and", only a verb that is not a gerund opens a clause: "all of Thursday and much of the night questioning
  // officials" is one span of time.
  const finite = (x: { after: number }) => nlp(between.slice(x.after)).match('#Verb').not('#Gerund').found;
  const found =
    breaks.filter(verbal).pop() ?? ands.filter(finite).pop() ?? breaks.pop() ?? ands.pop() ?? at(THAT).pop();
  if (found) return found.cut;
  // No word opens a clause: cut at a word boundary near the middle, never inside a word ("th|at").
  const middle = from + Math.floor(between.length / 2);
  const space = sentence.lastIndexOf(' ', middle);
  return space > from ? space : to;
}
