/**
 * Small hast helpers for the source page: the visible text of a node, new elements, and
 * wrapping ranges of an element's text in new elements without breaking its markup.
 */
import type { Element, ElementContent, Properties, Text } from 'hast';

/** A new element; its children are trusted nodes built here or already sanitised. */
export function h(tagName: string, properties: Properties, children: ElementContent[] = []): Element {
  return { type: 'element', tagName, properties, children };
}

/** A text node (escaped when serialised). */
export function t(value: string): Text {
  return { type: 'text', value };
}

/** The visible text of a node, in document order. */
export function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}

/** A character range of an element's visible text and what to wrap it in. */
export interface WrapRange {
  /** First character. */
  start: number;
  /** One past the last character. */
  end: number;
  /** Builds the wrapper around the nodes that fall in the range. */
  wrap: (children: ElementContent[]) => ElementContent[];
}

/**
 * Wrap ranges (sorted, not overlapping) of `parent`'s visible text. Nodes are split at range
 * edges; an inline element cut by an edge becomes one copy per side (`<b>A. B.</b>` becomes
 * `<b>A. </b><b>B.</b>`), so every range gets its own wrapper and markup stays well formed.
 * Returns, for each range, whether it received any node.
 */
export function wrapRanges(parent: Element, ranges: WrapRange[]): boolean[] {
  const used = ranges.map(() => false);
  if (ranges.length === 0) return used;
  const edges = [...new Set(ranges.flatMap((r) => [r.start, r.end]))].sort((a, b) => a - b);
  const rangeAt = (at: number): number => ranges.findIndex((r) => r.start <= at && at < r.end);
  const pieces: { node: ElementContent; range: number }[] = [];
  let at = 0;
  for (const child of parent.children) {
    const length = textOf(child).length;
    const cuts = edges.filter((e) => e > at && e < at + length).map((e) => e - at);
    cutNode(child, cuts).forEach((segment, j) => {
      const range = rangeAt(at + (j === 0 ? 0 : cuts[j - 1]!));
      for (const node of segment) pieces.push({ node, range });
    });
    at += length;
  }
  const out: ElementContent[] = [];
  for (let i = 0; i < pieces.length; ) {
    const range = pieces[i]!.range;
    let j = i;
    while (j < pieces.length && pieces[j]!.range === range) j++;
    const nodes = pieces.slice(i, j).map((p) => p.node);
    out.push(...(range < 0 ? nodes : ranges[range]!.wrap(nodes)));
    if (range >= 0) used[range] = true;
    i = j;
  }
  parent.children = out;
  return used;
}

/** Split a node at offsets of its visible text (sorted, inside it): one list of nodes per segment. */
function cutNode(node: ElementContent, cuts: number[]): ElementContent[][] {
  const segments: ElementContent[][] = [[], ...cuts.map(() => [])];
  if (node.type === 'text') {
    const bounds = [0, ...cuts, node.value.length];
    for (let j = 0; j + 1 < bounds.length; j++) segments[j]!.push(t(node.value.slice(bounds[j], bounds[j + 1])));
    return segments;
  }
  if (node.type !== 'element' || cuts.length === 0) {
    segments[0]!.push(node);
    return segments;
  }
  const parts: ElementContent[][] = segments.map(() => []);
  let at = 0;
  for (const child of node.children) {
    const length = textOf(child).length;
    const inner = cuts.filter((c) => c > at && c < at + length);
    const first = cuts.filter((c) => c <= at).length;
    const pieces = cutNode(
      child,
      inner.map((c) => c - at),
    );
    for (const [j, segment] of pieces.entries()) parts[first + j]!.push(...segment);
    at += length;
  }
  let copies = 0;
  for (const [j, children] of parts.entries()) {
    if (children.length === 0) continue;
    // Only the space between two sentences: no copy of the markup for it.
    if (children.every((c) => c.type === 'text' && c.value.trim() === '')) {
      segments[j]!.push(...children);
      continue;
    }
    // Only the first copy keeps an id: ids stay unique.
    const { id, ...rest } = node.properties;
    segments[j]!.push({ ...node, properties: copies++ === 0 && id !== undefined ? { id, ...rest } : rest, children });
  }
  return segments;
}
