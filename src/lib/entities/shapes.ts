/**
 * Shapes of a capitalised name the entity rules read: a body's or a venue's head, a street, a surname,
 * one or two words after a title.
 */
import nlp from 'compromise';
import { ORGANISATION_HEADS, STREET_HEADS, STREET_HEADS_AFTER_LOCATIVE, VENUE_HEADS } from '../lexicon/name-shapes.ts';
import { foldText } from '../names/fold.ts';
import { lookupPlace } from './gazetteer.ts';
import type { NameSpan } from './spans.ts';
import { isCalendarWord, isCommonWord, isFirstNameWord, tagsOf } from './words.ts';

// "Justice Department", "Crown Court": a title word before the head of a body's or a venue's name.
export const endsInBodyOrVenue = (words: string[]): boolean => {
  const last = foldText(words[words.length - 1]!);
  return ORGANISATION_HEADS.has(last) || VENUE_HEADS.has(last) || STREET_HEADS.has(last);
};
// "on", "along", "off": what stands before a street whose head is a surname too ("on Penny Lane").
const LOCATIVE_BEFORE = /\b(?:on|along|off|at|down|up|near|onto|into|from|to|via)\s+(?:the\s+)?$/i;
/** "Magnolia Boulevard", "along Mulberry Lane": a street's name, never a person's. */
export function namesAStreet(s: NameSpan, words: string[]): boolean {
  if (words.length < 2) return false;
  const last = foldText(words[words.length - 1]!).replace(/\.$/, '');
  return STREET_HEADS.has(last) || (STREET_HEADS_AFTER_LOCATIVE.has(last) && LOCATIVE_BEFORE.test(s.lead));
}
// "Writers Guild of America", "Bank of England": a body's head before "of".
export const headBeforeOf = (words: string[]): boolean =>
  words.some((w, k) => k + 2 < words.length && words[k + 1] === 'of' && ORGANISATION_HEADS.has(foldText(w)));
// A one-word title English reads as an adjective ("General", "Executive", "Major"), before one common
// noun, makes a compound ("General Election", "Executive Order"), not a title and a surname.
const adjectiveTitle = (title: string): boolean => !/\s/.test(title) && tagsOf(title).includes('Adjective');
/** An inflected verb ("Pushes", "Signed"): in a title-cased headline it is the clause's verb, not a surname. */
const isInflectedVerb = (w: string): boolean => {
  const word = foldText(w);
  if (!/^\p{L}+$/u.test(word)) return false;
  const infinitive = nlp(word).verbs().toInfinitive().text();
  return infinitive !== '' && infinitive !== word;
};
/**
 * One or two capitalised words after a title are a name however compromise reads each ("Berg",
 * "Hunt", "Pence" are English words too), unless they are the head of a body's or venue's name,
 * a date, the verb of a title-cased headline ("President Pushes for…"), or common words that name
 * a known place or body or make a compound with an adjective title. A surname that is also a
 * city ("President Jackson") stays a name: the place check reads only common words.
 */
export function namesAfterTitle(s: NameSpan, words: string[]): boolean {
  if (endsInBodyOrVenue(words) || words.some((w) => isCalendarWord(w) || isInflectedVerb(w))) return false;
  if (!isCommonWord(words[words.length - 1]!)) return true;
  if (lookupPlace(s.text) || tagsOf(s.text).some((t) => /^(?:Organization|Country|City|Region|Place)$/.test(t)))
    return false;
  return !(words.length === 1 && adjectiveTitle(s.title ?? ''));
}

// A last word English reads as a verb, an adverb or a preposition ("Emmy Awards", "Kimmel Live") is no surname;
// one it reads as an adjective is one only after a known first name ("Barbara Fried").
const NO_SURNAME_TAGS = /^(?:PresentTense|Infinitive|Gerund|Plural|Preposition|Adverb|Conjunction|Determiner)$/;
export const surnameShaped = (words: string[]): boolean => {
  const tags = tagsOf(words[words.length - 1]!);
  if (tags.some((t) => NO_SURNAME_TAGS.test(t))) return false;
  return !tags.includes('Adjective') || (words.length === 2 && isFirstNameWord(words[0]!));
};
