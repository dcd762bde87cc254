/**
 * The read stage: the only stage that touches the disk on the way in. It lists
 * content/articles, decodes every .txt and .md file, and gives each a unique, path-safe id.
 */
import { createHash } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { VFile } from 'vfile';
import type { SourceFile } from '../types.ts';
import { FatalBuildError, catalogue, fail, warn } from '../lib/report/index.ts';
import { shortHash, slugify } from '../lib/slug/index.ts';
import { stripBidi, stripControls } from '../lib/text/index.ts';
import { decodeBytes } from './decode.ts';
import { MAX_ARTICLE_BYTES, readBounded } from './files.ts';

export { loadRegistry, type Registry } from './registry.ts';
export { loadSettings } from './settings.ts';
export { MAX_ARTICLE_BYTES, readBounded } from './files.ts';

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
  const entries = await readdir(dir, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    const why =
      error.code === 'ENOENT'
        ? 'does not exist'
        : error.code === 'ENOTDIR'
          ? 'is not a folder'
          : `cannot be read (${error.code})`;
    throw new FatalBuildError(catalogue.missingArticles(articlesDir, why).message);
  });
  const names = entries
    .filter((e) => ARTICLE.test(e.name) && !e.isDirectory())
    .map((e) => e.name)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const results: ReadResult[] = [];
  const taken = new Map<string, string>();
  for (const name of names) {
    const relative = `${articlesDir}/${name}`;
    const read = await readBounded(path.join(dir, name), path.join(root, path.posix.dirname(articlesDir)));
    if (!read.ok) {
      const file = new VFile({ path: relative });
      fail(file, catalogue.unreadableFile(read.why, read.code));
      results.push({ source: null, file });
      continue;
    }
    results.push(decodeArticle(relative, read.bytes, taken, read.size));
  }
  return results;
}

/** 1-based line and column of an offset in a text. */
function place(text: string, offset: number): [number, number] {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return [line, offset - before.lastIndexOf('\n')];
}

/** A unique id for a file: its slug, or with a clash the slug and a hash of the whole file name. */
function articleId(relative: string, file: VFile, taken: Map<string, string>): string {
  const name = path.posix.basename(relative);
  const base = slugify(name.replace(ARTICLE, ''));
  let id = base;
  const clash = taken.get(id);
  // Names that differ only in case, punctuation or extension are still two articles.
  for (let n = 0; taken.has(id); n++) id = `${base.slice(0, 70)}-${shortHash(n === 0 ? name : `${name}#${n}`)}`;
  if (clash !== undefined) warn(file, catalogue.idCollision(id, clash));
  taken.set(id, relative);
  return id;
}

/** Decode one article's bytes and assign its id; pure apart from the shared id table. */
export function decodeArticle(
  relative: string,
  bytes: Uint8Array,
  taken: Map<string, string>,
  size = bytes.length,
): ReadResult {
  const file = new VFile({ path: relative });
  const id = articleId(relative, file, taken);
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) {
    fail(file, catalogue.binaryFile());
    return { source: null, file };
  }
  const text = cleanText(decoded.text, file);
  if (text.trim() === '') {
    fail(file, catalogue.emptyFile());
    return { source: null, file };
  }
  if (size > bytes.length) warn(file, catalogue.tooLarge(size, MAX_ARTICLE_BYTES), ...place(text, text.length));
  if (decoded.legacy) {
    const at = decoded.badByte ?? 0;
    // The bad byte's place in the decoded text: every byte before it on its line is one character.
    const lineStart = at > 0 ? bytes.lastIndexOf(0x0a, at - 1) + 1 : 0;
    const bom = lineStart === 0 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    const column = new TextDecoder().decode(bytes.subarray(lineStart + bom, at)).length + 1;
    warn(file, catalogue.legacyEncoding(at), countLines(bytes, lineStart), column);
  }
  const garbled = MOJIBAKE.exec(text);
  if (garbled) warn(file, catalogue.mojibake(garbled[0]), ...place(text, garbled.index));
  const hash = createHash('sha256').update(bytes).digest('hex');
  file.value = text;
  return { source: { id, path: relative, text, hash, encoding: decoded.encoding }, file };
}

function countLines(bytes: Uint8Array, end: number): number {
  let n = 1;
  for (let i = 0; i < end; i++) if (bytes[i] === 0x0a) n++;
  return n;
}

/** Remove characters no output may carry, saying where the first was. */
function cleanText(text: string, file: VFile): string {
  const controls = stripControls(text);
  const { count, first } = controls.removed;
  if (count > 0) warn(file, catalogue.controlCharacters(count), ...place(text, first));
  const bidi = stripBidi(controls.text);
  const marks = bidi.removed;
  if (marks.count > 0) warn(file, catalogue.bidiControls(marks.count), ...place(controls.text, marks.first));
  return bidi.text;
}
