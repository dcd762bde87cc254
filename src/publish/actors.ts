/**
 * Actor pages: one per person, body or other actor, with the events they take part in (by id),
 * who they appear with most, and their place in the index (people by surname, then bodies).
 */
import type { Actor, EventMention, TimelineEvent } from '../types.ts';
import { quotable } from './quotes.ts';
import type { EventView } from './views.ts';

/** An actor page. */
export interface ActorView {
  /** Registry id. */
  id: string;
  /** Page URL. */
  url: string;
  /** Canonical name. */
  name: string;
  /** person or organization. */
  kind: string;
  /** Role. */
  role: string | null;
  /** Country code. */
  country: string | null;
  /** Wikidata id. */
  wikidata: string | null;
  /** Other spellings. */
  aliases: string[];
  /** Ids of their events, in date order (the events themselves are in the site's events map). */
  events: string[];
  /** people, organisations or others: the actors index groups by it. */
  group: string;
  /** Heading of the group, on the first actor of each group only. */
  groupHeading: string | null;
  /** Actors they most often appear with. */
  companions: { id: string; name: string; count: number }[];
  /** schema.org Person or Organization. */
  jsonld?: object;
}

const GROUPS: Record<string, string> = { person: 'people', organization: 'organisations' };
const GROUP_ORDER = ['people', 'organisations', 'others'];
const GROUP_HEADING: Record<string, string> = { people: 'People', organisations: 'Organisations', others: 'Others' };

/** A person's name as an index sorts it: by surname ("Erdoğan, Recep Tayyip"), a body by its name. */
function sortName(actor: Actor): string {
  if (actor.kind !== 'person') return actor.name;
  const surname = actor.shortNames.find((s) => !s.includes(' ')) ?? actor.name.split(/\s+/).pop() ?? actor.name;
  return `${surname} ${actor.name}`;
}

/** Actors grouped people, organisations, others; people by surname; each group's first carries its heading. */
export function groupActors(views: ActorView[], registry: Map<string, Actor>): ActorView[] {
  const key = (v: ActorView): string => sortName(registry.get(v.id)!);
  const sorted = [...views].sort(
    (a, b) =>
      GROUP_ORDER.indexOf(a.group) - GROUP_ORDER.indexOf(b.group) ||
      key(a).localeCompare(key(b), 'en') ||
      a.id.localeCompare(b.id),
  );
  sorted.forEach((v, i) => {
    v.groupHeading = i === 0 || sorted[i - 1]!.group !== v.group ? GROUP_HEADING[v.group]! : null;
  });
  return sorted;
}

export function actorView(actor: Actor, events: EventView[], actors: Map<string, Actor>): ActorView {
  const own = events.filter((e) => e.actors.some((a) => a.id === actor.id));
  const together = new Map<string, number>();
  for (const e of own)
    for (const a of e.actors) if (a.id !== actor.id) together.set(a.id, (together.get(a.id) ?? 0) + 1);
  return {
    id: actor.id,
    url: `/actors/${actor.id}/`,
    name: actor.name,
    kind: actor.kind,
    role: actor.role,
    country: actor.country,
    wikidata: actor.wikidata,
    aliases: actor.aliases.filter((a) => a !== actor.name),
    events: own.map((e) => e.id),
    group: GROUPS[actor.kind] ?? 'others',
    groupHeading: null,
    companions: [...together]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, 6)
      .map(([id, count]) => ({ id, name: actors.get(id)?.name ?? id, count })),
  };
}

/**
 * Give each event the actors of the undated clauses of the sentences it quotes. In "the Russian
 * delegation is led by A, whereas Ukraine's is led by B" the clause naming B has no date of its
 * own, so it joins no event; yet B takes part in the occasion its sentence reports.
 */
export function joinClauseActors(events: TimelineEvent[], undated: EventMention[]): void {
  const bySentence = new Map<string, EventMention[]>();
  for (const m of undated) {
    const key = `${m.article}#${m.sentence}`;
    bySentence.set(key, [...(bySentence.get(key) ?? []), m]);
  }
  for (const e of events) {
    const own = new Set(e.actors);
    for (const m of quotable(e.mentions))
      for (const clause of bySentence.get(`${m.article}#${m.sentence}`) ?? [])
        for (const id of clause.actors)
          if (!own.has(id)) {
            own.add(id);
            e.actors.push(id);
          }
  }
}
