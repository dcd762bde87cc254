/**
 * Folding text for matching names: case, diacritics (precomposed or combining), zero-width
 * characters and letter variants that NFKD does not decompose (ı, ł, ø, ß) all fold away,
 * so "Erdoğan", "ERDOGAN" and "Erdog\u0306an" compare equal.
 */

const SPECIAL: Record<string, string> = {
  ı: 'i',
  İ: 'i',
  ł: 'l',
  Ł: 'l',
  ø: 'o',
  Ø: 'o',
  ß: 'ss',
  đ: 'd',
  Đ: 'd',
  æ: 'ae',
  Æ: 'ae',
  œ: 'oe',
  Œ: 'oe',
  þ: 'th',
  ð: 'd',
  '’': "'",
  '‘': "'",
  ʼ: "'",
};

/** Fold text for comparison: lower case, no diacritics, no zero-width characters. */
export function foldText(text: string): string {
  return text
    .replace(/[ıİłŁøØßđĐæÆœŒþð’‘ʼ]/g, (c) => SPECIAL[c] ?? c)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[\u200B-\u200F\u2060\uFEFF\u00AD]/g, '')
    .toLowerCase();
}

/** Split folded text into word tokens (letters, digits, @handles and inner apostrophes or hyphens). */
export function tokens(text: string): string[] {
  return foldText(text).match(/@?[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu) ?? [];
}
