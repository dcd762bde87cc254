/**
 * Slugs for ids and URLs: lower-case ASCII letters, digits and single hyphens, never empty,
 * never a path (no dots, slashes or NUL can survive), and bounded in length.
 */
import { createHash } from 'node:crypto';
import { foldText } from '../names/fold.ts';

/** Turn any text into a safe slug of at most maxLength characters. */
export function slugify(text: string, maxLength = 80): string {
  const slug = foldText(text)
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const cut = slug.slice(0, maxLength).replace(/-+$/, '');
  return cut.length > 0 ? cut : `x-${shortHash(text)}`;
}

/** First 8 hex digits of the SHA-256 of a string, for disambiguating suffixes. */
export function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 8);
}
