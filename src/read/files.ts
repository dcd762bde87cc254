/**
 * Opening input files safely: only regular files are read (a FIFO would block forever, a
 * device never ends), at most a fixed number of bytes, and links are followed only when they
 * stay inside the folder they were found in.
 */
import { open, realpath, stat } from 'node:fs/promises';
import path from 'node:path';

/** The most bytes read from one article: far above any news article, far below a dump that stalls the build. */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

/** Bytes of a file, cut to the cap at a line end, and the file's full size. */
export type Bounded =
  | { ok: true; bytes: Uint8Array; size: number }
  | { ok: false; why: 'not-a-file' | 'link-outside' | 'unreadable'; code?: string };

/** Read a regular file (following a link only if it stays under `inside`), at most MAX_ARTICLE_BYTES. */
export async function readBounded(file: string, inside?: string): Promise<Bounded> {
  try {
    if (inside !== undefined) {
      const real = await realpath(file);
      const base = await realpath(inside);
      if (real !== base && !real.startsWith(base + path.sep)) return { ok: false, why: 'link-outside' };
    }
    // stat follows links: what matters is what is read.
    if (!(await stat(file)).isFile()) return { ok: false, why: 'not-a-file' };
    const handle = await open(file, 'r');
    try {
      const size = (await handle.stat()).size;
      const buffer = new Uint8Array(Math.min(size, MAX_ARTICLE_BYTES));
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
      const bytes = buffer.subarray(0, bytesRead);
      return { ok: true, bytes: size > MAX_ARTICLE_BYTES ? cutAtLine(bytes) : bytes, size };
    } finally {
      await handle.close();
    }
  } catch (error) {
    return { ok: false, why: 'unreadable', code: (error as NodeJS.ErrnoException).code };
  }
}

// Cut at the last line feed, so no character is split; in UTF-16 a line feed is two bytes and
// the cut must stay on an even offset.
function cutAtLine(bytes: Uint8Array): Uint8Array {
  const bom16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  const utf16 = bom16 || bytes[1] === 0 || bytes[0] === 0;
  const last = bytes.lastIndexOf(0x0a);
  if (last < 0) return bytes;
  let end = last + 1;
  if (utf16 && end % 2 === 1) end++;
  return bytes.subarray(0, Math.min(end, bytes.length));
}
