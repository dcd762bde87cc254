/**
 * Guarding the output folder and writing the user's files safely. The build replaces its
 * output folder whole, so a folder that holds the content or the project, or anything that is
 * not a previous output, is refused; leftovers of killed builds are removed; the ledger and
 * changelog are written through a temporary file and a rename, so a crash never halves them.
 */
import { existsSync } from 'node:fs';
import { readdir, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** The file that marks a folder as this build's output. */
export const OUTPUT_MARKER = '.timeline-output';

/** What the marker says, for whoever finds it. */
export const MARKER_TEXT = 'This folder is the output of the news-timeline build, which replaces it whole.\n';

async function real(p: string): Promise<string> {
  // The nearest existing ancestor decides where a path really is (links resolved).
  const rest: string[] = [];
  let at = path.resolve(p);
  for (;;) {
    try {
      return path.join(await realpath(at), ...rest.reverse());
    } catch {
      const parent = path.dirname(at);
      if (parent === at) return path.resolve(p);
      rest.push(path.basename(at));
      at = parent;
    }
  }
}

const within = (inner: string, outer: string) => inner === outer || inner.startsWith(outer + path.sep);

/** Why the build must not replace `out`, or null when it may: it would destroy one of `keep` or unknown files. */
export async function unsafeOutput(out: string, keep: string[]): Promise<string | null> {
  const target = await real(out);
  for (const dir of keep) {
    if (within(await real(dir), target)) return `it is or holds ${dir}, which replacing it would delete`;
  }
  const info = await stat(target).catch(() => null);
  if (!info) return null;
  if (!info.isDirectory()) return 'it is a file, not a folder';
  const names = await readdir(target);
  if (names.length === 0 || names.includes(OUTPUT_MARKER)) return null;
  // Outputs of builds from before the marker existed.
  if (existsSync(path.join(target, 'api', 'events.json')) && names.includes('index.html')) return null;
  return 'it is neither empty nor the output of an earlier build, and replacing it would delete what it holds';
}

/** Remove staging and old folders left beside `target` by builds that were killed (their process is gone). */
export async function removeLeftovers(target: string): Promise<void> {
  const parent = path.dirname(target);
  const prefix = path.basename(target);
  const names = await readdir(parent).catch(() => [] as string[]);
  for (const name of names) {
    const m = /^\.(staging|old)-(\d+)$/.exec(name.slice(prefix.length));
    if (!name.startsWith(prefix) || !m || alive(Number(m[2]))) continue;
    await rm(path.join(parent, name), { recursive: true, force: true });
  }
}

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Write through a temporary file in the same folder and a rename: readers see the old or the new, never half. */
export async function writeAtomic(file: string, text: string): Promise<void> {
  const temp = `${file}.tmp-${process.pid}`;
  try {
    await writeFile(temp, text);
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
