/**
 * Scoring actors found with no registry. A zero-configuration build names what it finds by slugs
 * of their names ("writers-guild-of-america") while the gold names registry ids ("wga"), so the
 * evaluator (never the build) maps each found actor onto the story's registry when one of its
 * names or aliases is a registry name or alias, folded as the matcher folds them (case,
 * diacritics, possessives; short capitals stay capitals). What matches nothing keeps its id.
 */
import { createMatcher } from '../lib/names/matcher.ts';
import type { Actor, TimelineEvent } from '../types.ts';

type Named = Pick<Actor, 'id' | 'name' | 'aliases'>;

/** Found actor id → registry id, for every found actor one of whose names is a registry name or alias. */
export function registryIdMap(found: Named[], registry: Named[]): Map<string, string> {
  const match = createMatcher(registry.map((a) => ({ id: a.id, full: [a.name, ...a.aliases], short: [] })));
  const whole = (form: string): string | undefined => {
    const hits = match(form);
    const hit = hits.length === 1 ? hits[0]! : undefined;
    // The registry form must cover the whole name, not a word of it ("Guild" in "Writers Guild").
    const covers = hit && !/[\p{L}\p{N}]/u.test(form.slice(0, hit.start) + form.slice(hit.end));
    return covers ? hit.id : undefined;
  };
  const out = new Map<string, string>();
  for (const actor of found) {
    const id = [actor.name, ...actor.aliases].map(whole).find((x) => x !== undefined);
    if (id !== undefined && id !== actor.id) out.set(actor.id, id);
  }
  return out;
}

/** Events with their actor ids mapped (a registry id named twice is counted once). */
export function mapEventActors(events: TimelineEvent[], map: ReadonlyMap<string, string>): TimelineEvent[] {
  if (map.size === 0) return events;
  return events.map((e) => ({ ...e, actors: [...new Set(e.actors.map((a) => map.get(a) ?? a))] }));
}
