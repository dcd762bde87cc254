/**
 * Scoring a built timeline against a hand-made gold timeline (tests/gold/<corpus>/gold.yaml):
 * mention date accuracy, event date F1 (the date-F1 of timeline summarisation), actor
 * precision and recall per event, B-cubed merge quality over mentions, and noise from
 * page furniture — with the worst errors located as file:line.
 */
import { eventsFound, inventedYears } from './coverage.ts';
import type { Article, EventMention, TimelineEvent } from '../types.ts';
import { type GoldTimeline, dateMatches, norm } from './gold.ts';
import { type GoldMatch, matchGold } from './gold-match.ts';
import { quotePrecision } from './quotes.ts';

/** One located error. */
export interface EvalError {
  /** file:line of the sentence. */
  where: string;
  /** What is wrong. */
  what: string;
}

/** Every figure the harness prints. */
export interface TimelineScore {
  /** Gold mentions whose event date is right at the gold precision. */
  mentionDateAccuracy: number;
  /** Gold mentions found at all (in some event). */
  mentionsFound: number;
  /** Gold mentions in total. */
  mentionsTotal: number;
  /** Distinct event dates: precision, recall, F1. */
  dateP: number;
  dateR: number;
  dateF1: number;
  /** Actor precision and recall, averaged over gold events. */
  actorP: number;
  actorR: number;
  /** Event status accuracy over matched gold events. */
  statusAccuracy: number;
  /** B-cubed over gold mentions. */
  mergeP: number;
  mergeR: number;
  mergeF1: number;
  /** Sentences event pages quote that report their event by the gold, as a share of all they quote. */
  quotePrecision: number;
  /** Event mentions drawn from furniture. */
  noise: number;
  /** Gold events with at least one mention found, as a share of all gold events. */
  eventsFound: number;
  /** System events in a year that no article states and no gold date implies. */
  inventedYears: number;
  /** Worst errors first. */
  errors: EvalError[];
  /** Where each gold event's mentions landed: system event id (or "missing") and count. */
  groups: { gold: string; system: Record<string, number> }[];
}

const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

type Located = EvalError & { weight: number };
type Item = { gold: string; system: string };

/** Score a timeline against its gold. */
export function scoreTimeline(gold: GoldTimeline, events: TimelineEvent[], articles: Article[]): TimelineScore {
  const articleById = new Map(articles.map((a) => [a.id, a]));
  const where = (article: string, quote: string): string => {
    const a = articleById.get(article);
    const s = a?.sentences.find((x) => norm(x.text).includes(norm(quote)) || norm(quote).includes(norm(x.text)));
    return `${a?.file ?? article}:${s?.line ?? 0}`;
  };
  const errors: Located[] = [];
  const dated = mentionDates(matchGold(gold, events), where, errors);
  const dates = eventDates(gold, events, errors);
  const people = actorsAndStatus(gold, events, dated.items, errors);
  const merge = bCubed(dated.items);
  const noise = furnitureNoise(
    gold,
    events.flatMap((e) => e.mentions),
    where,
    errors,
  );
  const quotes = quotePrecision(gold, events);
  const invented = inventedYears(gold, events, articles);
  for (const what of invented.errors) errors.push({ where: '(timeline)', what, weight: 4 });
  const groups = gold.events.map((ge) => {
    const system: Record<string, number> = {};
    for (const it of dated.items)
      if (it.gold === ge.id) {
        const key = it.system.startsWith('missing:') ? 'missing' : it.system;
        system[key] = (system[key] ?? 0) + 1;
      }
    return { gold: ge.id, system };
  });
  return {
    groups,
    mentionDateAccuracy: dated.total ? dated.right / dated.total : 0,
    mentionsFound: dated.found,
    mentionsTotal: dated.total,
    ...dates,
    ...people,
    ...merge,
    quotePrecision: quotes.total ? quotes.right / quotes.total : 1,
    noise,
    eventsFound: eventsFound(gold, dated.items),
    inventedYears: invented.count,
    errors: errors.sort((a, b) => b.weight - a.weight).map(({ where: w, what }) => ({ where: w, what })),
  };
}

const span = (d: { start: string; end: string }): string => `${d.start}${d.end !== d.start ? `..${d.end}` : ''}`;

// Mention dates, and the items for B-cubed.
function mentionDates(match: GoldMatch, where: (a: string, q: string) => string, errors: Located[]) {
  let right = 0;
  let found = 0;
  const items: Item[] = [];
  for (const { ge, quote, article, mention } of match.pairs) {
    if (!mention) {
      items.push({ gold: ge.id, system: `missing:${article}:${quote}` });
      errors.push({
        where: where(article, quote),
        what: `missed: “${quote.slice(0, 70)}” (gold ${ge.id}, ${ge.start})`,
        weight: 1,
      });
      continue;
    }
    found++;
    const event = match.eventOf.get(mention.id)!;
    items.push({ gold: ge.id, system: event.id });
    if (dateMatches(event.date, ge)) right++;
    else
      errors.push({
        where: where(article, quote),
        what: `date ${span(event.date)}, gold ${span(ge)}: “${quote.slice(0, 60)}”`,
        weight: 2,
      });
  }
  return { right, found, total: match.pairs.length, items };
}

// Distinct event dates: precision, recall, F1.
function eventDates(gold: GoldTimeline, events: TimelineEvent[], errors: Located[]) {
  const goldDates = [...new Set(gold.events.map((e) => `${e.start}/${e.end}`))].map((k) => ({
    start: k.split('/')[0]!,
    end: k.split('/')[1]!,
  }));
  const sysDates = [...new Map(events.map((e) => [`${e.date.start}/${e.date.end}`, e.date])).values()];
  const sysMatched = sysDates.filter((d) => goldDates.some((g) => dateMatches(d, g))).length;
  const goldMatched = goldDates.filter((g) => sysDates.some((d) => dateMatches(d, g))).length;
  const dateP = sysDates.length ? sysMatched / sysDates.length : 0;
  const dateR = goldDates.length ? goldMatched / goldDates.length : 0;
  for (const d of sysDates)
    if (!goldDates.some((g) => dateMatches(d, g)))
      errors.push({ where: '(timeline)', what: `date ${span(d)} is on the timeline but not in the gold`, weight: 1.5 });
  for (const g of goldDates)
    if (!sysDates.some((d) => dateMatches(d, g)))
      errors.push({ where: '(timeline)', what: `gold date ${span(g)} is missing from the timeline`, weight: 1.5 });
  return { dateP, dateR, dateF1: f1(dateP, dateR) };
}

// Actors and status per gold event, against the system event holding most of its mentions.
function actorsAndStatus(gold: GoldTimeline, events: TimelineEvent[], items: Item[], errors: Located[]) {
  let ap = 0;
  let ar = 0;
  let statusRight = 0;
  let matchedEvents = 0;
  for (const ge of gold.events) {
    const counts = new Map<string, number>();
    for (const it of items)
      if (it.gold === ge.id && !it.system.startsWith('missing:'))
        counts.set(it.system, (counts.get(it.system) ?? 0) + 1);
    const top = [...counts].sort((a, b) => b[1] - a[1])[0];
    if (!top) continue;
    const se = events.find((e) => e.id === top[0])!;
    matchedEvents++;
    const inter = se.actors.filter((a) => ge.actors.includes(a)).length;
    ap += se.actors.length ? inter / se.actors.length : ge.actors.length ? 0 : 1;
    ar += ge.actors.length ? inter / ge.actors.length : 1;
    if (se.status === ge.status) statusRight++;
    else errors.push({ where: '(event)', what: `status of ${ge.id}: ${se.status}, gold ${ge.status}`, weight: 1 });
  }
  return {
    actorP: matchedEvents ? ap / matchedEvents : 0,
    actorR: matchedEvents ? ar / matchedEvents : 0,
    statusAccuracy: matchedEvents ? statusRight / matchedEvents : 0,
  };
}

// B-cubed over gold mentions.
function bCubed(items: Item[]) {
  let bp = 0;
  let br = 0;
  for (const it of items) {
    const sameSys = items.filter((x) => x.system === it.system);
    const sameGold = items.filter((x) => x.gold === it.gold);
    const both = sameSys.filter((x) => x.gold === it.gold).length;
    bp += both / sameSys.length;
    br += both / sameGold.length;
  }
  const mergeP = items.length ? bp / items.length : 0;
  const mergeR = items.length ? br / items.length : 0;
  return { mergeP, mergeR, mergeF1: f1(mergeP, mergeR) };
}

// Noise: event mentions whose sentence is furniture.
function furnitureNoise(
  gold: GoldTimeline,
  all: EventMention[],
  where: (a: string, q: string) => string,
  errors: Located[],
): number {
  let noise = 0;
  for (const [article, info] of Object.entries(gold.articles)) {
    for (const f of info.furniture ?? []) {
      const nf = norm(f);
      if (nf.length < 3) continue;
      for (const m of all) {
        if (m.article === article && (norm(m.quote) === nf || (nf.length > 25 && norm(m.quote).includes(nf)))) {
          noise++;
          errors.push({
            where: where(article, m.quote),
            what: `noise: event mention from furniture “${f.slice(0, 60)}”`,
            weight: 3,
          });
        }
      }
    }
  }
  return noise;
}
