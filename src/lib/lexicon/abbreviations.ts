/**
 * Abbreviations whose full stop does not end a sentence: titles ("Gen. Smith"), months
 * ("Sept. 4"), company forms ("Acme Inc.") and the like.
 */
import { MONTH_ABBREVIATIONS } from './months.ts';

/** Abbreviations written with a full stop inside a sentence. */
export const ABBREVIATIONS = [
  'Gen',
  'Sen',
  'Gov',
  'Col',
  'Capt',
  'Sgt',
  'Lt',
  'Rep',
  'Prof',
  ...MONTH_ABBREVIATIONS,
  'No',
  'vs',
  'etc',
  'approx',
  'St',
  'Jr',
  'Sr',
  'Inc',
  'Bros',
  'Corp',
  'Ltd',
  'Co',
  'Mt',
  'Ft',
  'Dr',
  'Mr',
  'Mrs',
  'Ms',
  'Rev',
  'Hon',
  'Adm',
  'Cmdr',
  'Maj',
  'Pvt',
  'Fig',
  'Vol',
  'Ch',
  'pp',
  'ed',
  'est',
] as const;

/** Pattern source: one of the abbreviations, as a whole word, without its full stop. */
export const ABBREVIATION_WORD = `\\b(?:${ABBREVIATIONS.join('|')})`;

/**
 * Abbreviations that run on into a capitalised word of the same name: a title before a name
 * ("Gen. Smith") or a company form inside one ("Warner Bros. Discovery", "Acme Inc. Holdings").
 */
export const NAME_ABBREVIATIONS = [
  'Mr',
  'Mrs',
  'Ms',
  'Dr',
  'Gen',
  'Sen',
  'Rep',
  'Gov',
  'Lt',
  'Col',
  'Prof',
  'St',
  'Sgt',
  'Capt',
  'Adm',
  'Bros',
  'Inc',
  'Corp',
  'Co',
] as const;
