/**
 * The clauses of a sentence that may each report an event, and which date governs each:
 * "X saw Y in Ankara, while NATO allies met in Antalya" is two events; a date inside a
 * quotation dates the quotation, not the words that frame it; "since the onset of the war in
 * February 2022" dates the war, not the sentence.
 */
import { tokens } from '../lib/names/fold.ts';
import type { EventDate } from './event-dates.ts';
import { findTriggers } from './triggers.ts';

/** A part of a sentence and the date that governs it (null: undated). */
export interface Part {
  /** Start and end offsets in the sentence. */
  clause: [number, number];
  /** The date governing it, or null. */
  date: EventDate | null;
}

const WHILE = /,?\s+(?:while|whereas)\s+/g;
// "Although Putin has pulled out, the delegations may still meet": the concession is an event of its own.
const CONCESSIVE = /^(?:although|though|even though|despite the fact that)\b[^,]{10,}(?=,\s)/i;
// "…, bolstered by their previous facilitation of the Initiative": a participle clause naming another event.
const PARTICIPLE = /,\s+(?=(?:bolstered|buoyed|helped|prompted|spurred|fuelled|fueled|driven|triggered|sparked)\s+by\b)/gi;
// "The Istanbul talks followed the largest drone attack…": what came before is the news.
const FOLLOWED = /\s+(?=(?:followed|came after|came on the heels of|came days after|came hours after)\s)/i;
const BREAK = /,\s+|;\s+/g;
const MIN_WORDS = 5;

/** Spans of the quotations in a sentence; one left open runs to the sentence's end. */
export function quotations(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c !== '“' && c !== '"') continue;
    const close = text.indexOf(c === '“' ? '”' : '"', i + 1);
    spans.push([i, close < 0 ? text.length : close + 1]);
    i = close < 0 ? text.length : close;
  }
  return spans;
}

const count = (text: string, mark: RegExp): number => (text.match(mark) ?? []).length;
const oddStraight = (text: string): boolean => count(text, /"/g) % 2 === 1;

/** Whether a sentence leaves a quotation open, so that the next one goes on quoting. */
export function leavesQuoteOpen(text: string): boolean {
  return count(text, /“/g) > count(text, /”/g) || oddStraight(text);
}

/** Whether a sentence inside a quotation closes it. */
export function closesQuote(text: string): boolean {
  return count(text, /”/g) > count(text, /“/g) || oddStraight(text);
}

const words = (text: string): number => text.trim().split(/\s+/).filter(Boolean).length;

/** The parts of a sentence that may each report an event, with their dates. */
export function partsOf(text: string, dates: EventDate[]): Part[] {
  if (dates.length === 0) {
    // "X saw Y in Ankara, while NATO allies met in Antalya": two undated events.
    const concession = CONCESSIVE.exec(text);
    const followed = FOLLOWED.exec(text);
    const found = [
      ...[...text.matchAll(WHILE)].map((m) => m.index),
      ...[...text.matchAll(PARTICIPLE)].map((m) => m.index),
      ...(concession ? [concession[0].length] : []),
      ...(followed && words(text.slice(0, followed.index)) <= 6 ? [followed.index] : []),
    ];
    const cuts = [...new Set([0, ...found, text.length])].sort((a, b) => a - b);
    return cuts.slice(1).map((end, i) => ({ clause: [cuts[i]!, end] as [number, number], date: null }));
  }
  // A quotation that does not fill the sentence is its own clause: the date in “We came close
  // in March 2022” is not the date of "In his address, Erdoğan recalled…".
  const quotes = quotations(text).filter(([a, b]) => words(text.slice(a, b)) >= 3 && words(text.slice(0, a)) + words(text.slice(b)) >= MIN_WORDS);
  for (const d of dates) {
    const q = quotes.find(([a, b]) => d.words[0] >= a && d.words[1] <= b);
    if (q) d.clause = [Math.max(d.clause[0], q[0]), Math.min(d.clause[1], q[1])];
  }
  const parts: Part[] = [];
  const first = dates[0]!;
  // A date late in the sentence, after a clause break, dates that clause, not the main one:
  // "ministers discussed the proposal, an issue for the summit scheduled for June 24–25".
  if (first.role === 'clause' && first.clause[0] === 0) {
    // ", and the two leaders signed … in the afternoon" goes on with the same story; only an
    // appended clause (", an issue that…", ", which…") is dated apart from the main one.
    const breaks = [...text.slice(0, first.words[0]).matchAll(BREAK)]
      .map((m) => m.index)
      .filter((i) => words(text.slice(0, i)) >= MIN_WORDS && !/^[,;]\s+(?:and|but|then|or)\b/i.test(text.slice(i)));
    const reportsSomething = (i: number): boolean => findTriggers(tokens(text.slice(i))).length > 0;
    const cut = [...breaks].reverse().find(reportsSomething) ?? breaks[0] ?? -1;
    if (cut > 0 && first.words[0] > text.length / 2) {
      parts.push({ clause: [0, cut], date: null });
      first.clause = [cut, first.clause[1]];
    }
  }
  for (const d of dates) {
    // "A met B on Monday, while C reached D": the while-clause happens at the same time.
    const cuts = [...text.slice(d.clause[0], d.clause[1]).matchAll(WHILE)].map((m) => d.clause[0] + m.index);
    const bounds = [d.clause[0], ...cuts, d.clause[1]];
    for (let i = 0; i + 1 < bounds.length; i++) parts.push({ clause: [bounds[i]!, bounds[i + 1]!], date: d });
  }
  // What no date governs (the frame of a quotation, the main clause of a "since" phrase) is an
  // undated part of its own when it is long enough to report something.
  const covered = [...parts].map((p) => p.clause).sort((a, b) => a[0] - b[0]);
  let at = 0;
  for (const [a, b] of [...covered, [text.length, text.length] as [number, number]]) {
    if (a > at && words(text.slice(at, a)) >= MIN_WORDS) parts.push({ clause: [at, a], date: null });
    at = Math.max(at, b);
  }
  return parts.sort((x, y) => x.clause[0] - y.clause[0]);
}

// Phrasal verbs say in two words what one event word says: "called off" is "cancelled".
const PHRASAL_VERBS: Record<string, string> = {
  'called off': 'cancelled', 'call off': 'cancel', 'calls off': 'cancelled', 'calling off': 'cancelled',
  'called it off': 'cancelled', 'calls it off': 'cancelled', 'called them off': 'cancelled', 'called the summit off': 'cancelled', 'called the meeting off': 'cancelled', 'called the talks off': 'cancelled',
  'pulled out': 'withdrew', 'pull out': 'withdrew', 'pulls out': 'withdrew', 'backed out': 'withdrew',
  'put off': 'postponed', 'blew up': 'destroyed', 'blown up': 'destroyed', 'set off': 'launched',
};
const PHRASAL = new RegExp(`\\b(?:${Object.keys(PHRASAL_VERBS).sort((a, b) => b.length - a.length).map((k) => k.replace(/ /g, '\\s+')).join('|')})\\b`, 'gi');

// Verbs whose object is an event that does not take place: "Putin dropped the offer to meet".
const CALLING_OFF = new Set(['cancelled', 'canceled', 'cancel', 'dropped', 'declined', 'defected', 'withdrew', 'postponed', 'suspended', 'abandoned', 'boycotted', 'skipped']);

/**
 * Event words of a clause, leaving out "since …" phrases ("the largest exchange since the war
 * began" reports an exchange) and the events a clause calls off ("defected from a meeting"
 * reports a withdrawal, not a meeting).
 */
export function clauseTriggers(text: string): string[] {
  const plain = text.replace(/\bsince\b[^,;:.]*/gi, ' ').replace(PHRASAL, (m) => PHRASAL_VERBS[m.toLowerCase().replace(/\s+/g, ' ')] ?? m);
  const found = findTriggers(tokens(plain));
  const off = found.findIndex((t) => CALLING_OFF.has(t));
  return off < 0 ? found : found.filter((t, i) => i <= off || CALLING_OFF.has(t));
}
