/**
 * The read stage: the only stage that touches the disk on the way in. It lists
 * content/articles, decodes every .txt and .md file, and gives each a unique, path-safe id.
 */
import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { VFile } from 'vfile';
import type { SourceFile } from '../types.ts';
import { catalogue, fail, warn } from '../lib/report/index.ts';
import { shortHash, slugify } from '../lib/slug/index.ts';
import { decodeBytes } from './decode.ts';

export { loadRegistry, type Registry } from './registry.ts';
export { loadSettings } from './settings.ts';

/** A file that was read: its decoded source (null when unreadable) and its messages. */
export interface ReadResult {
  /** The decoded file, or null when it could not be read as text. */
  source: SourceFile | null;
  /** Messages about the file, with positions. */
  file: VFile;
}

const ARTICLE = /\.(?:txt|md|markdown)$/i;
// UTF-8 read as Latin-1 upstream: "Ã©" for "é", "â€™" for "’".
const MOJIBAKE = /Ã[\u0080-\u00BF]|â€[™œ\u009D“”˜]|Ä[\u0080-\u00BF]|Å[\u0080-\u00BF]/;

/** Read every article file under a directory, in a stable order, with unique ids. */
export async function readArticles(root: string, articlesDir = 'content/articles'): Promise<ReadResult[]> {
  const dir = path.join(root, articlesDir);
  const names = (await readdir(dir, { withFileTypes: true }))
    .filter((e) => e.isFile() && ARTICLE.test(e.name))
    .map((e) => e.name)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const results: ReadResult[] = [];
  const taken = new Map<string, string>();
  for (const name of names) {
    const relative = `${articlesDir}/${name}`;
    const bytes = await readFile(path.join(dir, name));
    results.push(decodeArticle(relative, bytes, taken));
  }
  return results;
}

/** Decode one article's bytes and assign its id; pure apart from the shared id table. */
export function decodeArticle(relative: string, bytes: Uint8Array, taken: Map<string, string>): ReadResult {
  const file = new VFile({ path: relative });
  const base = path.posix.basename(relative).replace(ARTICLE, '');
  let id = slugify(base);
  const clash = taken.get(id);
  if (clash !== undefined) {
    // Names that differ only in case or punctuation are still two articles.
    id = `${id.slice(0, 70)}-${shortHash(base)}`;
    warn(file, catalogue.idCollision(id, clash));
  }
  taken.set(id, relative);
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) {
    fail(file, catalogue.binaryFile());
    return { source: null, file };
  }
  if (decoded.text.trim() === '') {
    fail(file, catalogue.emptyFile());
    return { source: null, file };
  }
  if (decoded.legacy) warn(file, catalogue.legacyEncoding(decoded.encoding));
  const garbled = MOJIBAKE.exec(decoded.text);
  if (garbled) {
    const before = decoded.text.slice(0, garbled.index);
    const line = before.split('\n').length;
    warn(file, catalogue.mojibake(garbled[0]), line, garbled.index - before.lastIndexOf('\n'));
  }
  const hash = createHash('sha256').update(bytes).digest('hex');
  file.value = decoded.text;
  return { source: { id, path: relative, text: decoded.text, hash, encoding: decoded.encoding }, file };
}
