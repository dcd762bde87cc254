/**
 * The clauses of a sentence that may each report an event, and which date governs each:
 * "X saw Y in Ankara, while NATO allies met in Antalya" is two events; a date inside a quotation
 * dates the quotation, not the words that frame it; "since the onset of the war in February
 * 2022" dates the war, not the sentence. Every cut is a named rule; a part records the one that
 * cut it off.
 */
import { tokens } from '../lib/names/fold.ts';
import { ruleMeta } from '../lib/rules/index.ts';
import {
  BREAK,
  CONCESSIVE,
  COORDINATED,
  FOLLOWED,
  INVERTED_COPULA,
  PARTICIPLE,
  TRAILING_PARTICIPLE,
  WHILE,
} from '../lib/lexicon/clause-markers.ts';
import { findEventWords, quotations } from './clauses.ts';
import type { EventDate } from './event-dates.ts';

/** A part of a sentence and the date that governs it (null: undated). */
export interface Part {
  /** Start and end offsets in the sentence. */
  clause: [number, number];
  /** The date governing it, or null. */
  date: EventDate | null;
  /** The rule that cut this part off from the rest of its sentence, or null for a whole sentence. */
  rule: string | null;
  /** The rule that folded a trailing clause back into this part, when one did. */
  folded?: string;
}

/** The clause rules, by what they cut. */
export const CLAUSE_RULES = {
  simultaneous: ruleMeta('clause-simultaneous', '", while C met D" is a second event at the same time.'),
  concession: ruleMeta('clause-concession', '"Although X has pulled out, …": the concession is an event of its own.'),
  participle: ruleMeta('clause-participle', '", bolstered by their previous facilitation of…" names another event.'),
  followed: ruleMeta(
    'clause-followed',
    '"The talks followed the largest attack…": what came before is an event of its own.',
  ),
  lateDate: ruleMeta(
    'clause-late-date',
    'A date late in the sentence, after a clause break, dates that clause, not the main one.',
  ),
  quotation: ruleMeta(
    'clause-quotation',
    'A quotation that does not fill its sentence is a clause of its own, with its own date.',
  ),
  undatedRest: ruleMeta(
    'clause-undated-rest',
    'What no date governs, when long enough to report something, is an undated part.',
  ),
  participleStays: ruleMeta(
    'clause-participle-stays',
    'A trailing participle (", reiterating…", "while making clear…") belongs to its main clause\'s event.',
  ),
} as const;

// A clause shorter than this many words reports nothing of its own.
const MIN_WORDS = 5;
// "The talks followed …" splits only when the subject before "followed" is this short.
const FOLLOWED_SUBJECT_WORDS = 6;
// A quotation of fewer words is a phrase, not a clause.
const MIN_QUOTE_WORDS = 3;

const words = (text: string): number => text.trim().split(/\s+/).filter(Boolean).length;

/** The parts of a sentence that may each report an event, with their dates. */
export function partsOf(text: string, dates: EventDate[]): Part[] {
  return foldParticiples(text, dates.length === 0 ? undatedParts(text) : datedParts(text, dates));
}

function datedParts(text: string, dates: EventDate[]): Part[] {
  const quoted = quotationClauses(text, dates);
  const parts: Part[] = [...lateDateCut(text, dates[0]!)];
  for (const d of dates) {
    // "A met B on Monday, while C reached D": the while-clause happens at the same time.
    const cuts = [...text.slice(d.clause[0], d.clause[1]).matchAll(WHILE)].map((m) => d.clause[0] + m.index);
    const bounds = [d.clause[0], ...cuts, d.clause[1]];
    for (let i = 0; i + 1 < bounds.length; i++) {
      const rule = i > 0 ? CLAUSE_RULES.simultaneous.id : quoted.has(d) ? CLAUSE_RULES.quotation.id : null;
      parts.push({ clause: [bounds[i]!, bounds[i + 1]!], date: d, rule });
    }
  }
  parts.push(...uncovered(text, parts));
  return parts.sort((x, y) => x.clause[0] - y.clause[0]);
}

// "X saw Y in Ankara, while NATO allies met in Antalya": undated events cut at their markers.
function undatedParts(text: string): Part[] {
  const concession = CONCESSIVE.exec(text);
  const followed = FOLLOWED.exec(text);
  const found: [number, string][] = [
    ...[...text.matchAll(WHILE)].map((m): [number, string] => [m.index, CLAUSE_RULES.simultaneous.id]),
    ...[...text.matchAll(PARTICIPLE)].map((m): [number, string] => [m.index, CLAUSE_RULES.participle.id]),
    ...(concession ? [[concession[0].length, CLAUSE_RULES.concession.id] as [number, string]] : []),
    ...(followed && words(text.slice(0, followed.index)) <= FOLLOWED_SUBJECT_WORDS
      ? [[followed.index, CLAUSE_RULES.followed.id] as [number, string]]
      : []),
  ];
  const ruleAt = new Map<number, string>();
  for (const [at, id] of found) if (!ruleAt.has(at)) ruleAt.set(at, id);
  const cuts = [...new Set([0, ...found.map(([at]) => at), text.length])].sort((a, b) => a - b);
  return cuts
    .slice(1)
    .map((end, i) => ({ clause: [cuts[i]!, end] as [number, number], date: null, rule: ruleAt.get(cuts[i]!) ?? null }));
}

// A quotation that does not fill the sentence is its own clause: the date in "We came close in
// March 2022" is not the date of "In his address, X recalled…".
function quotationClauses(text: string, dates: EventDate[]): Set<EventDate> {
  const narrowed = new Set<EventDate>();
  const quotes = quotations(text).filter(
    ([a, b]) =>
      words(text.slice(a, b)) >= MIN_QUOTE_WORDS && words(text.slice(0, a)) + words(text.slice(b)) >= MIN_WORDS,
  );
  for (const d of dates) {
    const q = quotes.find(([a, b]) => d.words[0] >= a && d.words[1] <= b);
    if (!q) continue;
    d.clause = [Math.max(d.clause[0], q[0]), Math.min(d.clause[1], q[1])];
    narrowed.add(d);
  }
  return narrowed;
}

// "ministers discussed the proposal, an issue for the summit scheduled for June 24–25": a date
// late in the sentence, after a clause break, dates that clause; the main clause stands undated.
function lateDateCut(text: string, first: EventDate): Part[] {
  if (first.role !== 'clause' || first.clause[0] !== 0) return [];
  // ", and the two leaders signed … in the afternoon" goes on with the same story; only an
  // appended clause (", an issue that…", ", which…") is dated apart from the main one.
  const breaks = [...text.slice(0, first.words[0]).matchAll(BREAK)]
    .map((m) => m.index)
    .filter((i) => words(text.slice(0, i)) >= MIN_WORDS && !COORDINATED.test(text.slice(i)));
  const reportsSomething = (i: number): boolean => findEventWords(tokens(text.slice(i))).length > 0;
  // Only a clause that reports something is cut off: a list's commas ("blankets, coats and cash on Monday") are none.
  const cut = [...breaks].reverse().find(reportsSomething) ?? -1;
  if (cut <= 0 || first.words[0] <= text.length / 2) return [];
  first.clause = [cut, first.clause[1]];
  return [{ clause: [0, cut], date: null, rule: CLAUSE_RULES.lateDate.id }];
}

// What no date governs (the frame of a quotation, the main clause of a "since" phrase) is an
// undated part of its own when it is long enough to report something.
function uncovered(text: string, parts: Part[]): Part[] {
  const out: Part[] = [];
  const covered = parts.map((p) => p.clause).sort((a, b) => a[0] - b[0]);
  let at = 0;
  for (const [a, b] of [...covered, [text.length, text.length] as [number, number]]) {
    if (a > at && words(text.slice(at, a)) >= MIN_WORDS)
      out.push({ clause: [at, a], date: null, rule: CLAUSE_RULES.undatedRest.id });
    at = Math.max(at, b);
  }
  return out;
}

// "…, while making clear that it supports a ceasefire", ", reiterating his commitment to…": a
// trailing participle tells how the main clause's subject acted, so a part cut off there with no
// date of its own goes back into the part before it. A participle part with its own date ("…,
// describing the war it unleashed three years ago") names that dated event and stays apart, and
// so does an inverted clause ("while heading the other team is X": it has a verb of its own).
function foldParticiples(text: string, parts: Part[]): Part[] {
  const out: Part[] = [];
  for (const p of parts) {
    const before = out[out.length - 1];
    const rest = text.slice(p.clause[0], p.clause[1]);
    const dateless = p.date === null || p.date === before?.date;
    if (before && before.clause[1] === p.clause[0] && dateless && TRAILING_PARTICIPLE.test(rest)) {
      if (!INVERTED_COPULA.test(rest)) {
        out[out.length - 1] = {
          ...before,
          clause: [before.clause[0], p.clause[1]],
          folded: CLAUSE_RULES.participleStays.id,
        };
        continue;
      }
    }
    out.push(p);
  }
  return out;
}
