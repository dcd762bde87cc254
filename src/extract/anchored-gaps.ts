/**
 * Dates counted from another event of the same article, once every sentence is read: "reconvened
 * after a 17-day hiatus" (a gap after the previous occurrence the article dates) and "just before
 * the talks" (a day before the latest gathering it dates). Applied in order, after extraction.
 */
import type { EventMention } from '../types.ts';
import { parseIsoDay, plusDays } from '../lib/dates/index.ts';
import { timexDay } from '../lib/dates/calendar.ts';
import { alternation, rule } from '../lib/rules/index.ts';
import { GAP_NOUNS, GATHERING_WORDS, NEXT_TO_GATHERING, PREVIOUS_GATHERING } from '../lib/lexicon/gatherings.ts';
import { DEICTIC_DAYS } from '../lib/lexicon/time-phrases.ts';
import { DAYS_OR_WEEKS, daysIn } from './counted-spans.ts';

const GAP = new RegExp(`\\bafter an?\\s+${DAYS_OR_WEEKS}[- ](?:long\\s+)?(?:${alternation(GAP_NOUNS)})\\b`, 'i');
const DEICTIC = new RegExp(`\\b(?:${alternation(DEICTIC_DAYS)})\\b`, 'i');

/** Give the date counted from `from` to an undated mention whose words `pattern` finds. */
function countFrom(m: EventMention, hit: RegExpExecArray, day: string, ruleId: string): EventMention {
  return {
    ...m,
    date: { start: day, end: day, precision: 'day' },
    dateText: hit[0],
    dateSource: 'anchor',
    dateOffsets: [hit.index, hit.index + hit[0].length],
    rules: [...m.rules, ruleId],
  };
}

/** "reconvened after a 17-day hiatus": the previous occurrence's day plus the gap. */
export const gapAfterPrevious = rule(
  {
    id: 'anchor-gap-after-previous',
    doc: '"after a 17-day hiatus" dates an event that many days after the previous occurrence its article dates.',
  },
  (mentions: EventMention[]): EventMention[] => {
    // The previous meeting is the one its own clause dates ("at a previous meeting on May 16"),
    // not a sentence that also speaks of "today's discussions".
    const clauseOf = (m: EventMention): string => m.quote.slice(m.clause[0], m.clause[1]);
    const anchor = mentions.find(
      (m) => m.date?.precision === 'day' && PREVIOUS_GATHERING.test(clauseOf(m)) && !DEICTIC.test(m.dateText ?? ''),
    );
    const from = anchor?.date ? parseIsoDay(anchor.date.end) : null;
    if (!from) return mentions;
    return mentions.map((m) => {
      const gap = m.date ? null : GAP.exec(m.quote);
      if (!gap) return m;
      const n = daysIn(gap[1]!, gap[2]!);
      return Number.isFinite(n) ? countFrom(m, gap, timexDay(plusDays(from, n)), gapAfterPrevious.id) : m;
    });
  },
);

/** "This attack occurred just before the peace talks": the day before (or after) the latest dated gathering. */
export const nextToGathering = rule(
  {
    id: 'anchor-next-to-gathering',
    doc: '"just before the talks" dates an event the day before the latest gathering its article dates.',
  },
  (mentions: EventMention[]): EventMention[] => {
    const gatherings = mentions.filter(
      (m) => m.date?.precision === 'day' && m.triggers.some((t) => GATHERING_WORDS.has(t)),
    );
    const anchor = gatherings.sort((a, b) => (a.date!.start < b.date!.start ? 1 : -1))[0];
    const from = anchor?.date ? parseIsoDay(anchor.date.start) : null;
    if (!from) return mentions;
    return mentions.map((m) => {
      const hit = m.date ? null : NEXT_TO_GATHERING.exec(m.quote);
      if (!hit) return m;
      const day = timexDay(plusDays(from, hit[1]!.toLowerCase() === 'before' ? -1 : 1));
      // Its own date now: it no longer goes on from the sentence before.
      return { ...countFrom(m, hit, day, nextToGathering.id), goesOnFrom: null, sameOccasion: null };
    });
  },
);

/** The passes over a whole article's mentions, in order. */
export const ANCHOR_RULES = [gapAfterPrevious, nextToGathering] as const;

/** Whether a clause with event words is timed against a gathering ("just before the talks"). */
export const nextToGatheringIn = (text: string): boolean => NEXT_TO_GATHERING.test(text);
