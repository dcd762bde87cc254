/**
 * Spellings for the search index. Sources spell names differently (Medinsky, Medinskiy), and a
 * full-text index only finds the spelling a page happens to use; so each page also carries
 * every registry spelling of every actor it names, and a search for any spelling finds it.
 */
import type { Actor } from '../types.ts';
import { createMatcher } from '../lib/names/matcher.ts';

/** A function giving the spellings to index for a page, from its texts and the actors it is known to involve. */
export function spellingFinder(registry: Actor[]): (texts: string[], known: string[]) => string[] {
  const find = createMatcher(registry.map((a) => ({ id: a.id, full: [a.name, ...a.aliases], short: [] })));
  const byId = new Map(registry.map((a) => [a.id, a]));
  return (texts, known) => {
    const ids = new Set(known);
    // Quotes can name an actor the event was not attributed to; the name is still on the page.
    for (const text of texts) for (const hit of find(text)) ids.add(hit.id);
    const names = new Set<string>();
    for (const id of [...ids].sort()) {
      const actor = byId.get(id);
      if (!actor) continue;
      names.add(actor.name);
      for (const alias of actor.aliases) names.add(alias);
    }
    return [...names];
  };
}
