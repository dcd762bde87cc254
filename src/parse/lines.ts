/**
 * From Markdown (or plain text, which parses as Markdown) to text lines: the mdast tree's
 * leaf blocks are flattened to their visible text, markup removed, each character mapped
 * back to its offset in the source so that every sentence keeps its file position.
 */
import type { Nodes, Root } from 'mdast';
import { markdownParser as parser, pieces } from '../lib/markdown/index.ts';

export { PARSE_PIECE_LINES, pieces } from '../lib/markdown/index.ts';

/** One visible line of the article, markup removed. */
export interface TextLine {
  /** The visible text of the line. */
  text: string;
  /** Source offset (in the body) of each character of text. */
  offsets: number[];
  /** The raw source of the line, for showing dropped furniture verbatim. */
  raw: string;
  /** Index of the mdast block it comes from. */
  block: number;
  /** Type of that block: paragraph, heading, listItem, code, html, table… */
  kind: string;
  /** Whether the line holds an image. */
  image: boolean;
  /** Alt text of images on the line. */
  alt: string;
  /** Source offset (in the body) where the line starts, also for lines with no visible text. */
  start: number;
}

/** Parse a body into its visible lines, in document order. */
export function toLines(body: string): TextLine[] {
  const lines: TextLine[] = [];
  let block = 0;
  for (const [from, to] of pieces(body))
    block = collect(parser.parse(body.slice(from, to)) as Root, body, from, lines, block);
  return lines;
}

/** Flatten one parsed piece (starting at `base` in the body) into lines; returns the next block number. */
function collect(tree: Root, body: string, base: number, lines: TextLine[], firstBlock: number): number {
  let block = firstBlock;
  const walk = (node: Nodes, kind: string): void => {
    switch (node.type) {
      case 'paragraph':
      case 'heading':
      case 'code':
      case 'html':
        pushBlockLines(node, node.type === 'paragraph' ? kind : node.type, { body, base, block: block++ }, lines);
        return;
      case 'tableCell':
        pushBlockLines(node, 'table', { body, base, block: block++ }, lines);
        return;
      case 'thematicBreak':
      case 'definition':
        return;
      default:
        if ('children' in node) {
          const childKind = node.type === 'listItem' ? 'listItem' : node.type === 'blockquote' ? 'blockquote' : kind;
          for (const child of node.children as Nodes[]) walk(child, childKind);
        }
    }
  };
  walk(tree, 'paragraph');
  return block;
}

/** The visible characters of a leaf block, each with its body offset, and its images' alt text. */
interface VisibleText {
  chars: string[];
  offsets: number[];
  image: boolean;
  alt: string;
}

/** Append a run of source characters that starts at body offset `start`. */
function appendChars(out: VisibleText, value: string, start: number): void {
  for (let i = 0; i < value.length; i++) {
    out.chars.push(value[i]!);
    out.offsets.push(start + i);
  }
}

/** Append the visible text of an inline node and its children; images add only their alt text. */
function appendInline(out: VisibleText, n: Nodes, base: number): void {
  if (n.type === 'text' || n.type === 'inlineCode') {
    // Text may differ from source when escapes or entities were decoded; keep positions monotone.
    appendChars(out, n.value, base + (n.position?.start.offset ?? 0));
  } else if (n.type === 'break') {
    out.chars.push('\n');
    out.offsets.push(base + (n.position?.start.offset ?? 0));
  } else if (n.type === 'image' || n.type === 'imageReference') {
    out.image = true;
    out.alt += `${'alt' in n ? (n.alt ?? '') : ''} `;
  } else if (n.type === 'html') {
    // Inline HTML is markup, never text: it is neither extracted nor rendered.
  } else if ('children' in n) {
    for (const child of n.children as Nodes[]) appendInline(out, child, base);
  }
}

/** Push one text line per visible line of a leaf block (code and HTML blocks verbatim). */
function pushBlockLines(
  node: Nodes,
  kind: string,
  at: { body: string; base: number; block: number },
  lines: TextLine[],
): void {
  const { body, base, block } = at;
  const visible: VisibleText = { chars: [], offsets: [], image: false, alt: '' };
  if (node.type === 'code' || node.type === 'html')
    appendChars(visible, node.value, base + (node.position?.start.offset ?? 0));
  else appendInline(visible, node, base);
  const { offsets, image } = visible;
  const text = visible.chars.join('');
  let from = 0;
  const startOffset = base + (node.position?.start.offset ?? 0);
  const endOffset = node.position?.end.offset === undefined ? body.length : base + node.position.end.offset;
  const rawLines = body.slice(startOffset, endOffset).split('\n');
  let rawIndex = 0;
  for (const part of text.split('\n')) {
    const partOffsets = offsets.slice(from, from + part.length);
    const lineStart = partOffsets[0] ?? startOffset;
    const rawLine = rawLineAt(body, lineStart) ?? rawLines[rawIndex] ?? '';
    lines.push({
      text: part,
      offsets: partOffsets,
      raw: rawLine,
      block,
      kind,
      image,
      alt: visible.alt.trim(),
      start: lineStart,
    });
    from += part.length + 1;
    rawIndex++;
  }
  if (text.length === 0 && image) {
    // An image on its own: one line with no visible text.
    lines[lines.length - 1]!.raw = body.slice(startOffset, endOffset);
  }
}

function rawLineAt(body: string, offset: number): string | null {
  if (offset < 0 || offset > body.length) return null;
  const start = body.lastIndexOf('\n', offset - 1) + 1;
  const end = body.indexOf('\n', offset);
  return body.slice(start, end === -1 ? body.length : end);
}
