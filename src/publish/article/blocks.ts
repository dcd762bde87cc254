/**
 * The leaf blocks of a source page (paragraphs, headings, list items, cells, code) in document
 * order, each with where it starts in the body; plain-text lines as paragraphs; headings moved
 * below the page's own; links narrowed to absolute http(s) URLs.
 */
import type { Element, ElementContent, Parents, Root } from 'hast';
import { h, textOf } from './hast.ts';

/** A leaf block and where it starts in the body. */
export interface Block {
  /** The element. */
  el: Element;
  /** Offset in the body where it starts. */
  start: number;
}

const LEAVES = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'td', 'th', 'dt', 'dd', 'li']);
const NESTED_BLOCKS = new Set(['p', 'ul', 'ol', 'blockquote', 'pre', 'table', 'div']);
/** rel of every link out of an article: no endorsement, no window handle, no referrer. */
export const LINK_REL = ['nofollow', 'noopener', 'noreferrer'];

/** Every leaf block in document order; the start of a block comes from its first text. */
export function leafBlocks(root: Root): Block[] {
  const out: Block[] = [];
  const walk = (node: Parents): void => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      const leaf = LEAVES.has(child.tagName) && !child.children.some(isNestedBlock);
      if (leaf) out.push({ el: child, start: child.position?.start.offset ?? out.at(-1)?.start ?? 0 });
      else walk(child);
    }
  };
  walk(root);
  return out;
}

const isNestedBlock = (n: ElementContent): boolean => n.type === 'element' && NESTED_BLOCKS.has(n.tagName);

/**
 * In a plain-text article a line break ends a paragraph (that is how scraped and pasted news is
 * written), so each line of a Markdown paragraph becomes its own paragraph. Markdown files keep
 * CommonMark's reading: a soft line break joins lines.
 */
export function splitPlainLines(node: Parents): void {
  const children: ElementContent[] = [];
  for (const child of node.children as ElementContent[]) {
    if (child.type === 'element' && child.tagName === 'p') children.push(...splitParagraph(child));
    else {
      if (child.type === 'element') splitPlainLines(child);
      children.push(child);
    }
  }
  (node as Element).children = children;
}

function splitParagraph(p: Element): Element[] {
  const lines: { start: number | null; children: ElementContent[] }[] = [{ start: null, children: [] }];
  for (const child of p.children) {
    if (child.type !== 'text' || !child.value.includes('\n')) {
      lines.at(-1)!.children.push(child);
      lines.at(-1)!.start ??= child.position?.start.offset ?? null;
      continue;
    }
    const base = child.position?.start.offset ?? null;
    let from = 0;
    for (const part of child.value.split('\n')) {
      if (from > 0) lines.push({ start: null, children: [] });
      if (part !== '') {
        lines.at(-1)!.children.push({ type: 'text', value: part });
        lines.at(-1)!.start ??= base === null ? null : base + from;
      }
      from += part.length + 1;
    }
  }
  return lines
    .filter((l) => l.children.length > 0)
    .map((l) => {
      const el = h('p', {}, l.children);
      const start = l.start ?? p.position?.start.offset;
      if (start !== undefined)
        el.position = { start: { line: 0, column: 0, offset: start }, end: { line: 0, column: 0 } };
      return el;
    });
}

/** Article headings sit below the page's h1 and its section's h2. */
export function demoteHeadings(node: Parents): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    const level = /^h([1-6])$/.exec(child.tagName)?.[1];
    if (level) child.tagName = `h${Math.min(6, Number(level) + 2)}`;
    demoteHeadings(child);
  }
}

/** Keep links to absolute http(s) URLs, marked as outside links; unwrap every other one, keeping its text. */
export function narrowLinks(node: Parents): void {
  const children: ElementContent[] = [];
  for (const child of node.children as ElementContent[]) {
    if (child.type === 'element') narrowLinks(child);
    if (child.type !== 'element' || child.tagName !== 'a') {
      children.push(child);
      continue;
    }
    const href = typeof child.properties.href === 'string' ? child.properties.href : '';
    // A link with nothing left to read (an image or raw HTML was its text) is no link.
    if (isWebUrl(href) && textOf(child).trim() !== '') {
      child.properties = { href, rel: LINK_REL };
      children.push(child);
    } else children.push(...child.children);
  }
  (node as Element).children = children;
}

function isWebUrl(href: string): boolean {
  try {
    const url = new URL(href);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}
