/**
 * Who published an article and under what headline, as far as the article says: the publisher
 * from front matter, else from a wire dateline ("ISTANBUL, June 3 (Example Wire) –"), a byline
 * ("By Jane Roe, Coast Daily") or a copyright line ("© 2025 Coast Daily"); the headline from
 * front matter or a headline line, never the article's first sentence.
 */
import type { Article } from '../types.ts';

// "(Example Wire) –" closing a dateline; "By Jane Roe, Coast Daily"; "© 2025 Coast Daily".
const DATELINE = /\(([\p{Lu}][\p{L}\p{N} .&'’-]{2,40})\)\s*[–—-]/u;
const BYLINE = /^\s*By\s+[\p{Lu}][\p{L}.'’ -]{2,60}?,\s*([\p{Lu}][\p{L}\p{N} .&'’-]{2,40}?)\s*$/u;
const COPYRIGHT =
  /(?:©|\(c\)|Copyright)\s*(?:\d{4}\s+)?([\p{Lu}][\p{L}\p{N} .&'’-]{2,40}?)[.\s]*(?:All rights reserved\.?)?\s*$/iu;

/** The publisher an article names, and where it was found. */
export function publisherOf(
  article: Pick<Article, 'publisher' | 'furniture' | 'sentences'>,
): { name: string; from: string } | null {
  if (article.publisher) return { name: article.publisher, from: 'front matter' };
  const lines = [...article.furniture.map((f) => f.text), ...article.sentences.slice(0, 3).map((s) => s.text)];
  for (const line of lines) {
    const m = DATELINE.exec(line.slice(0, 120));
    if (m && !/^\d/.test(m[1]!)) return { name: m[1]!.trim(), from: 'dateline' };
  }
  for (const line of lines) {
    const m = BYLINE.exec(line) ?? COPYRIGHT.exec(line);
    if (m) return { name: m[1]!.trim(), from: BYLINE.test(line) ? 'byline' : 'copyright line' };
  }
  return null;
}

/** The headline of a source page: the article's own, or, when it has none but its first sentence, the file's name. */
export function headlineOf(article: Pick<Article, 'id' | 'title' | 'sentences'>): { title: string; from: string } {
  const first = article.sentences.find((s) => s.origin !== 'headline')?.text.trim() ?? '';
  const title = article.title?.trim();
  if (title && !(first && (first.startsWith(title) || title.startsWith(first.replace(/[.!?]$/, '')))))
    return { title, from: 'article' };
  const words = article.id
    .replace(/-[0-9a-f]{6,}$/, '')
    .split('-')
    .filter(Boolean);
  const named = words.join(' ');
  return { title: named.charAt(0).toUpperCase() + named.slice(1), from: 'file name' };
}
