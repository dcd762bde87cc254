/**
 * Markdown as every stage reads it: one parser (CommonMark with GFM) and one way of cutting a long
 * body into pieces, so that the parse stage's sentence offsets and the source page's rendering
 * see the same blocks.
 */
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** The Markdown parser: CommonMark plus GFM (tables, autolinks, strikethrough). */
export const markdownParser = unified().use(remarkParse).use(remarkGfm);

/** Lines per piece handed to the Markdown parser: it is quadratic in the lines of one paragraph. */
export const PARSE_PIECE_LINES = 200;

/**
 * Cut a long body into pieces of about PARSE_PIECE_LINES lines, so that parsing stays linear in
 * the length of the file: preferably at a blank line before an unindented line (a paragraph
 * boundary, where Markdown restarts anyway), at any line past twice that, never inside a fence.
 */
export function pieces(body: string): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  let count = 0;
  let fence: string | null = null;
  let blank = false;
  for (let from = 0; from < body.length; ) {
    const end = body.indexOf('\n', from);
    const next = end === -1 ? body.length : end + 1;
    const line = body.slice(from, next);
    const paragraphStart = blank && !/^[ \t]/.test(line);
    const due = (count >= PARSE_PIECE_LINES && paragraphStart) || count >= 2 * PARSE_PIECE_LINES;
    if (fence === null && from > start && due) {
      out.push([start, from]);
      start = from;
      count = 0;
    }
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    const closes = fence !== null && marker !== undefined && marker[0] === fence[0] && marker.length >= fence.length;
    if (marker && (fence === null || closes)) fence = fence === null ? marker : null;
    blank = line.trim() === '';
    count++;
    from = next;
  }
  out.push([start, body.length]);
  return out;
}
