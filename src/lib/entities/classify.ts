/**
 * What a capitalised name denotes, decided by an ordered list of named rules. Each rule reads
 * the span (and its title and context) and either types it or passes; the first that types
 * it wins, and its id is kept as the evidence. The vocabulary comes from the lexicon, the
 * gazetteer and compromise's English lexicon (first names, calendar words, common words).
 */
import { HOLIDAY_ENDINGS } from '../lexicon/calendar-words.ts';
import { COMMON_NOUN_ACRONYMS } from '../lexicon/acronyms.ts';
import {
  BODY_NOUNS_AFTER_NAME,
  NAME_PARTICLES,
  ORGANISATION_HEADS,
  VENUE_HEADS,
  VENUE_HEADS_FIRST,
} from '../lexicon/name-shapes.ts';
import { TITLE_HEADS } from '../lexicon/titles.ts';
import { foldText } from '../names/fold.ts';
import { alternation } from '../rules/index.ts';
import type { CraftKind } from '../lexicon/craft-nouns.ts';
import { readAsPerson } from './context.ts';
import { craftBeside } from './craft.ts';
import { isDemonym, lookupPlace } from './gazetteer.ts';
import type { NameSpan } from './spans.ts';
import { endsInBodyOrVenue, headBeforeOf, namesAStreet, namesAfterTitle, surnameShaped } from './shapes.ts';
import { ACRONYM_SHAPE, INNER_CAPITAL_SHAPE, isCalendarWord, isCommonWord, isFirstNameWord, tagsOf } from './words.ts';

export { isCalendarWord, isCommonWord, isFirstNameWord } from './words.ts';

/** What a name was found to be. */
export interface EntityType {
  /** person, organization, place or a craft; skip for words that are no entity (months, nationalities). */
  kind: 'person' | 'organization' | 'place' | CraftKind | 'skip';
  /** For places: country, city, venue. */
  placeKind?: string;
  /** ISO country of a gazetteer place. */
  country?: string;
  /** The gazetteer's own spelling, when it knows the name. */
  canonical?: string;
  /** Whether the type needs confirming by another use of the name (a surname alone, a verb of saying). */
  tentative?: boolean;
  /** Id of the rule that decided. */
  rule: string;
}

/** A rule: a stable id, a one-line doc, and the test. */
export interface EntityRule {
  id: string;
  doc: string;
  apply(span: NameSpan, words: string[]): Omit<EntityType, 'rule'> | null;
}

// "Monday", "March 3", "Easter Sunday", "Christmas Eve": calendar words, numbers, and a holiday's last word.
const namesADay = (words: string[]): boolean =>
  words.every(
    (w, i) =>
      isCalendarWord(w) || /^\d/.test(w) || (i > 0 && HOLIDAY_ENDINGS.has(foldText(w)) && isCalendarWord(words[0]!)),
  );
const ACRONYM = ACRONYM_SHAPE;
// The word before a time zone: "0800", "9", "21:30", "p.m.".
const CLOCK_BEFORE = /^(?:\d{1,2}(?:[:.]\d{2})?|\d{4}|[ap]\.?m\.?)$/i;
// "…, who", "… said", "…, a lawyer": what follows a person's name in news copy.
const PERSON_CUE = new RegExp(
  String.raw`^(?:[’']s\b|,?\s+(?:said|says|told|added|wrote|argued|insisted|denied|warned|announced|who|whose)\b` +
    String.raw`|,\s+(?:a|an|the)\s+\p{Ll}` +
    // "…, permanent secretary at", "…, chief negotiator": a title in apposition.
    String.raw`|,\s+(?:\p{Ll}+\s+){0,2}(?:${alternation([...TITLE_HEADS])})\b)`,
  'u',
);
// "5% of", "2 per cent of", "a share of": what follows is a measure ("GDP", "CPI").
const SHARE_OF = /(?:%|\bper\s?cent|\bpercent|\bshare|\bpoints?)\s+of\s+$/i;
// "… to its GDP).": capitals owned by "its"/"their" that end the phrase are a quantity of theirs.
const OWNED_BEFORE = /\b(?:its|their|our)\s+$/i;
const PHRASE_END_AFTER = /^\s*(?:[).,;:!?]|$)/;
const measured = (s: NameSpan): boolean =>
  SHARE_OF.test(s.lead) || (OWNED_BEFORE.test(s.lead) && PHRASE_END_AFTER.test(s.after));
const SPEECH_AFTER = /^\s+(?:said|says|announced|confirmed|denied|insisted|warned|stated|added|reported)\b/;

// " of Norland's …", " of the Republic's …": what follows the name belongs to another name.
const OWNED_AFTER = /^\s+of\s+(?:the\s+)?\p{Lu}[\p{L}\p{M}.-]*[’']s\s/u;

/** The rules, in the order they are tried. */
export const ENTITY_RULES: EntityRule[] = [
  {
    id: 'calendar-word',
    doc: 'Months, weekdays and holidays ("March", "Monday", "Easter") are dates, not names.',
    apply: (_s, words) => (namesADay(words) ? { kind: 'skip' } : null),
  },
  {
    id: 'demonym',
    doc: 'A nationality ("Ukrainian", "North Korean") describes, it does not name.',
    apply: (s) => (isDemonym(s.text) ? { kind: 'skip' } : null),
  },
  {
    id: 'craft-noun-beside-name',
    doc: 'A name beside a craft noun ("the container ship X", "the X submersible") names that ship, aircraft or craft.',
    apply: (s, words) => {
      const craft = craftBeside(s, words);
      return craft ? { kind: craft } : null;
    },
  },
  {
    id: 'titled-person',
    doc: 'A name after a title or honorific ("Judge Amy Berg", "Mr. Lee") is a person.',
    apply: (s, words) => {
      if (s.title === null) return null;
      const name = words.length <= 2 ? namesAfterTitle(s, words) : !isCommonWord(words[words.length - 1]!);
      return name ? { kind: 'person' } : null;
    },
  },
  {
    id: 'gazetteer-place',
    doc: 'A whole name the gazetteer knows (a country, a city of 15,000 or more) is a place.',
    apply: (s) => {
      const place = lookupPlace(s.text);
      return place ? { kind: 'place', placeKind: place.kind, country: place.country, canonical: place.name } : null;
    },
  },
  {
    id: 'street-shape',
    doc: 'A name ending in a street word ("X Boulevard", "X Avenue"; "on X Lane") is a place, never a person.',
    apply: (s, words) => (namesAStreet(s, words) ? { kind: 'place', placeKind: 'venue' } : null),
  },
  {
    id: 'venue-head',
    doc: 'A name ending in a venue word ("X Palace", "X Stadium", "X Square") is a place.',
    apply: (_s, words) =>
      words.length >= 2 && VENUE_HEADS.has(foldText(words[words.length - 1]!))
        ? { kind: 'place', placeKind: 'venue' }
        : null,
  },
  {
    id: 'part-of-owned-body',
    doc: 'A body\'s head before "of" and a possessive ("the Parliamentary Group of Norland\'s X") names a part of X.',
    // The part is told by its owner's name, which is recognised on its own: alone it is a vague actor.
    apply: (s, words) =>
      ORGANISATION_HEADS.has(foldText(words[words.length - 1]!)) && OWNED_AFTER.test(s.after) ? { kind: 'skip' } : null,
  },
  {
    id: 'body-noun-after-name',
    doc: 'A name after "the" and before a body noun ("the Wild Boars football team", "the Likud party") is a body.',
    apply: (s) => {
      const [, first, second] = /^\s+(\p{Ll}+)(?:\s+(\p{Ll}+))?/u.exec(s.after) ?? [];
      const noun = BODY_NOUNS_AFTER_NAME.has(first ?? '') || BODY_NOUNS_AFTER_NAME.has(second ?? '');
      return s.before.toLowerCase() === 'the' && noun ? { kind: 'organization' } : null;
    },
  },
  {
    id: 'venue-head-first',
    doc: 'A name opening with a Romance venue word ("Casa Rosada", "Plaza de Mayo", "Palazzo Chigi") is a place.',
    apply: (_s, words) => {
      if (words.length < 2 || !VENUE_HEADS_FIRST.has(foldText(words[0]!))) return null;
      // The head, then a name ("Casa Rosada") or a particle and a name ("Plaza de Mayo").
      const next = words[1]!;
      const named = /^\p{Lu}/u.test(next) || (words.length >= 3 && NAME_PARTICLES.has(next));
      return named ? { kind: 'place', placeKind: 'venue' } : null;
    },
  },
  {
    id: 'organisation-head',
    doc: 'A name ending in a word for a body, or with one before "of" ("X Ministry", "Writers Guild of X"), is a body.',
    apply: (_s, words) => {
      const last = foldText(words[words.length - 1]!);
      return (words.length >= 2 && ORGANISATION_HEADS.has(last)) || headBeforeOf(words)
        ? { kind: 'organization' }
        : null;
    },
  },
  {
    id: 'clock-zone',
    doc: 'Capitals right after a clock time ("0800 GMT", "9 p.m. EST") are its time zone, not a body.',
    apply: (s) => (ACRONYM.test(s.text) && CLOCK_BEFORE.test(s.before) ? { kind: 'skip' } : null),
  },
  {
    id: 'share-of-measure',
    doc: 'Capitals after "5% of" or ending "in proportion to its …" ("its GDP") name a measure, not a body.',
    apply: (s) => (ACRONYM.test(s.text) && measured(s) ? { kind: 'skip' } : null),
  },
  {
    id: 'common-noun-acronym',
    doc: 'Capitals that abbreviate a common noun ("AI", "GDP", "IPO", from the lexicon) name no body.',
    apply: (s) =>
      ACRONYM.test(s.text) && COMMON_NOUN_ACRONYMS.has(foldText(s.text).replace(/\./g, '')) ? { kind: 'skip' } : null,
  },
  {
    id: 'acronym',
    doc: 'Two to six capitals that spell no English word ("NATO", "FIFA", "SAG-AFTRA") name a body.',
    apply: (s) => (ACRONYM.test(s.text) && !isCommonWord(s.text) ? { kind: 'organization' } : null),
  },
  {
    id: 'first-name',
    doc: 'Two to four words opening with a known first name ("Rick Stanton") are a person.',
    apply: (_s, words) => {
      const ok =
        words.length >= 2 && words.length <= 4 && isFirstNameWord(words[0]!) && !isCommonWord(words[words.length - 1]!);
      return ok ? { kind: 'person' } : null;
    },
  },
  {
    id: 'inner-capital-brand',
    doc: 'One word with a capital inside it ("OpenAI", "BlackRock", "DeepMind") is a brand\'s name: a body.',
    // "@RTErdogan", "#OpenAI": a handle or a tag is the account's, and names no body.
    apply: (s, words) =>
      words.length === 1 && INNER_CAPITAL_SHAPE.test(s.text) && !/[@#]$/.test(s.lead) ? { kind: 'organization' } : null,
  },
  {
    id: 'lexicon-entity',
    doc: 'A single name English knows as a body or a place ("Facebook", "Gaza") is one.',
    apply: (s, words) => {
      if (words.length !== 1 || s.initial) return null;
      const tags = tagsOf(s.text);
      if (tags.includes('Organization')) return { kind: 'organization' };
      return tags.some((t) => /^(?:Country|City|Region|Place)$/.test(t)) ? { kind: 'place', placeKind: 'place' } : null;
    },
  },
  {
    id: 'the-name-speaks',
    doc: 'A single name after "the" that says or announces ("the Kremlin said") is a body.',
    apply: (s, words) =>
      words.length === 1 && s.before === 'the' && SPEECH_AFTER.test(s.after) ? { kind: 'organization' } : null,
  },
  {
    id: 'sentence-reads-person',
    doc: 'Two or three words compromise, reading the whole sentence, takes for a person ("met Bill Clinton").',
    apply: (s, words) => {
      const ok =
        words.length >= 2 &&
        words.length <= 3 &&
        !words.every((w) => isCommonWord(w)) &&
        surnameShaped(words) &&
        !endsInBodyOrVenue(words) &&
        !words.some((w) => /^\p{Ll}/u.test(w) || isCalendarWord(w) || ACRONYM.test(w) || lookupPlace(w)) &&
        readAsPerson(s.sentence, s.start, s.end);
      return ok ? { kind: 'person' } : null;
    },
  },
  {
    id: 'person-shape',
    doc: 'Two or three capitalised words, none an English word, are a person once a cue confirms it.',
    apply: (s, words) => {
      if (
        words.length < 2 ||
        words.length > 3 ||
        words.some((w) => w === 'of' || isCommonWord(w) || isCalendarWord(w) || ACRONYM.test(w) || lookupPlace(w))
      )
        return null;
      return { kind: 'person', tentative: !PERSON_CUE.test(s.after) };
    },
  },
];

/** Type a span by the first rule that decides; null when none does. */
export function classifySpan(span: NameSpan): EntityType | null {
  const words = span.text.split(/\s+/);
  for (const rule of ENTITY_RULES) {
    const type = rule.apply(span, words);
    if (type) return { ...type, rule: rule.id };
  }
  return null;
}
