/**
 * Which temporal expressions in a sentence date an event, and which part of the sentence
 * each one dates. "for the first time since 2022" dates nothing; "this morning (May 15)" is
 * one date written twice; "received Rutte on May 13 … before the meeting on May 14 and 15"
 * is two events, each with its own clause.
 */
import type { DateSpan } from '../types.ts';
import { type DateReference, type ResolvedSpan, parseIsoDay, plusDays, resolveDates, toDateSpan } from '../lib/dates/index.ts';
import { COUNT, countValue } from '../lib/dates/resolve.ts';
import { timexDay } from '../lib/dates/calendar.ts';

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
  /** How the date's clause relates to the sentence: its own, a "since the onset of…" phrase, or an "as in March 2022" comparison. */
  role: 'clause' | 'since' | 'comparison';
}

const SINCE = /\b(?:since|ever since)\s+(?:the\s+)?$/i;
// A wire dateline opening the sentence: "SINGAPORE, June 12 (Pacific Wire) – ".
const DATELINE_AT = /^\s*\p{Lu}[\p{L} .,'’-]{1,60}\d{1,2}(?:,?\s+\d{4})?\s*(?:\([^)]{1,40}\))?\s*[–—-]\s/u;
// "ending a six-day blockage", "after a three-week strike": a spell that closes on the day the sentence names.
const SPELL = new RegExp(`,\\s*\\b(ending|ended|ends|end|capping|after)\\s+(?:a|an|the|its|their)\\s+${COUNT}[- ](day|week)[- ](?:long[- ])?(?=\\p{L})`, 'giu');
const UNIT_DAYS: Record<string, number> = { day: 1, week: 7 };
const RELATIVE_EVENT = new RegExp(`,\\s*\\b${COUNT}\\s+(days?|weeks?)\\s+(after|before)\\s+(?=\\p{L})`, 'giu');
// "since the onset of the war in February 2022": the date names when the war began, and the
// sentence's own event (what has happened since) stays undated.
const SINCE_NOMINAL = /\bsince\s+((?:the\s+)?(?:onset|start|beginning|outbreak|launch|end)\s+of\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}(?:in|on)\s+)$/iu;
// "ready to host them, as was the case in March 2022": the date names an earlier occurrence of
// the same kind, not the main clause's event.
const AS_BEFORE = /(?:,\s*)?\b((?:just\s+)?(?:as|like)\s+(?:was the case|it was|it did|they did|happened|had happened)?\s*(?:back\s+)?(?:in|on)\s+)$/i;
const CLAUSE_BREAK = /,\s+|;\s+|\s+(?:while|whereas|before|after|and then|but)\s+/g;

/** The event dates of a sentence, each with the clause it governs. */
export function eventDates(sentence: string, reference: DateReference): { dates: EventDate[]; lastDay: string | null } {
  const spans = resolveDates(sentence, reference);
  const kept: { span: ResolvedSpan; date: DateSpan; phrase?: [number, number]; role: EventDate['role'] }[] = [];
  let lastDay: string | null = null;
  for (const span of spans) {
    const date = toDateSpan(span.resolution);
    if (!date) continue;
    if (date.precision === 'day') lastDay = date.end;
    const before = sentence.slice(Math.max(0, span.start - 16), span.start);
    const after = sentence.slice(span.end, span.end + 8);
    const lead = sentence.slice(Math.max(0, span.start - 80), span.start);
    const since = SINCE_NOMINAL.exec(lead);
    const nominal = since ?? AS_BEFORE.exec(lead);
    if (nominal) {
      kept.push({ span, date, phrase: [span.start - nominal[1]!.length, span.end], role: since ? 'since' : 'comparison' });
      continue;
    }
    // "since X" marks where a state began, not when the reported event happened — unless a
    // "when" clause follows ("Since last night, when Putin dropped the offer").
    if (SINCE.test(before) && !/^,?\s+when\b/i.test(after)) continue;
    const previous = kept[kept.length - 1];
    if (previous && sameSpan(previous.date, date) && span.start - previous.span.end <= 3) {
      previous.span = { ...previous.span, end: span.end };
      continue;
    }
    // "SINGAPORE, June 12 (Wire) – … pledged on Tuesday": the dateline's day named again dates
    // one event; "met on March 4, and on the same day X met Y" stays two.
    if (kept.some((k) => sameSpan(k.date, date) && DATELINE_AT.test(sentence.slice(0, k.span.end + 40)) && k.span.start < 40)) continue;
    kept.push({ span, date, role: 'clause' });
  }
  // "Moon met Kim on May 26, two days after Trump had called off the summit": the after-clause
  // is an event of its own, dated from the sentence's date.
  for (const m of sentence.matchAll(RELATIVE_EVENT)) {
    const before = kept.filter((k) => k.span.end <= m.index && k.date.precision === 'day' && k.date.start === k.date.end).pop();
    if (!before || kept.some((k) => k.span.start < m.index + m[0].length && m.index < k.span.end)) continue;
    const n = countValue(m[1]!) * (m[2]!.toLowerCase().startsWith('week') ? 7 : 1);
    const from = parseIsoDay(before.date.start);
    if (!from || !Number.isFinite(n)) continue;
    const day = timexDay(plusDays(from, m[3]!.toLowerCase() === 'after' ? -n : n));
    const start = m.index + (m[0].length - m[0].trimStart().replace(/^,\s*/, '').length);
    const end = m.index + m[0].trimEnd().length;
    // The after-clause runs to the next comma: "…, nine days after they disappeared, set off celebrations".
    const stop = sentence.slice(end).search(/[,;]\s/);
    kept.push({ span: { ...before.span, start, end }, date: { start: day, end: day, precision: 'day' }, phrase: [start, stop < 0 ? sentence.length : end + stop], role: 'clause' });
  }
  // "freed the ship on Monday, ending a six-day blockage": the blockage took the six days up to Monday.
  for (const m of sentence.matchAll(SPELL)) {
    const at = m.index + (m[0].length - m[0].trimStart().replace(/^,\s*/, '').length);
    const before = kept.filter((k) => k.span.end <= m.index && k.date.precision === 'day').pop();
    if (!before) continue;
    const n = countValue(m[2]!) * UNIT_DAYS[m[3]!.toLowerCase()]!;
    const last = parseIsoDay(before.date.end);
    if (!last || !Number.isFinite(n) || n < 2) continue;
    const first = timexDay(plusDays(last, -n));
    kept.push({ span: { ...before.span, start: at, end: at + m[0].trim().replace(/^,\s*/, '').length }, date: { start: first, end: before.date.end, precision: 'day' }, phrase: [at, sentence.length], role: 'clause' });
  }
  kept.sort((a, b) => a.span.start - b.span.start);
  const dates: EventDate[] = kept.map(({ span, date, phrase, role }) => ({
    date,
    words: [span.start, span.end],
    clause: phrase ?? [0, sentence.length],
    relative: span.resolution.relative,
    role,
  }));
  // Split the sentence between consecutive dates at the last clause break between them.
  const spread = dates.filter((d) => d.role === 'clause');
  for (let i = 0; i + 1 < spread.length; i++) {
    const a = spread[i]!;
    const b = spread[i + 1]!;
    const between = sentence.slice(a.words[1], b.words[0]);
    let cut = -1;
    for (const m of between.matchAll(CLAUSE_BREAK)) cut = a.words[1] + m.index;
    // "four on Sunday and four more yesterday": with no stronger break, the "and" between them.
    if (cut < 0) for (const m of between.matchAll(/\s+and\s+/g)) cut = a.words[1] + m.index;
    if (cut < 0) {
      // No clause break: cut at the word boundary nearest the middle.
      const middle = a.words[1] + Math.floor(between.length / 2);
      const space = sentence.lastIndexOf(' ', middle);
      cut = space > a.words[1] ? space : middle;
    }
    a.clause = [a.clause[0], cut];
    b.clause = [cut, b.clause[1]];
  }
  return { dates, lastDay };
}

function sameSpan(a: DateSpan, b: DateSpan): boolean {
  return a.start === b.start && a.end === b.end && a.precision === b.precision;
}
