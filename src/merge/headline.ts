/**
 * Short, neutral headlines built from an event's most informative mention: "Zelensky meets
 * Erdoğan in Ankara", "NATO summit in The Hague". Never a truncated sentence when the
 * mention gives an actor and an event word.
 */
import type { Actor, EventMention, Place } from '../types.ts';
import { headlineVerb } from '../lib/lexicon/event-words.ts';

const INTERPERSONAL = new Set(['meets', 'speaks with', 'receives', 'calls', 'hosts', 'tells', 'visits']);
const NOUNS = new Set([
  'hold talks',
  'negotiate',
  'summit',
  'meeting',
  'conference',
  'session',
  'round',
  'agreement',
  'deal',
  'initiative',
  'proposal',
  'offer',
  'attack',
  'strike',
  'bombing',
  'offensive',
  'invasion',
  'war',
  'massacre',
  'exchange',
  'ceasefire',
  'truce',
  'election',
  'vote',
  'speech',
  'statement',
  'resume',
  'reconvene',
  'discuss',
  'attends',
  'convene',
  'gather',
  'earthquake',
  'blocks',
  'closes',
]);
const NOUN_TITLE: Record<string, string> = {
  'hold talks': 'Talks',
  negotiate: 'Negotiations',
  resume: 'Talks resume',
  reconvene: 'Talks resume',
  discuss: 'Talks',
  attends: 'Meeting',
  convene: 'Talks',
  gather: 'Meeting',
  blocks: 'Blockage',
  closes: 'Closure',
};
const OWNED = new Set([
  'summit',
  'meeting',
  'conference',
  'session',
  'hold talks',
  'negotiate',
  'statement',
  'speech',
  'vote',
  'election',
  'attends',
  'gather',
  'convene',
  'discuss',
]);
// Words that say where something was decided rather than what happened ("agreed during these discussions").
const BACKDROP = new Set(['discuss', 'hold talks', 'negotiate', 'attends', 'gather', 'agree']);
// With nobody named, a meeting is still a meeting: "Meeting in Istanbul".
const UNNAMED: Record<string, string> = {
  meets: 'Meeting',
  receives: 'Meeting',
  hosts: 'Meeting',
  'speaks with': 'Call',
  calls: 'Call',
  visits: 'Visit',
};
// Where something happens is a city, a venue or a region, not a sea or a whole country.
const VENUES = ['city', 'venue', 'region', 'building'];

/** The short name of an actor for headlines: a person's surname, a body's name. */
function shortName(actor: Actor): string {
  if (actor.kind !== 'person') return actor.name;
  const parts = actor.name.split(/\s+/);
  return parts[parts.length - 1] ?? actor.name;
}

/** Build a headline for a group of mentions, or null when they give too little. */
export function headline(
  mentions: EventMention[],
  actors: string[],
  places: string[],
  registry: { actors: Map<string, Actor>; places: Map<string, Place> },
): string | null {
  const counts = new Map<string, number>();
  for (const m of mentions)
    for (const t of m.triggers) {
      const kind = headlineVerb(t);
      counts.set(kind, (counts.get(kind) ?? 0) + 1);
    }
  // Among equally frequent words, a noun that names the occurrence ("exchange") before a verb.
  // Among equally frequent words: not a backdrop ("during these discussions"), then the one the
  // most informative sentence uses first, its main verb ("spoke with Zelensky … to resume talks").
  const order = (k: string): number => {
    const i = (mentions[0]?.triggers ?? []).findIndex((t) => headlineVerb(t) === k);
    return i < 0 ? 99 : i;
  };
  const ranked = [...counts].sort(
    (a, b) =>
      b[1] - a[1] ||
      Number(BACKDROP.has(a[0])) - Number(BACKDROP.has(b[0])) ||
      order(a[0]) - order(b[0]) ||
      a[0].localeCompare(b[0]),
  );
  const verb = ranked.find(([k]) => !['says', 'war', 'statement'].includes(k))?.[0] ?? ranked[0]?.[0];
  if (!verb) return null;
  // Who reported it ("Zelensky indicated that talks…") is not who took part.
  const speakers = new Set(
    mentions.flatMap((m) =>
      m.speakers.filter((s) => !mentions.some((x) => x.actors.includes(s) && !x.speakers.includes(s))),
    ),
  );
  const people = actors
    .filter((id) => !speakers.has(id))
    .map((id) => registry.actors.get(id))
    .filter((a): a is Actor => a !== undefined);
  const place =
    places.map((id) => registry.places.get(id)).find((p) => p && VENUES.includes(p.kind)) ??
    places.map((id) => registry.places.get(id)).find((p) => p && p.kind === 'country');
  const where = place ? ` in ${place.name}` : '';
  const [first, second] = people;
  if (NOUNS.has(verb)) {
    const noun = NOUN_TITLE[verb] ?? verb.charAt(0).toUpperCase() + verb.slice(1);
    // "NATO summit", but never "Kremlin massacre": a body owns its gatherings and statements only.
    const owner = first && first.kind === 'organization' && OWNED.has(verb) ? `${first.name} ` : '';
    const withWhom =
      !owner && first ? ` involving ${shortName(first)}${second ? ` and ${shortName(second)}` : ''}` : '';
    return `${owner}${owner ? noun.toLowerCase() : noun}${where}${withWhom}`;
  }
  if (!first) return UNNAMED[verb] ? `${UNNAMED[verb]}${where}` : null;
  if (INTERPERSONAL.has(verb) && second) return `${shortName(first)} ${verb} ${shortName(second)}${where}`;
  return `${shortName(first)} ${verb}${INTERPERSONAL.has(verb) ? '' : ''}${where}`;
}
