/**
 * The per-article cache: parse and extraction results stored in .cache/, keyed by the
 * article's content hash, the pipeline version, and for extraction the registry and the
 * article's publication date. Adding one article re-extracts that one.
 *
 * The pipeline version covers the code and the libraries it runs: every source file under
 * src/, and the exact installed versions (from package-lock.json) of every package src/
 * imports and of everything those depend on. Upgrading chrono-node therefore re-extracts.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, writeFile, rename } from 'node:fs/promises';
import path from 'node:path';
import type { Actor, Place } from '../types.ts';

let version: string | null = null;

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"./][^'"]*)['"]/g;
// Packages loaded through createRequire (JSON data such as the gazetteer's) count as imports too.
const REQUIRE = /\brequire\(\s*['"]([^'"./][^'"]*)['"]\s*\)/g;

/** The package a bare import names: '@scope/name/sub' → '@scope/name', 'name/sub' → 'name'. */
export function packageOf(specifier: string): string | null {
  if (specifier.startsWith('node:')) return null;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

interface LockEntry {
  version?: string;
  integrity?: string;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

/**
 * name@version of the given packages and all they depend on, resolved as Node does: from a
 * package's own node_modules outwards to the top-level one.
 */
export function dependencyClosure(packages: Record<string, LockEntry>, roots: string[]): string[] {
  const seen = new Set<string>();
  const resolve = (name: string, from: string): string | null => {
    for (let dir = from; ; ) {
      const candidate = `${dir ? `${dir}/` : ''}node_modules/${name}`;
      if (packages[candidate]) return candidate;
      if (!dir) return null;
      const cut = dir.lastIndexOf('/node_modules/');
      dir = cut < 0 ? '' : dir.slice(0, cut);
    }
  };
  const stack = roots.map((name) => resolve(name, '')).filter((p): p is string => p !== null);
  while (stack.length) {
    const at = stack.pop()!;
    if (seen.has(at)) continue;
    seen.add(at);
    const entry = packages[at]!;
    for (const dep of Object.keys({ ...entry.dependencies, ...entry.optionalDependencies })) {
      const found = resolve(dep, at);
      if (found) stack.push(found);
    }
  }
  return [...seen].sort().map((p) => `${p}@${packages[p]!.version ?? ''}#${packages[p]!.integrity ?? ''}`);
}

async function libraryVersions(projectRoot: string, imported: Set<string>): Promise<string[]> {
  const roots = [...imported].sort();
  try {
    const text = await readFile(path.join(projectRoot, 'package-lock.json'), 'utf8');
    const lock = JSON.parse(text) as { packages?: Record<string, LockEntry> };
    if (lock.packages) return dependencyClosure(lock.packages, roots);
  } catch {
    // No lockfile (an installed copy): fall back to the versions installed beside the code.
  }
  return Promise.all(
    roots.map(async (name) => {
      const file = path.join(projectRoot, 'node_modules', name, 'package.json');
      const manifest = await readFile(file, 'utf8').catch(() => '{}');
      return `${name}@${(JSON.parse(manifest) as { version?: string }).version ?? '?'}`;
    }),
  );
}

/**
 * Hash of every source file under `src` and of the libraries they import, as installed for the
 * project at `projectRoot` (its package-lock.json): any change to either invalidates the cache.
 */
export async function codeVersion(src: string, projectRoot: string): Promise<string> {
  const hash = createHash('sha256');
  const imported = new Set<string>();
  const walk = async (dir: string): Promise<void> => {
    for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (/\.(?:ts|mjs)$/.test(entry.name)) {
        const text = await readFile(full, 'utf8');
        hash.update(entry.name).update(text);
        for (const m of [...text.matchAll(IMPORT), ...text.matchAll(REQUIRE)]) {
          const name = packageOf(m[1]!);
          if (name) imported.add(name);
        }
      }
    }
  };
  await walk(src);
  for (const line of await libraryVersions(projectRoot, imported)) hash.update(line);
  return hash.digest('hex').slice(0, 16);
}

/** The version of this pipeline's code and libraries, computed once per process. */
export async function pipelineVersion(): Promise<string> {
  const src = path.resolve(import.meta.dirname, '..');
  version ??= await codeVersion(src, path.dirname(src));
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

  private file(bucket: string, key: string): string {
    return path.join(this.dir!, bucket, `${key}.json`);
  }

  /** The stored value, or undefined (counted as a miss, to be computed and stored by the caller). */
  async read<T>(bucket: string, key: string): Promise<T | undefined> {
    if (this.dir) {
      try {
        const value = JSON.parse(await readFile(this.file(bucket, key), 'utf8')) as T;
        this.hits++;
        return value;
      } catch {
        // A miss, or an entry cut short by a crash: compute it again.
      }
    }
    this.misses++;
    return undefined;
  }

  /** Store a value; written to a temporary name and renamed, so a crash never leaves half an entry. */
  async write(bucket: string, key: string, value: unknown): Promise<void> {
    if (!this.dir) return;
    const file = this.file(bucket, key);
    await mkdir(path.dirname(file), { recursive: true });
    const temp = `${file}.${process.pid}.tmp`;
    await writeFile(temp, JSON.stringify(value));
    await rename(temp, file);
  }

  /** The cached value for a key, or compute and store it. */
  async get<T>(bucket: string, key: string, compute: () => T): Promise<T> {
    const cached = await this.read<T>(bucket, key);
    if (cached !== undefined) return cached;
    const value = compute();
    await this.write(bucket, key, value);
    return value;
  }
}

/**
 * What extraction reads of the registries. Short forms are a set beside the aliases: which one
 * leads (the one a headline calls someone by, an alias too) moves with every new article and must
 * not re-extract the rest.
 */
export function extractionRegistryKey(actors: Actor[], places: Place[]): string {
  const asSets = actors.map((a) => ({ ...a, shortNames: a.shortNames.filter((s) => !a.aliases.includes(s)).sort() }));
  return cacheKey(asSets, places);
}
