/**
 * The author an embedded post's signature line names ("— Name (@handle) May 15, 2025"): the
 * person its "I" is. Recognition reads it as a name the articles spell, extraction as the
 * actor of the post's sentences, the headline as the subject of an "I".
 */
import type { Article } from '../../types.ts';

/** The author a signature line names, without its dash, handle and date, or null. */
export function authorOfSignature(line: string): string | null {
  return (
    line
      .replace(/^\s*[—–-]\s*/, '')
      .replace(/\s*\(?@.*$/, '')
      .trim() || null
  );
}

/** The author named by the first signature line at or after `line` (a post signs below its text), or null. */
export function signatureAuthor(article: Pick<Article, 'furniture'>, line: number): string | null {
  const signature = article.furniture.find((f) => f.reason === 'embed-signature' && f.line >= line);
  return signature ? authorOfSignature(signature.text) : null;
}
