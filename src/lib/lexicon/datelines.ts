/**
 * Datelines: the wire opening of a story, "SUEZ, Egypt, March 29 (Nile Wire) – ".
 */
import { MONTH } from './months.ts';

/**
 * A dateline opening a text: place (and region), month and day (year optional), wire name, dash; group 1: the date
 * words.
 */
export const DATELINE = new RegExp(
  `^\\s*\\p{Lu}[\\p{Lu}\\p{L} .'’-]{1,40}(?:,\\s*[\\p{L} .'’-]{2,30})?,\\s*` +
    `(${MONTH}\\.?\\s+\\d{1,2}(?:,?\\s+\\d{4})?)\\s*(?:\\([^)]{1,40}\\))?\\s*[–—-]\\s`,
  'u',
);
