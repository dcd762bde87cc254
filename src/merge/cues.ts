/**
 * An event called by its name: "the Black Sea Initiative" in an undated clause is the event a
 * dated report calls by that name.
 */
import { ARTICLE_OPENING, NAMED_EVENT } from '../lib/lexicon/event-names.ts';

/** Text folded for comparing names: lower case, single spaces. */
export const foldName = (text: string): string => text.toLowerCase().replace(/\s+/g, ' ');

/** The name an event is called by in a clause (the black sea initiative), folded, or null. */
export function namedEvent(clause: string): string | null {
  const m = NAMED_EVENT.exec(clause);
  const name = (m?.[1] ?? m?.[2])?.trim();
  // "The Summit" at the start of a sentence is a capitalised common noun, not a name.
  return name && name.split(/\s+/).length >= 2 && !ARTICLE_OPENING.test(name) ? foldName(name) : null;
}
