/**
 * A source page's article, as written: its Markdown (or plain text) through remark-rehype →
 * rehype-sanitize → rehype-stringify, with an anchor on every sentence, links to the events
 * each sentence reports, and page furniture set apart. A pure function: text in, HTML out;
 * templates print the string as it is.
 */
import type { Root } from 'hast';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import type { Article } from '../../types.ts';
import { type SentenceNotes, anchorBlock, emptyAnchor, sentencesByBlock } from './anchors.ts';
import { type Block, demoteHeadings, leafBlocks, narrowLinks, splitPlainLines } from './blocks.ts';
import { blockRoles, setApart } from './furniture.ts';
import { h } from './hast.ts';
import { articleTree } from './tree.ts';

export type { SentenceNotes } from './anchors.ts';

/** A rendered article. */
export interface RenderedArticle {
  /** Sanitised HTML of the article, ready to print. */
  html: string;
  /** Sentences whose words were not found where the article shows them (they keep an empty anchor). */
  unplaced: number;
}

const stringifier = unified().use(rehypeStringify);

/** Render an article from its file text; `notes` holds what to show with each sentence, by index. */
export function renderArticle(text: string, article: Article, notes: Map<number, SentenceNotes>): RenderedArticle {
  const tree = articleTree(text.slice(article.bodyOffset));
  // Links and headings are settled before anchoring, so that the links this page adds stay.
  narrowLinks(tree);
  demoteHeadings(tree);
  if (/\.txt$/i.test(article.file)) splitPlainLines(tree);
  const blocks = leafBlocks(tree);
  const bySentence = sentencesByBlock(blocks, article.sentences, article.bodyOffset);
  const roles = blockRoles(blocks, bySentence, article.furniture, lineCounter(text, article.bodyOffset));
  let unplaced = 0;
  blocks.forEach((block, i) => {
    unplaced += anchorBlock(block, bySentence[i]!, notes);
  });
  if (/\.txt$/i.test(article.file)) headlinesAsHeadings(blocks, bySentence);
  setApart(tree, blocks, roles);
  if (blocks.length === 0 && article.sentences.length > 0) {
    tree.children.push(h('p', {}, article.sentences.map(emptyAnchor)));
    unplaced += article.sentences.length;
  }
  return { html: stringifier.stringify(tree as Root), unplaced };
}

// A plain-text line the parse stage read as a headline (no closing punctuation, before the
// prose or between paragraphs) is the article's heading; Markdown says so itself.
function headlinesAsHeadings(blocks: Block[], bySentence: Article['sentences'][]): void {
  blocks.forEach((block, i) => {
    const own = bySentence[i]!;
    if (block.el.tagName === 'p' && own.length > 0 && own.every((s) => s.origin === 'headline'))
      block.el.tagName = 'h3';
  });
}

/** 1-based file line of a body offset. */
function lineCounter(text: string, bodyOffset: number): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    const at = bodyOffset + offset;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}
