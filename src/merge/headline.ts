/**
 * Short, neutral headlines built from an event's most informative mention: "Zelensky meets
 * Erdoğan in Ankara", "NATO summit in The Hague". Never a truncated sentence when the
 * mention gives an actor and an event word.
 */
import type { Actor, EventMention, Place } from '../types.ts';
import { TRIGGERS } from '../extract/triggers.ts';

const INTERPERSONAL = new Set(['meets', 'speaks with', 'receives', 'calls', 'hosts', 'tells', 'visits']);
const NOUNS = new Set(['hold talks', 'negotiate', 'summit', 'meeting', 'conference', 'session', 'round', 'agreement', 'deal', 'initiative', 'proposal', 'offer', 'attack', 'strike', 'bombing', 'offensive', 'invasion', 'war', 'massacre', 'exchange', 'ceasefire', 'truce', 'election', 'vote', 'speech', 'statement', 'resume', 'reconvene']);
const NOUN_TITLE: Record<string, string> = { 'hold talks': 'Talks', negotiate: 'Negotiations', resume: 'Talks resume', reconvene: 'Talks resume' };

/** The short name of an actor for headlines: a person's surname, a body's name. */
function shortName(actor: Actor): string {
  if (actor.kind !== 'person') return actor.name;
  const parts = actor.name.split(/\s+/);
  return parts[parts.length - 1] ?? actor.name;
}

/** Build a headline for a group of mentions, or null when they give too little. */
export function headline(mentions: EventMention[], actors: string[], places: string[], registry: { actors: Map<string, Actor>; places: Map<string, Place> }): string | null {
  const counts = new Map<string, number>();
  for (const m of mentions) for (const t of m.triggers) {
    const kind = TRIGGERS[t] ?? t;
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const verb = ranked.find(([k]) => !['says', 'war', 'statement'].includes(k))?.[0] ?? ranked[0]?.[0];
  if (!verb) return null;
  const people = actors.map((id) => registry.actors.get(id)).filter((a): a is Actor => a !== undefined);
  const place = places.map((id) => registry.places.get(id)).find((p) => p && ['city', 'venue', 'region'].includes(p.kind)) ?? places.map((id) => registry.places.get(id)).find(Boolean);
  const where = place ? ` in ${place.name}` : '';
  const [first, second] = people;
  if (NOUNS.has(verb)) {
    const noun = NOUN_TITLE[verb] ?? verb.charAt(0).toUpperCase() + verb.slice(1);
    const owner = first && first.kind === 'organization' ? `${first.name} ` : '';
    const withWhom = !owner && first ? ` involving ${shortName(first)}${second ? ` and ${shortName(second)}` : ''}` : '';
    return `${owner}${owner ? noun.toLowerCase() : noun}${where}${withWhom}`;
  }
  if (!first) return null;
  if (INTERPERSONAL.has(verb) && second) return `${shortName(first)} ${verb} ${shortName(second)}${where}`;
  return `${shortName(first)} ${verb}${INTERPERSONAL.has(verb) ? '' : ''}${where}`;
}
