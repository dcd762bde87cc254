/**
 * The place a headline adds: the event's place when its sentence names it and the title does not yet,
 * never a place the sentence names only as where someone comes from.
 */
import type { EventMention, Place } from '../../types.ts';
import { escapeRegExp } from '../../lib/rules/index.ts';

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
  const escaped = escapeRegExp(name);
  const all = quote.split(name).length - 1;
  const from = quote.split(new RegExp(String.raw`\bfrom\s+(?:the\s+)?${escaped}(?!\s+\p{Lu})`, 'u')).length - 1;
  const inName = quote.split(new RegExp(String.raw`${escaped}(?=\s+\p{Lu})`, 'u')).length - 1;
  return all > 0 && from + inName === all;
}

// "through the Port of Baltimore", "near Ostmark": the title already says where, by a place its sentence
// names (rule `place-already-said`); "in the Copa América" is no place.
function placedAlready(text: string, m: EventMention, ctx: Places): boolean {
  return m.places.some((id) => {
    const p = ctx.places.get(id);
    const names = p ? [p.name, ...p.aliases].map(escapeRegExp).join('|') : null;
    return (
      names !== null &&
      new RegExp(String.raw`\b(?:${PLACE_PREPOSITIONS})\s+(?:the\s+)?(?:${names})(?![\p{L}\p{N}])`, 'u').test(text)
    );
  });
}
// "flies to Canada" says where as well: a place the title travels to is its place.
const PLACE_PREPOSITIONS = 'in|at|near|outside|through|across|off|inside|to|into|onto';
const VENUE_KINDS = new Set(['venue', 'building']);
// Where something stands, not where it moves ("into", "onto") nor what a name qualifies ("on the X lawn").
const VENUE_PREPOSITIONS = 'in|at|near|outside|inside|off|through|across|under|beside';

/**
 * " in Kyiv": a city or region is around the event. A venue is placed by the sentence's own
 * preposition, "at the White House", "through the Panama Canal" (rule `venue-takes-at`), and
 * only when the sentence puts the event there: a venue that is the subject places nothing.
 */
function locative(place: Place, quote: string): string | null {
  if (!VENUE_KINDS.has(place.kind)) return ` in ${place.name}`;
  for (const name of [place.name, ...place.aliases]) {
    const at = new RegExp(
      String.raw`\b(${VENUE_PREPOSITIONS})\s+(the\s+)?${escapeRegExp(name)}(?![\p{L}\p{N}])`,
      'iu',
    ).exec(quote);
    if (at) return ` ${at[1]!.toLowerCase()} ${at[2] ? 'the ' : ''}${place.name}`;
  }
  return null;
}
/** What the place step decided: the title, the place it names, and the rules that shaped it. */
export interface Placed {
  title: string;
  where: string | null;
  origin: boolean;
  rules: string[];
}

/** The title with the event's place, when its sentence names it and the title does not yet. */
export function withPlace(text: string, m: EventMention, ctx: Places): Placed {
  for (const id of ctx.eventPlaces) {
    const place = ctx.places.get(id);
    if (!place || !['city', 'venue', 'region', 'building'].includes(place.kind)) continue;
    const names = [place.name, ...place.aliases];
    const named = names.filter((n) => m.quote.includes(n));
    const origin = named.length > 0 && named.every((n) => fromOnly(m.quote, n));
    if (names.some((n) => text.includes(n))) return { title: text, where: place.name, origin, rules: [] };
    if (!named.length || origin) return { title: text, where: null, origin, rules: [] };
    if (placedAlready(text, m, ctx)) return { title: text, where: null, origin, rules: ['place-already-said'] };
    const at = locative(place, m.quote);
    if (at === null) return { title: text, where: null, origin, rules: ['venue-takes-at'] };
    return {
      title: text + at,
      where: place.name,
      origin,
      rules: VENUE_KINDS.has(place.kind) ? ['venue-takes-at'] : [],
    };
  }
  return { title: text, where: null, origin: false, rules: [] };
}
