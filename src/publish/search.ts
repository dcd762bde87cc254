/**
 * Spellings for the search index. Sources spell names differently (Medinsky, Medinskiy), and a
 * full-text index only finds the spelling a page happens to use; so a page also carries the
 * registry spellings of the actors it names that its own text lacks, and a search for any
 * spelling finds it.
 */
import type { Actor } from '../types.ts';
import { createMatcher } from '../lib/names/matcher.ts';
import { escapeRegExp } from '../lib/rules/index.ts';

/** Whether `text` contains `name` as whole words, ignoring case. */
export function containsName(text: string, name: string): boolean {
  return new RegExp(`(?:^|[^\\p{L}\\p{N}])${escapeRegExp(name)}(?:$|[^\\p{L}\\p{N}])`, 'iu').test(text);
}

/** A function giving the spellings a page lacks, from its texts and the actors it is known to involve. */
export function spellingFinder(registry: Actor[]): (texts: string[], known: string[]) => string[] {
  const find = createMatcher(registry.map((a) => ({ id: a.id, full: [a.name, ...a.aliases], short: [] })));
  const byId = new Map(registry.map((a) => [a.id, a]));
  return (texts, known) => {
    const ids = new Set(known);
    // Quotes can name an actor the event was not attributed to; the name is still on the page.
    for (const text of texts) for (const hit of find(text)) ids.add(hit.id);
    const page = texts.join('\n');
    const missing = new Set<string>();
    for (const id of [...ids].sort()) {
      const actor = byId.get(id);
      if (!actor) continue;
      for (const name of [actor.name, ...actor.aliases]) if (!containsName(page, name)) missing.add(name);
    }
    return [...missing];
  };
}
