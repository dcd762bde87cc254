/**
 * What compromise's English lexicon says of one word (first names, calendar words, common
 * words), and the shape of an acronym: the word tests the recognition rules and spans share.
 */
import nlp from 'compromise';
import { CALENDAR_NAMES, HOLIDAY_NAMES } from '../lexicon/calendar-words.ts';
import { foldText } from '../names/fold.ts';

/**
 * One word with a capital inside after three lower-case letters or more ("OpenAI", "BlackRock", "JPMorgan" after
 * its capitals): a brand's spelling. A surname's prefix ("McCauley", "MacArthur", "DeAnn") is shorter, and a plural
 * acronym ("SEALs") has one lower-case letter.
 */
export const INNER_CAPITAL_SHAPE = /^(?:\p{Lu}\p{Ll}{3,}\p{Lu}|\p{Lu}{2,}\p{Lu}\p{Ll}{2,})[\p{L}\d]*$/u;
/** "NATO", "U.N.", and two groups joined by a hyphen ("SAG-AFTRA"): the shape of an acronym. */
export const ACRONYM_SHAPE = /^(?:\p{Lu}\.?){2,6}(?:-\p{Lu}{2,6})?$/u;

const LEXICON = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
/** compromise's lexicon tags of a word, folded. */
export const tagsOf = (word: string): string[] => {
  const tag = LEXICON[foldText(word).replace(/\.$/, '')];
  return tag === undefined ? [] : Array.isArray(tag) ? tag : [tag];
};
/** A month, weekday or holiday ("March", "Monday", "Easter"). */
export const isCalendarWord = (w: string): boolean => {
  const word = foldText(w).replace(/\.$/, '');
  if (CALENDAR_NAMES.has(word) || HOLIDAY_NAMES.has(word)) return true;
  return tagsOf(w).some((t) => /^(?:Month|WeekDay|Holiday|Date)$/.test(t));
};
/** A known first name ("Rick"). */
export const isFirstNameWord = (w: string): boolean =>
  tagsOf(w).some((t) => /^(?:FirstName|MaleName|FemaleName)$/.test(t));
/** A word English uses in lower case (a noun, verb, adjective…): weak evidence of a name. */
export const isCommonWord = (w: string): boolean =>
  tagsOf(w).some(
    (t) =>
      !/^(?:FirstName|MaleName|FemaleName|LastName|Person|Place|City|Country|Region|Organization|ProperNoun)$/.test(t),
  );
