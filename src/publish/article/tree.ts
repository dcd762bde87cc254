/**
 * An article body as a sanitised HTML tree: the shared Markdown parser, then remark-rehype
 * and rehype-sanitize. Raw HTML never reaches the tree as markup: a block of it is shown as
 * code (text), inline tags are dropped (their text stays). Images become their alt text, so a
 * source page loads nothing from elsewhere. Only http(s) links keep their href.
 */
import type { Root as HastRoot, Nodes as HastNodes } from 'hast';
import type { Nodes as MdNodes, Root as MdRoot, RootContent } from 'mdast';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { markdownParser, pieces } from '../../lib/markdown/index.ts';

/** GitHub's sanitising schema with links narrowed to http(s): no mailto:, data:, javascript:… */
const SCHEMA = { ...defaultSchema, protocols: { ...defaultSchema.protocols, href: ['http', 'https'] } };
const toHast = unified().use(remarkRehype).use(rehypeSanitize, SCHEMA);
const BLOCK_PARENTS = new Set(['root', 'blockquote', 'listItem', 'footnoteDefinition']);

/** The body's sanitised tree; node positions are offsets in the body, as the parse stage counts them. */
export function articleTree(body: string): HastRoot {
  const root: HastRoot = { type: 'root', children: [] };
  for (const [from, to] of pieces(body)) {
    const md = markdownParser.parse(body.slice(from, to)) as MdRoot;
    neutralise(md);
    const tree = toHast.runSync(md) as HastRoot;
    shift(tree, from);
    root.children.push(...tree.children);
  }
  return root;
}

// Raw HTML and images in untrusted Markdown, made into text before conversion.
function neutralise(node: MdNodes): void {
  if (!('children' in node)) return;
  const block = BLOCK_PARENTS.has(node.type);
  const children: MdNodes[] = [];
  for (const child of node.children as MdNodes[]) {
    if (child.type === 'html') {
      if (block) children.push({ type: 'code', value: child.value, position: child.position });
      continue;
    }
    if (child.type === 'image' || child.type === 'imageReference') {
      const alt = child.alt?.trim();
      children.push({ type: 'text', value: alt ? `[image: ${alt}]` : '[image]', position: child.position });
      continue;
    }
    neutralise(child);
    children.push(child);
  }
  (node as { children: RootContent[] }).children = children as RootContent[];
}

function shift(node: HastNodes, by: number): void {
  if (node.position?.start.offset !== undefined) node.position.start.offset += by;
  if (node.position?.end.offset !== undefined) node.position.end.offset += by;
  if ('children' in node) for (const child of node.children) shift(child, by);
}
