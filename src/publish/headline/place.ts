/**
 * The place a headline adds: the event's place when its sentence names it and the title does not yet,
 * never a place the sentence names only as where someone comes from.
 */
import type { EventMention, Place } from '../../types.ts';

/** What the rule needs of the event: its places, most cited first, and the gazetteer. */
interface Places {
  eventPlaces: string[];
  places: Map<string, Place>;
}

/**
 * Whether a sentence names a place only as where someone comes from, or inside a longer name: "Stanton, a
 * firefighter from Coventry, flew in", "Suez Canal Authority chairman" say nothing of where the event was
 * (rule `place-not-origin`).
 */
function fromOnly(quote: string, name: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const all = quote.split(name).length - 1;
  const from = quote.split(new RegExp(String.raw`\bfrom\s+(?:the\s+)?${escaped}(?!\s+\p{Lu})`, 'u')).length - 1;
  const inName = quote.split(new RegExp(String.raw`${escaped}(?=\s+\p{Lu})`, 'u')).length - 1;
  return all > 0 && from + inName === all;
}

/** The title with the event's place, when its sentence names it and the title does not yet. */
export function withPlace(
  text: string,
  m: EventMention,
  ctx: Places,
): { title: string; where: string | null; origin: boolean } {
  let title = text;
  let where: string | null = null;
  let origin = false;
  for (const id of ctx.eventPlaces) {
    const place = ctx.places.get(id);
    if (!place || !['city', 'venue', 'region', 'building'].includes(place.kind)) continue;
    const names = [place.name, ...place.aliases];
    const named = names.filter((n) => m.quote.includes(n));
    origin = named.length > 0 && named.every((n) => fromOnly(m.quote, n));
    if (names.some((n) => title.includes(n))) where = place.name;
    else if (named.length && !origin) {
      title += ` in ${place.name}`;
      where = place.name;
    }
    break;
  }
  return { title, where, origin };
}
