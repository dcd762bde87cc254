/**
 * Initialisms of common nouns: written in capitals, they name a thing or a job, never a body
 * ("AI", "GDP", "IPO"). compromise's lexicon already knows some as nouns ("CEO", "TV"); these
 * are the ones it does not. Initialisms of people ("MPs", "VP") and ones that are also words or
 * titles ("IT", "PR", "PC") are left out: they may name who acts. "DNA" is left out too, for now:
 * the extractor drops a sentence that names nobody, and "DNA tests showed…" would be lost.
 */

/** Folded initialisms of common nouns, which the acronym rule must not read as a body. */
export const COMMON_NOUN_ACRONYMS = new Set([
  'ai',
  'agi',
  'gdp',
  'gnp',
  'cpi',
  'ipo',
  'ev',
  'evs',
  'suv',
  'gps',
  'sms',
  'atm',
  'hiv',
  'tv',
  'ufo',
  'vr',
  'api',
  'faq',
  'vip',
  'iq',
  'lgbt',
  'lgbtq',
  'nft',
  'esg',
  'mba',
  'phd',
  'ppe',
  'icu',
]);
