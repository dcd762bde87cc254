/**
 * How often each named rule fires on a corpus, and how often it is right against the gold:
 * an extraction rule is right when the mention it shaped lands in an event of the gold date;
 * a merge link when it joins two mentions of one gold event; a refusal when it keeps two
 * gold events apart. Only what the gold covers is judged.
 */
import type { EventMention, TimelineEvent } from '../types.ts';
import type { Rejection } from '../merge/index.ts';
import { type GoldTimeline, dateMatches } from './gold.ts';
import { type GoldMatch, matchGold } from './gold-match.ts';

/** The figures of one rule on one corpus. */
export interface RuleFigure {
  /** Times it fired (mentions shaped, links made, pairs refused). */
  fired: number;
  /** Of those, how many the gold can judge. */
  judged: number;
  /** Of those, how many are right. */
  right: number;
}

function tally(figures: Map<string, RuleFigure>, rule: string, verdict: boolean | null): void {
  const f = figures.get(rule) ?? { fired: 0, judged: 0, right: 0 };
  f.fired++;
  if (verdict !== null) {
    f.judged++;
    if (verdict) f.right++;
  }
  figures.set(rule, f);
}

// An extraction rule's mention is right when its event has the gold date; an undated mention the gold dates is wrong.
function mentionVerdict(match: GoldMatch, m: EventMention): boolean | null {
  const ge = match.goldOf.get(m.id);
  if (!ge) return null;
  const event = match.eventOf.get(m.id);
  return event ? dateMatches(event.date, ge) : false;
}

// A pair is judged when the gold places both mentions: `same` says whether they should be together.
function pairVerdict(match: GoldMatch, a: string, b: string, same: boolean): boolean | null {
  const ga = match.goldOf.get(a);
  const gb = match.goldOf.get(b);
  if (!ga || !gb) return null;
  return (ga.id === gb.id) === same;
}

/** Figures per rule id on one corpus. */
export function ruleFigures(
  gold: GoldTimeline,
  events: TimelineEvent[],
  undated: EventMention[],
  rejections: Rejection[],
): Map<string, RuleFigure> {
  const match = matchGold(gold, events);
  const figures = new Map<string, RuleFigure>();
  for (const m of [...events.flatMap((e) => e.mentions), ...undated]) {
    for (const rule of m.rules) tally(figures, rule, mentionVerdict(match, m));
  }
  for (const link of events.flatMap((e) => e.links)) {
    const verdict = pairVerdict(match, link.mention, link.with, true);
    tally(figures, link.rule, verdict);
    if (link.accepted) tally(figures, link.accepted, verdict);
  }
  for (const r of rejections) tally(figures, r.rule, pairVerdict(match, r.mention, r.candidate, false));
  return figures;
}
