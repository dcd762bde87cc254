/**
 * Datelines: the wire opening of a story, "SUEZ, Egypt, March 29 (Nile Wire) – ".
 */

/** A dateline opening a sentence: place, month and day (year optional), wire name, dash. */
export const DATELINE_OPENING = /^\s*\p{Lu}[\p{L} .,'’-]{1,60}\d{1,2}(?:,?\s+\d{4})?\s*(?:\([^)]{1,40}\))?\s*[–—-]\s/u;
