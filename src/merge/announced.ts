/**
 * Announced, then held: talks "expected on 15 May" and held on 16 May are one occasion whose
 * day slipped, not two events. And a plan whose day has passed while no later source reports
 * it done is marked so, rather than left to read as if it were still to come.
 */
import type { DateSpan, MergeLink, TimelineEvent } from '../types.ts';
import { ruleMeta } from '../lib/rules/index.ts';
import { yearKnown } from '../lib/dates/year-unknown.ts';
import { daysBetween } from '../lib/dates/calendar.ts';
import { bounds, tellingKinds } from './score.ts';
import { type Cluster, type MergeContext, ruleLink } from './cluster.ts';
import { BROAD } from './topic.ts';

/** The rules of this pass. */
export const ANNOUNCED_RULES = {
  heldLater: ruleMeta(
    'merge-announced-then-held',
    'A plan for one day and a report of the same kind of occasion, at the same place, held a few days later ' +
      'are one event.',
  ),
} as const;

// Occasions slip by a day or two ("talks expected Thursday opened on Friday"); a week later it
// is as likely a new round as the same one.
const SLIP_DAYS = 3;
// Two participants in common tie a plan to an occasion as well as a shared city does.
const SHARED_ACTORS_INSTEAD_OF_PLACE = 2;
const isDay = (d: DateSpan): boolean => d.precision === 'day' && yearKnown(d);

/** One finished event's mentions, date and links, as the merge stage re-finishes them. */
export type Refinish = (c: Cluster) => TimelineEvent;

/**
 * Join each plan to the occasion held within a few days after its day, when an earlier source
 * announced it and both name one kind of occasion and one place (or two participants).
 */
export function joinAnnouncedToHeld(events: TimelineEvent[], ctx: MergeContext, refinish: Refinish): TimelineEvent[] {
  const published = (article: string): string => ctx.articles.get(article)?.publication.date ?? '';
  const fine = (e: TimelineEvent): string[] => e.places.filter((p) => !BROAD.has(ctx.places.get(p)?.kind ?? ''));
  const joined = new Map<TimelineEvent, TimelineEvent[]>();
  const taken = new Set<TimelineEvent>();
  for (const plan of events) {
    if (plan.status !== 'planned' || !isDay(plan.date)) continue;
    const held = events
      .filter((h) => h.status === 'happened' && isDay(h.date) && !taken.has(h))
      .map((h) => ({ h, slip: daysBetween(plan.date.end, h.date.start) }))
      .filter(({ h, slip }) => slip >= 1 && slip <= SLIP_DAYS && sameOccasion(plan, h, fine))
      .filter(({ h }) => plan.mentions.some((m) => published(m.article) !== '' && published(m.article) < h.date.start))
      .sort((a, b) => a.slip - b.slip || a.h.id.localeCompare(b.h.id))[0]?.h;
    if (!held) continue;
    taken.add(plan);
    joined.set(held, [...(joined.get(held) ?? []), plan]);
  }
  return events.filter((e) => !taken.has(e)).map((e) => (joined.has(e) ? withPlans(e, joined.get(e)!, refinish) : e));
}

function sameOccasion(plan: TimelineEvent, held: TimelineEvent, fine: (e: TimelineEvent) => string[]): boolean {
  const kindsOf = (e: TimelineEvent): Set<string> => new Set(e.mentions.flatMap((m) => [...tellingKinds(m)]));
  const heldKinds = kindsOf(held);
  const sameKind = [...kindsOf(plan)].some((k) => heldKinds.has(k));
  const heldPlaces = fine(held);
  const samePlace = fine(plan).some((p) => heldPlaces.includes(p));
  const sharedActors = plan.actors.filter((a) => held.actors.includes(a)).length;
  return sameKind && (samePlace || sharedActors >= SHARED_ACTORS_INSTEAD_OF_PLACE);
}

function withPlans(held: TimelineEvent, plans: TimelineEvent[], refinish: Refinish): TimelineEvent {
  const links: MergeLink[] = plans.map((p) =>
    ruleLink({
      mention: p.mentions[0]!.id,
      with: held.mentions[0]!.id,
      date: 'inherited',
      sharedActors: p.actors.filter((a) => held.actors.includes(a)),
      sharedPlaces: p.places.filter((x) => held.places.includes(x)),
      why: `announced for ${p.date.start}, held ${held.date.start}: one occasion whose day slipped`,
      rule: ANNOUNCED_RULES.heldLater.id,
    }),
  );
  const event = refinish({
    mentions: [...held.mentions, ...plans.flatMap((p) => p.mentions)],
    date: held.date,
    links: [...held.links, ...plans.flatMap((p) => p.links), ...links],
  });
  const announced = plans.map((p) => p.date).sort((a, b) => a.start.localeCompare(b.start))[0]!;
  // A report that it was held outweighs any later source still calling it expected; what it
  // was is what the report of it says.
  return {
    ...event,
    id: held.id,
    status: 'happened',
    title: held.title,
    summary: held.summary,
    announcedFor: announced,
  };
}

/** Mark each plan whose day is over before the latest source was published: no source reports it done. */
export function markPastDue(events: TimelineEvent[], ctx: MergeContext): TimelineEvent[] {
  let latest = '';
  for (const a of ctx.articles.values())
    if (a.publication.date && a.publication.date > latest) latest = a.publication.date;
  return events.map((e) =>
    e.status === 'planned' && yearKnown(e.date) && latest && bounds(e.date)[1] < latest ? { ...e, pastDue: latest } : e,
  );
}
