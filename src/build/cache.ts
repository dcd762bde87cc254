/**
 * The per-article cache: parse and extraction results stored in .cache/, keyed by the
 * article's content hash, the pipeline version (a hash of src/), and for extraction the
 * registry and the article's publication date. Adding one article re-extracts that one.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, writeFile, rename } from 'node:fs/promises';
import path from 'node:path';

let version: string | null = null;

/** Hash of every source file of the pipeline: any code change invalidates the cache. */
export async function pipelineVersion(): Promise<string> {
  if (version) return version;
  const src = path.resolve(import.meta.dirname, '..');
  const hash = createHash('sha256');
  const walk = async (dir: string): Promise<void> => {
    for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.name.endsWith('.ts')) hash.update(entry.name).update(await readFile(full));
    }
  };
  await walk(src);
  version = hash.digest('hex').slice(0, 16);
  return version;
}

/** Stable key of any JSON-able inputs. */
export function cacheKey(...parts: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 32);
}

/** A directory of JSON entries; a missing or unreadable entry is simply a miss. */
export class Cache {
  /** Entries read from disk in this run. */
  hits = 0;
  /** Entries computed in this run. */
  misses = 0;

  constructor(private readonly dir: string | null) {}

  /** The cached value for a key, or compute and store it. */
  async get<T>(bucket: string, key: string, compute: () => T): Promise<T> {
    if (!this.dir) {
      this.misses++;
      return compute();
    }
    const file = path.join(this.dir, bucket, `${key}.json`);
    try {
      const value = JSON.parse(await readFile(file, 'utf8')) as T;
      this.hits++;
      return value;
    } catch {
      // A miss, or an entry cut short by a crash: compute it again.
    }
    this.misses++;
    const value = compute();
    await mkdir(path.dirname(file), { recursive: true });
    const temp = `${file}.${process.pid}.tmp`;
    await writeFile(temp, JSON.stringify(value));
    await rename(temp, file);
    return value;
  }
}
