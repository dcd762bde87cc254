/**
 * "reconvened after a 17-day hiatus": a date given as a gap after the previous occurrence.
 * The previous occurrence is the dated mention in the same article that calls itself the
 * previous (initial, first, last, earlier) meeting, round or session.
 */
import type { EventMention } from '../types.ts';
import { countValue, COUNT } from '../lib/dates/resolve.ts';
import { parseIsoDay, plusDays } from '../lib/dates/index.ts';
import { timexDay } from '../lib/dates/calendar.ts';

const GAP = new RegExp(`\\bafter an?\\s+${COUNT}[- ](day|week)s?[- ](?:long\\s+)?(?:hiatus|break|pause|gap|lull|interval|absence|recess)\\b`, 'i');
const DEICTIC = /\b(?:today|tonight|yesterday|tomorrow|this (?:morning|afternoon|evening))\b/i;
const PREVIOUS = /\b(?:previous|initial|first|last|earlier|prior|preliminary)\s+(?:meeting|round|talks|session|negotiations|summit|encounter)\b/i;

/** Date undated mentions that give their time as a gap after the previous occurrence. */
export function resolveGaps(mentions: EventMention[]): EventMention[] {
  // The previous meeting is the one its own clause dates ("at a previous meeting on May 16"),
  // not a sentence that also speaks of "today's discussions".
  const anchor = mentions.find((m) => m.date?.precision === 'day' && PREVIOUS.test(m.quote.slice(m.clause[0], m.clause[1])) && !DEICTIC.test(m.dateText ?? ''));
  if (!anchor?.date) return mentions;
  const from = parseIsoDay(anchor.date.end);
  if (!from) return mentions;
  return mentions.map((m) => {
    if (m.date) return m;
    const gap = GAP.exec(m.quote);
    if (!gap) return m;
    const n = countValue(gap[1]!);
    if (!Number.isFinite(n)) return m;
    const day = timexDay(plusDays(from, gap[2]!.toLowerCase() === 'week' ? n * 7 : n));
    return { ...m, date: { start: day, end: day, precision: 'day' as const }, dateText: gap[0], dateSource: 'anchor' as const, dateOffsets: [gap.index, gap.index + gap[0].length] as [number, number] };
  });
}

export const JUST_BEFORE = /\b(?:just|shortly|immediately|hours|a day|the day)\s+(before|after)\s+the\s+(?:[\p{L}-]+\s+){0,2}(talks|negotiations|meeting|summit|round|session|vote|election)\b/iu;
const GATHERING = new Set(['talks', 'negotiations', 'negotiation', 'meeting', 'reconvened', 'resumed', 'summit', 'round', 'session', 'vote', 'election']);

/**
 * "This attack occurred just before the peace talks": the day before (or after) the latest
 * dated gathering the same article reports.
 */
export function resolveJustBefore(mentions: EventMention[]): EventMention[] {
  const gatherings = mentions.filter((m) => m.date?.precision === 'day' && m.triggers.some((t) => GATHERING.has(t)));
  const anchor = gatherings.sort((a, b) => (a.date!.start < b.date!.start ? 1 : -1))[0];
  const from = anchor?.date ? parseIsoDay(anchor.date.start) : null;
  if (!from) return mentions;
  return mentions.map((m) => {
    if (m.date) return m;
    const hit = JUST_BEFORE.exec(m.quote);
    if (!hit) return m;
    const day = timexDay(plusDays(from, hit[1]!.toLowerCase() === 'before' ? -1 : 1));
    return { ...m, date: { start: day, end: day, precision: 'day' as const }, dateText: hit[0], dateSource: 'anchor' as const, dateOffsets: [hit.index, hit.index + hit[0].length] as [number, number], continues: null };
  });
}
