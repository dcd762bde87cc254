/**
 * The merge stage: mentions of the same occurrence, from several sources or twice in one,
 * become one event. Blocking keeps it near-linear: a mention is only compared with events
 * in its own date window (month or year) or, when undated, with events sharing an actor or
 * place. Every merge keeps its evidence (the rule that decided and why), and every rejected
 * candidate its score. The passes run in order; see MERGE_RULES.
 */
import type { EventMention } from '../types.ts';
import type { RuleMeta } from '../lib/rules/index.ts';
import { inverseDocumentFrequency, termVector } from '../lib/similarity/index.ts';
import { ACCEPTANCE_RULES } from './acceptance.ts';
import { ANNOUNCED_RULES, joinAnnouncedToHeld, markPastDue } from './announced.ts';
import { ATTACH_RULES, attachByResemblance, attachGoingOn, attachToTopic } from './attach.ts';
import { CONTEXT_RULES, toldAsContext } from './context.ts';
import type { Scorer } from './candidates.ts';
import { Clusters, type MergeContext, type MergeResult } from './cluster.ts';
import { compareMentions, finish, uniqueIds } from './event.ts';
import { PLACE_RULES, placeDated } from './place.ts';
import { nearness } from './windows.ts';
import { SINCE_RULE, attachSinceStart } from './since.ts';
import { NARRATIVE_RULE, attachNarrativeNext } from './narrative.ts';

export type { MergeContext, MergeResult, Rejection } from './cluster.ts';

/** Every merge rule, in the order the passes apply them. */
export const MERGE_RULES: readonly RuleMeta[] = [
  ...Object.values(PLACE_RULES),
  ...Object.values(ATTACH_RULES),
  ...Object.values(CONTEXT_RULES),
  SINCE_RULE,
  NARRATIVE_RULE,
  ...ACCEPTANCE_RULES,
  ...Object.values(ANNOUNCED_RULES),
];

const PRECISION_RANK = { day: 0, month: 1, year: 2 } as const;
// Names beyond three add little to how much a report founds an event.
const MAX_NAMED = 3;
const named = (m: EventMention): number => Math.min(m.actors.length + m.places.length, MAX_NAMED);

/** Merge mentions into events. */
export function mergeMentions(mentions: EventMention[], ctx: MergeContext): MergeResult {
  const s: Scorer = {
    clusters: new Clusters(),
    vectors: new Map(mentions.map((m) => [m.id, termVector(m.terms)])),
    idf: inverseDocumentFrequency(mentions.map((m) => m.terms)),
    ctx,
  };
  placeAllDated(s, mentions);
  const undated = placeUndated(s, mentions);
  const finished = s.clusters.list.map((c) => finish(c, ctx));
  const events = markPastDue(
    joinAnnouncedToHeld(finished, ctx, (c) => finish(c, ctx)),
    ctx,
  ).sort((a, b) => a.date.start.localeCompare(b.date.start) || a.id.localeCompare(b.id));
  return { events: uniqueIds(events), undated: undated.sort(compareMentions), rejections: s.clusters.rejections };
}

// Precise dates first; among them, reports that name who and where found the events that vaguer
// ones ("the two leaders will meet on June 12") then join. Nameless dated sentences go last,
// once the events they could belong to exist.
function placeAllDated(s: Scorer, mentions: EventMention[]): void {
  const dated = mentions
    .filter((m) => m.date !== null)
    .sort(
      (a, b) =>
        PRECISION_RANK[a.date!.precision] - PRECISION_RANK[b.date!.precision] ||
        named(b) - named(a) ||
        compareMentions(a, b),
    );
  for (const m of dated) if (!m.weak) placeDated(s, m, m.date!);
  for (const m of dated) if (m.weak) placeDated(s, m, m.date!);
}

// Undated mentions join the event they clearly report, and take its date. Those that go on
// about the sentence before them wait for it; what none claims is returned.
function placeUndated(s: Scorer, mentions: EventMention[]): EventMention[] {
  const { clusters } = s;
  const byId = new Map(mentions.map((m) => [m.id, m]));
  // The clauses of each sentence, to find a mention's siblings without scanning every mention.
  const bySentence = new Map<string, EventMention[]>();
  for (const m of mentions) {
    const key = `${m.article}|${m.sentence}`;
    bySentence.set(key, [...(bySentence.get(key) ?? []), m]);
  }
  const siblingsOf = (m: EventMention): EventMention[] => bySentence.get(`${m.article}|${m.sentence}`) ?? [];
  const left: EventMention[] = [];
  const tied: EventMention[] = [];
  const continuing: EventMention[] = [];
  const context: EventMention[] = [];
  for (const m of mentions.filter((x) => x.date === null).sort(compareMentions)) {
    const aside = toldAsContext(m);
    if (aside) {
      context.push(aside);
      continue;
    }
    // "Writers have been out since May 2": the reported start of the state, before what the sentence goes on from.
    if (!m.weak && attachSinceStart(s, m)) continue;
    const from = m.sameOccasion ?? m.goesOnFrom;
    // "These efforts…" in a new paragraph rarely points back to a background event years
    // before the article; within one paragraph (a quotation going on) it does.
    const target = from ? clusters.of(from) : undefined;
    const sameParagraph = from !== null && byId.get(from)?.paragraph === m.paragraph;
    const published = s.ctx.articles.get(m.article)?.publication.date ?? null;
    if (from && (target === undefined || sameParagraph || nearness(clusters.list[target]!.date, published) >= 0))
      continuing.push(m);
    else if (m.weak) left.push(m);
    else {
      const rest = attachByResemblance(s, m);
      if (rest) (rest.tiedTo ? tied : left).push(rest);
    }
  }
  const before = (m: EventMention): EventMention[] => bySentence.get(`${m.article}|${m.sentence - 1}`) ?? [];
  const unclaimed = left.filter(
    (m) => !attachToTopic(s, m, siblingsOf(m)) && !attachNarrativeNext(s, m, before) && !m.weak,
  );
  for (const m of continuing) {
    const from = (m.sameOccasion ?? m.goesOnFrom)!;
    const target = byId.get(from);
    if (!attachGoingOn(s, m, from, target, target ? siblingsOf(target) : []) && !m.weak) unclaimed.push(m);
  }
  // "At the end of the meeting, …": the time of the sentence before, once that has a date.
  for (const m of tied) {
    const c = clusters.of(m.tiedTo!);
    if (c === undefined) unclaimed.push(m);
    else placeDated(s, { ...m, dateSource: 'paragraph', dateText: null }, clusters.list[c]!.date);
  }
  return [...unclaimed, ...context];
}

export { compareMentions } from './event.ts';
