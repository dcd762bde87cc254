/**
 * Page furniture set apart on a source page: runs of top-level blocks that the parse stage
 * judged furniture (ad markers, captions, bylines, comments, boilerplate…) are wrapped in an
 * aside that says so, and the lines of an embedded post in one that says it is quoted. Nothing
 * is dropped: the text stays where the article had it.
 */
import type { Element, ElementContent, Root } from 'hast';
import type { Furniture, Sentence } from '../../types.ts';
import { FURNITURE_REASONS } from '../../lib/report/furniture.ts';
import type { Block } from './blocks.ts';
import { h, t } from './hast.ts';

/** The role of an embedded post's lines (they are quoted, not furniture, and may date an event). */
export const EMBEDDED_POST = 'embedded-post';

/**
 * What each block is apart from article text: a furniture code when it has no sentence and a
 * furniture line of the parse stage starts within it, EMBEDDED_POST when all its sentences
 * come from an embedded post, else null.
 */
export function blockRoles(
  blocks: Block[],
  sentences: Sentence[][],
  furniture: Furniture[],
  lineOf: (bodyOffset: number) => number,
): (string | null)[] {
  const starts = blocks.map((b) => lineOf(b.start));
  return blocks.map((_, i) => {
    const own = sentences[i]!;
    if (own.length > 0) return own.every((s) => s.origin === 'embed') ? EMBEDDED_POST : null;
    const from = starts[i]!;
    const to = i + 1 < blocks.length ? Math.max(from, starts[i + 1]! - 1) : Number.POSITIVE_INFINITY;
    return furniture.find((f) => f.line >= from && f.line <= to)?.reason ?? null;
  });
}

/** Wrap runs of top-level blocks that share a role in an aside labelled with it. */
export function setApart(root: Root, blocks: Block[], roles: (string | null)[]): void {
  const roleOf = new Map<Element, string | null>(blocks.map((b, i) => [b.el, roles[i]!]));
  const out: ElementContent[] = [];
  let run = null as { role: string; aside: Element } | null;
  for (const child of root.children as ElementContent[]) {
    if (child.type === 'text' && child.value.trim() === '') {
      (run ? run.aside.children : out).push(child);
      continue;
    }
    let role = child.type === 'element' ? commonRole(child, roleOf) : null;
    // A post's signature line closes the post it signs.
    if (role === 'embed-signature' && run?.role === EMBEDDED_POST) role = EMBEDDED_POST;
    if (role === null) {
      run = null;
      out.push(child);
      continue;
    }
    if (run?.role !== role) {
      run = { role, aside: aside(role) };
      out.push(run.aside);
    }
    run.aside.children.push(child);
  }
  root.children = out;
}

// The one role every leaf block inside a top-level element shares, or null.
function commonRole(el: Element, roleOf: Map<Element, string | null>): string | null {
  if (roleOf.has(el)) return roleOf.get(el)!;
  const found = new Set<string | null>();
  const walk = (node: Element): void => {
    for (const child of node.children)
      if (child.type === 'element') {
        if (roleOf.has(child)) found.add(roleOf.get(child)!);
        else walk(child);
      }
  };
  walk(el);
  return found.size === 1 ? [...found][0]! : null;
}

function aside(role: string): Element {
  const embedded = role === EMBEDDED_POST;
  const words = FURNITURE_REASONS[role as keyof typeof FURNITURE_REASONS] ?? role;
  const label = embedded
    ? 'Embedded post, quoted by the article: not the article’s own words.'
    : `Page furniture, ${words}: not part of the article; not used as evidence.`;
  // Furniture stays out of the search index; an embedded post is quoted text like any other.
  const properties = embedded
    ? { className: ['embedded'], dataReason: role }
    : { className: ['furniture'], dataReason: role, dataPagefindIgnore: '' };
  return h('aside', properties, [h('p', { className: ['aside-label'] }, [t(label)])]);
}
