/**
 * Discourse links: an undated sentence that goes on about the event of the sentence before it
 * ("He also…", "These talks…", a quotation going on), and a sentence whose opening ties it to
 * that sentence's time ("Afterwards, …") or occasion ("There, …"). Ordered rules: the first
 * that decides wins.
 */
import type { EventMention, Sentence } from '../types.ts';
import type { NameHit } from '../lib/names/matcher.ts';
import { type Rule, rule } from '../lib/rules/index.ts';
import {
  CONNECTIVE,
  MOVES_ON,
  NAME_THEN_ALSO,
  REFERS_BACK,
  SAME_OCCASION,
  TIED_TIME,
} from '../lib/lexicon/connectives.ts';
import { QUESTION_END } from '../lib/lexicon/clause-markers.ts';
import { isDemonym } from '../lib/entities/gazetteer.ts';

/** A mention and the sentence it came from. */
export interface Told {
  sentence: number;
  mention: EventMention;
}

/** What the link rules look at. */
export interface LinkInput {
  sentence: Sentence;
  /** The sentence without its opening connectives ("However, he…" → "he…"). */
  opening: string;
  /** The main mention of the sentence just before, if it is the sentence just before (never for a headline). */
  adjacent: Told | null;
  /** The latest mention that dates the story itself (not a background date). */
  narrative: Told | null;
  /** Whether a quotation left open by the sentence before goes on in this one. */
  inQuote: boolean;
  actorHits: NameHit[];
  placeHits: NameHit[];
  /** Whether the whole sentence names an event word. */
  hasEventWord: boolean;
  /** People on stage in each mention so far ("He also…" keeps them). */
  cast: Map<string, string[]>;
  /** Sentences per paragraph. */
  paragraphSize: Map<number, number>;
  /** Whether a mention's date lies over a year before the article: background, not the story. */
  background: (m: EventMention) => boolean;
}

/** A going-on rule says: link to the sentence before, refuse any link, or nothing. */
type GoesOn = Rule<(c: LinkInput) => 'link' | 'refuse' | null>;

const quotationGoesOn: GoesOn = rule(
  {
    id: 'link-quotation-goes-on',
    doc: 'A sentence inside a quotation left open goes on in the same voice, about the same event.',
  },
  (c) => (c.inQuote ? 'link' : null),
);

const otherPlace: GoesOn = rule(
  {
    id: 'link-other-place',
    doc: 'A sentence naming other places than the one before reports another event ("He is also open to talks in X").',
  },
  (c) => {
    const before = c.adjacent?.mention.places ?? [];
    return c.placeHits.length > 0 && before.length > 0 && !c.placeHits.some((h) => before.includes(h.id))
      ? 'refuse'
      : null;
  },
);

const refersBack: GoesOn = rule(
  { id: 'link-refers-back', doc: 'A pronoun or "these talks"-style reference goes on about the event before.' },
  (c) => (REFERS_BACK.test(c.opening) ? 'link' : null),
);

const sameSubject: GoesOn = rule(
  {
    id: 'link-same-subject',
    doc: '"X also…" where X was on stage in the sentence before goes on in the same scene.',
  },
  (c) => {
    const first = c.actorHits[0];
    if (!c.adjacent || !first || !NAME_THEN_ALSO.test(c.opening)) return null;
    const opensWithIt = first.start === c.sentence.text.length - c.opening.length;
    return opensWithIt && (c.cast.get(c.adjacent.mention.id) ?? []).includes(first.id) ? 'link' : null;
  },
);

// A nationality names who, as a name does: "According to Ukrainian sources, …" (the gazetteer's demonyms).
const namesNationality = (text: string): boolean => (text.match(/\p{Lu}\p{L}+/gu) ?? []).some(isDemonym);

const elaborates: GoesOn = rule(
  {
    id: 'link-elaborates',
    doc: 'A body sentence with no event word but a name, in the same paragraph, elaborates the one before.',
  },
  (c) => {
    if (!c.adjacent || c.sentence.origin !== 'body' || c.hasEventWord || QUESTION_END.test(c.sentence.text))
      return null;
    // One that names no one and nowhere either ("No one was hurt.", "Game on.") is colour or context: it reports
    // nothing, and quoting it under the event before would say it does.
    if (c.actorHits.length + c.placeHits.length === 0 && !namesNationality(c.sentence.text)) return null;
    // Wire copy gives each sentence a paragraph of its own: there, the paragraph before counts.
    const single = (p: number): boolean => (c.paragraphSize.get(p) ?? 0) === 1;
    const before = c.adjacent.mention.paragraph;
    const together = before === c.sentence.paragraph || (single(before) && single(c.sentence.paragraph));
    return together ? 'link' : null;
  },
);

/** The going-on rules, in the order they decide. */
export const GOES_ON_RULES: readonly GoesOn[] = [quotationGoesOn, otherPlace, refersBack, sameSubject, elaborates];

/** The rule that links the sentence to the one before, or refuses a link; null when none decides. */
export function goesOnRule(c: LinkInput): { rule: string; link: boolean } | null {
  for (const r of GOES_ON_RULES) {
    const verdict = r.apply(c);
    if (verdict !== null) return { rule: r.id, link: verdict === 'link' };
  }
  return null;
}

/** "At the end of the meeting, …", "Back then, …": the time of the sentence before. */
export const tiedTime = rule(
  {
    id: 'tie-time-of-sentence-before',
    doc: 'An opening like "Then," or "At the end of the meeting," takes the time of the sentence before.',
  },
  (text: string): boolean => TIED_TIME.test(text),
);

/** "Afterwards, …" follows the story, not a background date the sentence before recalled. */
export const movesOnWithStory = rule(
  {
    id: 'tie-moves-on-with-story',
    doc: '"Afterwards," after a sentence recalling a background date follows the story\'s latest date instead.',
  },
  (c: LinkInput): boolean => c.adjacent !== null && MOVES_ON.test(c.sentence.text) && c.background(c.adjacent.mention),
);

/** "There, …", "During the meeting, …": the same occasion, not just the same time. */
export const sameOccasion = rule(
  {
    id: 'tie-same-occasion',
    doc: 'An opening like "There," or "During the meeting," reports within the occasion of the sentence before.',
  },
  (text: string): boolean => SAME_OCCASION.test(text),
);

/** The sentence whose time this one takes, and the rule that tied it; null when none. */
export function tieOf(c: LinkInput): { to: Told | null; rule: string } | null {
  if (!tiedTime.apply(c.sentence.text)) return null;
  if (movesOnWithStory.apply(c)) return { to: c.narrative, rule: movesOnWithStory.id };
  return { to: c.adjacent, rule: tiedTime.id };
}

/** The sentence without its opening connectives. */
export const openingOf = (text: string): string => text.replace(CONNECTIVE, '');
