/**
 * Sentence anchors on a source page: each sentence the parse stage kept is wrapped, where the
 * article shows it, in a span with id s-<index> (the id every quote links to), its dating words
 * marked and a link to each event it reports after it.
 */
import type { ElementContent } from 'hast';
import type { Sentence } from '../../types.ts';
import type { Block } from './blocks.ts';
import { type WrapRange, h, t, textOf, wrapRanges } from './hast.ts';

/** What a source page shows with a sentence: the events it reports and its dating words. */
export interface SentenceNotes {
  /** Events the sentence reports: id, page URL, title, date label. */
  events: { id: string; url: string; title: string; dateLabel: string }[];
  /** Dating words, as [start, end) offsets in the sentence. */
  marks: [number, number][];
  /** Whether it reports something no source dates. */
  undated: boolean;
}

/** The anchor id of a sentence: quotes link to `<source page>#s-<index>`. */
export const anchorOf = (sentence: Sentence): string => `s-${sentence.index}`;

/** The sentences of each block: a sentence belongs to the last block starting at or before it. */
export function sentencesByBlock(blocks: Block[], sentences: Sentence[], bodyOffset: number): Sentence[][] {
  const out: Sentence[][] = blocks.map(() => []);
  if (blocks.length === 0) return out;
  for (const s of sentences) {
    const at = s.offset - bodyOffset;
    let lo = 0;
    let hi = blocks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (blocks[mid]!.start <= at) lo = mid;
      else hi = mid - 1;
    }
    out[lo]!.push(s);
  }
  return out;
}

/**
 * Wrap each sentence of a block where its text stands (found by its words, since offsets drift
 * where escapes and entities were decoded); a sentence whose words are not found keeps an empty
 * anchor at the block's start, so that no quote link ever points nowhere. Returns that count.
 */
export function anchorBlock(block: Block, sentences: Sentence[], notes: Map<number, SentenceNotes>): number {
  const text = textOf(block.el);
  const found: { sentence: Sentence; at: number; exact: boolean }[] = [];
  const lost: Sentence[] = [];
  let cursor = 0;
  for (const sentence of sentences) {
    const { at, exact } = locate(text, sentence.text, cursor);
    if (at < 0) lost.push(sentence);
    else {
      found.push({ sentence, at, exact });
      cursor = at + (exact ? sentence.text.length : 1);
    }
  }
  // The span holds the sentence's words exactly; one found by its first words runs to the next.
  const ranges: WrapRange[] = found.map(({ sentence, at, exact }, i) => ({
    start: at,
    end: exact ? at + sentence.text.length : (found[i + 1]?.at ?? text.length),
    wrap: (nodes) => sentenceSpan(sentence, nodes, notes.get(sentence.index)),
  }));
  const used = wrapRanges(block.el, ranges);
  found.forEach((f, i) => {
    if (!used[i]) lost.push(f.sentence);
  });
  block.el.children.unshift(...lost.map(emptyAnchor));
  return lost.length;
}

/** Anchors for sentences that have no block at all (an article whose text renders as nothing). */
export function emptyAnchor(sentence: Sentence): ElementContent {
  return h('span', { id: anchorOf(sentence), className: ['sentence', 'unplaced'] });
}

function locate(text: string, sentence: string, from: number): { at: number; exact: boolean } {
  const exact = text.indexOf(sentence, from);
  if (exact >= 0) return { at: exact, exact: true };
  const head = sentence.slice(0, 24);
  return { at: head.length >= 8 ? text.indexOf(head, from) : -1, exact: false };
}

function sentenceSpan(sentence: Sentence, nodes: ElementContent[], notes: SentenceNotes | undefined): ElementContent[] {
  const trailing = splitTrailingSpace(nodes);
  const quoted = (notes?.events.length ?? 0) > 0;
  const span = h(
    'span',
    { id: anchorOf(sentence), className: quoted ? ['sentence', 'has-event'] : ['sentence'] },
    nodes,
  );
  if (notes?.marks.length) wrapRanges(span, markRanges(notes.marks));
  const after: ElementContent[] = [];
  for (const e of notes?.events ?? []) after.push(t(' '), eventLink(e));
  if (notes?.undated && !quoted)
    after.push(
      t(' '),
      h('span', { className: ['undated'], title: 'Reports something the sources do not date' }, [t('(undated)')]),
    );
  return [span, ...after, ...trailing];
}

function markRanges(marks: [number, number][]): WrapRange[] {
  const out: WrapRange[] = [];
  for (const [start, end] of [...marks].sort((a, b) => a[0] - b[0]))
    if (start >= (out.at(-1)?.end ?? 0) && end > start) out.push({ start, end, wrap: (n) => [h('mark', {}, n)] });
  return out;
}

function eventLink(e: SentenceNotes['events'][number]): ElementContent {
  return h('a', { className: ['to-event'], href: e.url, title: e.title }, [
    h('span', { ariaHidden: 'true' }, [t('→ ')]),
    t(e.dateLabel),
    h('span', { className: ['visually-hidden'] }, [t(`: event “${e.title}”`)]),
  ]);
}

// The space between two sentences goes after the first one's event links, not inside its span.
function splitTrailingSpace(nodes: ElementContent[]): ElementContent[] {
  const last = nodes.at(-1);
  if (last?.type !== 'text') return [];
  const space = /\s+$/.exec(last.value)?.[0];
  if (!space) return [];
  last.value = last.value.slice(0, -space.length);
  if (last.value === '') nodes.pop();
  return [t(space)];
}
