/**
 * Which temporal expressions in a sentence date an event, and which part of the sentence each
 * dates. "for the first time since 2022" dates nothing; "this morning (May 15)" is one date
 * written twice; "received Rutte on May 13 … before the meeting on May 14 and 15" is two events,
 * each with its own clause. Each decision is a named rule; the dates record the one that made them.
 */
import type { DateSpan } from '../types.ts';
import {
  type DateReference,
  type ResolvedSpan,
  hasYear,
  parseIsoDay,
  plusDays,
  resolveDates,
  toDateSpan,
} from '../lib/dates/index.ts';
import { timexDay } from '../lib/dates/calendar.ts';
import { DATE_RULES } from './date-rules.ts';
import {
  AS_BEFORE,
  RECORD_APPOSITION,
  RECORD_SINCE,
  SINCE_BEFORE,
  SINCE_NOMINAL,
  WHEN_AFTER,
} from '../lib/lexicon/time-phrases.ts';
import { DATELINE } from '../lib/lexicon/datelines.ts';
import { DAYS_OR_WEEKS, daysIn } from './counted-spans.ts';
import { relativeAside, splitBetweenDates } from './split-between.ts';

/** One event date in a sentence and the clause it governs. */
export interface EventDate {
  /** The date at timeline precision. */
  date: DateSpan;
  /** Start and end of the date words in the sentence. */
  words: [number, number];
  /** Start and end of the clause it dates. */
  clause: [number, number];
  /** True when the expression was relative (needed the reference). */
  relative: boolean;
  /**
   * How the date's clause relates to the sentence: its own, a "since the onset of…" phrase, or an "as in March 2022"
   * comparison.
   */
  role: 'clause' | 'since' | 'comparison';
  /** The rule that made it a date of the sentence. */
  rule: string;
}

export { DATE_RULES };

interface Kept {
  span: ResolvedSpan;
  date: DateSpan;
  phrase?: [number, number];
  role: EventDate['role'];
  rule: string;
}

// Characters looked at before and after a date for "since" and "when", and before it for a nominal phrase.
const SINCE_WINDOW = 16;
const WHEN_WINDOW = 8;
const PHRASE_WINDOW = 80;
// Two mentions of one date at most this many characters apart are one date written twice.
const TWICE_GAP = 3;
// …or apart by a comma and a preposition: "a year ago today, on November 30, 2022".
const TWICE_BETWEEN = /^\s*[,(]?\s*(?:(?:on|in)\s+)?$/u;
// A dateline sits in the first characters of a sentence.
const DATELINE_REACH = 40;
// A spell of one day is the day itself: only longer ones span.
const MIN_SPELL_DAYS = 2;

/** The date of a "since" phrase that opens a state ("out since May 2"), where its words are. */
export interface SinceDate {
  date: DateSpan;
  words: [number, number];
}

const sameSpan = (a: DateSpan, b: DateSpan): boolean =>
  a.start === b.start && a.end === b.end && a.precision === b.precision;

/**
 * The event dates of a sentence, each with the clause it governs; `fired` names the sentence's rules that dropped,
 * joined or split dates.
 */
export function eventDates(
  sentence: string,
  reference: DateReference,
): {
  dates: EventDate[];
  lastDay: string | null;
  lastTold: string | null;
  statedYear: number | null;
  fired: string[];
  since: SinceDate[];
} {
  const kept: Kept[] = [];
  const since: SinceDate[] = [];
  const fired: string[] = [];
  const days: { at: number; day: string }[] = [];
  let lastTold: string | null = null;
  for (const span of resolveDates(sentence, reference)) {
    const date = toDateSpan(span.resolution);
    if (!date) continue;
    // A span of days ("last week") is no day to count from.
    if (date.precision === 'day' && date.start === date.end) days.push({ at: span.start, day: date.end });
    if (hasYear(date.end)) lastTold = date.end;
    const verdict = keepDate(sentence, span, date, kept);
    if (verdict) fired.push(verdict);
    if (verdict === DATE_RULES.sinceState.id) since.push({ date, words: [span.start, span.end] });
  }
  // Each pass adds to `kept` as it goes: a later phrase may count from one an earlier pass added.
  daysFromEvent(sentence, kept);
  spellsEnding(sentence, kept);
  kept.sort((a, b) => a.span.start - b.span.start);
  const dates: EventDate[] = kept.map(({ span, date, phrase, role, rule }) => ({
    date,
    words: [span.start, span.end],
    clause: phrase ?? [0, sentence.length],
    relative: span.resolution.relative,
    role,
    rule,
  }));
  if (
    splitBetweenDates(
      sentence,
      dates.filter((d) => d.role === 'clause'),
    )
  )
    fired.push(DATE_RULES.betweenDates.id);
  const written = (k: Kept) => STATED_YEAR.test(sentence.slice(k.span.start, k.span.end));
  const year = reference.statedYear ? String(reference.statedYear) : null;
  if (year && kept.some((k) => !written(k) && k.date.start.startsWith(year))) fired.push(DATE_RULES.paragraphYear.id);
  // The resolver's paragraph-year-moves-on: a bare date of the paragraph's story in the year after the stated one.
  const next = reference.statedYear ? String(reference.statedYear + 1) : null;
  if (next && kept.some((k) => !written(k) && k.date.start.startsWith(next)))
    fired.push(DATE_RULES.paragraphYearMovesOn.id);
  return {
    dates,
    lastDay: dayToldLast(sentence, days),
    lastTold,
    statedYear: statedYearOf(kept, written),
    fired: [...new Set(fired)],
    since,
  };
}

// The day what follows counts from: the sentence's last, unless it sits in a relative aside and the main clause
// names one ("On Tuesday Abbott, who had not mentioned it on Feb. 1, made reform an emergency. The same day…").
function dayToldLast(sentence: string, days: { at: number; day: string }[]): string | null {
  const last = days.at(-1);
  if (!last || days.length < 2) return last?.day ?? null;
  const aside = relativeAside(sentence);
  const outside = aside ? days.filter((d) => d.at < aside[0] || d.at > aside[1]) : days;
  return (outside.at(-1) ?? last).day;
}

// A year written out in a date of month or day precision ("November 2022", "Dec. 12, 2022").
const STATED_YEAR = /\b(?:1[89]|20)\d{2}\b/;

// The year the sentence's last kept date writes out, when it names a month or a day of it: the
// year later bare dates of the paragraph are in. A bare "in 2019" or "since 1966" sets nothing.
function statedYearOf(kept: Kept[], written: (k: Kept) => boolean): number | null {
  const last = [...kept].reverse().find((k) => k.role === 'clause' && k.date.precision !== 'year');
  return last && written(last) ? Number(last.date.start.slice(0, 4)) : null;
}

// ", which killed 33,000 people" / ", when X beat Y" right after a phrase's date says more of
// what the phrase names: it belongs to the phrase. Returns its length, or 0.
const RELATIVE_AFTER = /^,\s+(?:which|who|when)\b[^,;:.!?]*/i;
function relativeClauseAfter(rest: string): number {
  return RELATIVE_AFTER.exec(rest)?.[0].length ?? 0;
}

// "March 28 next year": a year right after a day that writes none says which year the day is in; the day moves
// into it and the two are one date. True when it did.
function dayMovedIntoYear(sentence: string, previous: Kept, date: DateSpan): boolean {
  const written = /\b\d{4}\b/.test(sentence.slice(previous.span.start, previous.span.end));
  if (date.precision !== 'year' || previous.date.precision === 'year' || written) return false;
  const year = date.start.slice(0, 4);
  previous.date = {
    ...previous.date,
    start: year + previous.date.start.slice(4),
    end: year + previous.date.end.slice(4),
  };
  return true;
}

// Adds the date to `kept` (or widens the one before); returns the id of a rule that dropped or joined it.
function keepDate(sentence: string, span: ResolvedSpan, date: DateSpan, kept: Kept[]): string | null {
  const lead = sentence.slice(Math.max(0, span.start - PHRASE_WINDOW), span.start);
  const before = sentence.slice(Math.max(0, span.start - SINCE_WINDOW), span.start);
  const after = sentence.slice(span.end, span.end + WHEN_WINDOW);
  // "the worst since 2001" names no old event: only "since the Erzincan quake of 1939" does.
  const record = SINCE_BEFORE.test(before) ? null : (RECORD_APPOSITION.exec(lead) ?? RECORD_SINCE.exec(lead));
  const since = SINCE_NOMINAL.exec(lead) ?? record;
  const nominal = since ?? AS_BEFORE.exec(lead);
  if (nominal) {
    const rule = record ? DATE_RULES.recordSince.id : since ? DATE_RULES.sinceOnset.id : DATE_RULES.comparison.id;
    kept.push({
      span,
      date,
      phrase: [span.start - nominal[1]!.length, span.end + relativeClauseAfter(sentence.slice(span.end))],
      role: since ? 'since' : 'comparison',
      rule,
    });
    return null;
  }
  if (SINCE_BEFORE.test(before) && !WHEN_AFTER.test(after)) return DATE_RULES.sinceState.id;
  const previous = kept[kept.length - 1];
  if (previous && endsClause(sentence.slice(previous.span.end, span.start))) return DATE_RULES.untilEnds.id;
  if (previous && span.start - previous.span.end <= TWICE_GAP && dayMovedIntoYear(sentence, previous, date)) {
    previous.span = { ...previous.span, end: span.end };
    return DATE_RULES.writtenTwice.id;
  }
  if (previous && sameSpan(previous.date, date) && TWICE_BETWEEN.test(sentence.slice(previous.span.end, span.start))) {
    previous.span = { ...previous.span, end: span.end };
    return DATE_RULES.writtenTwice.id;
  }
  // "SINGAPORE, June 12 (Wire) – … pledged on Tuesday": the dateline's day named again dates
  // one event; "met on March 4, and on the same day X met Y" stays two.
  const dateline = (k: Kept): boolean =>
    sameSpan(k.date, date) &&
    DATELINE.test(sentence.slice(0, k.span.end + DATELINE_REACH)) &&
    k.span.start < DATELINE_REACH;
  if (kept.some(dateline)) return DATE_RULES.datelineRepeat.id;
  kept.push({ span, date, role: 'clause', rule: DATE_RULES.ownWords.id });
  return null;
}

// "… on Wednesday barred producers from selling gas until Feb. 21": the words after the clause's date run on,
// with no break, to "until". "from Monday until Friday" is a span: fewer than two words between its ends.
const UNTIL_AFTER = /^([^,;:]*)\b(?:until|till)\s+$/i;
function endsClause(between: string): boolean {
  const run = UNTIL_AFTER.exec(between);
  return run !== null && (run[1]!.match(/\p{L}+/gu) ?? []).length >= 2;
}

const DAYS_FROM = new RegExp(`,\\s*\\b${DAYS_OR_WEEKS}\\s+(after|before)\\s+(?=\\p{L})`, 'giu');
const SPELL = new RegExp(
  `,\\s*\\b(ending|ended|ends|end|capping|after)\\s+(?:a|an|the|its|their)\\s+` +
    `${DAYS_OR_WEEKS}[- ](?:long[- ])?(?=\\p{L})`,
  'giu',
);

// Offset of the words of a match that opens with ", ".
const wordsStart = (m: RegExpMatchArray): number =>
  m.index! + (m[0].length - m[0].trimStart().replace(/^,\s*/, '').length);

/**
 * "Moon met Kim on May 26, two days after Trump had called off the summit": the after-clause is an event of its own.
 */
function daysFromEvent(sentence: string, kept: Kept[]): void {
  for (const m of sentence.matchAll(DAYS_FROM)) {
    const at = m.index;
    const before = kept
      .filter((k) => k.span.end <= at && k.date.precision === 'day' && k.date.start === k.date.end)
      .pop();
    if (!before || kept.some((k) => k.span.start < at + m[0].length && at < k.span.end)) continue;
    const n = daysIn(m[1]!, m[2]!);
    const from = parseIsoDay(before.date.start);
    if (!from || !Number.isFinite(n)) continue;
    const day = timexDay(plusDays(from, m[3]!.toLowerCase() === 'after' ? -n : n));
    const start = wordsStart(m);
    const end = at + m[0].trimEnd().length;
    // The after-clause runs to the next comma: "…, nine days after they disappeared, set off celebrations".
    const stop = sentence.slice(end).search(/[,;]\s/);
    const phrase: [number, number] = [start, stop < 0 ? sentence.length : end + stop];
    kept.push({
      span: { ...before.span, start, end },
      date: { start: day, end: day, precision: 'day' },
      phrase,
      role: 'clause',
      rule: DATE_RULES.daysFromEvent.id,
    });
  }
}

/** "freed the ship on Monday, ending a six-day blockage": the blockage took the six days up to Monday. */
function spellsEnding(sentence: string, kept: Kept[]): void {
  for (const m of sentence.matchAll(SPELL)) {
    const at = wordsStart(m);
    const before = kept.filter((k) => k.span.end <= m.index && k.date.precision === 'day').pop();
    if (!before) continue;
    const n = daysIn(m[2]!, m[3]!);
    const last = parseIsoDay(before.date.end);
    if (!last || !Number.isFinite(n) || n < MIN_SPELL_DAYS) continue;
    const first = timexDay(plusDays(last, -n));
    const span = { ...before.span, start: at, end: at + m[0].trim().replace(/^,\s*/, '').length };
    kept.push({
      span,
      date: { start: first, end: before.date.end, precision: 'day' },
      phrase: [at, sentence.length],
      role: 'clause',
      rule: DATE_RULES.spellEnding.id,
    });
  }
}
