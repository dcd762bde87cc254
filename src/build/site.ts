/**
 * Hand-off between the pipeline and Eleventy, and the atomic write of _site: Eleventy renders
 * into a fresh folder beside _site, Pagefind indexes it, and only then does it replace _site,
 * so a failed build never leaves a half-written site where the last good one was.
 */
import { rm, rename, mkdir, access, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { runPipeline } from './pipeline.ts';
import type { SiteData } from '../publish/index.ts';
import { readChangelog } from './changelog.ts';
import { type ChangesView, changesView } from '../publish/changes.ts';
import { cleanDeep } from '../lib/text/index.ts';
import { MARKER_TEXT, OUTPUT_MARKER, removeLeftovers } from './output.ts';

/** Site data with the changelog the build keeps beside it. */
export type RenderData = SiteData & { changes?: ChangesView[] };

// Held on globalThis, not in module state: Eleventy loads .eleventy.ts (and through it this
// module) with Node's own loader, which can be a different module instance from the caller's.
const KEY = Symbol.for('news-timeline.site-data');
const slot = globalThis as unknown as Record<symbol, RenderData | null | undefined>;

/** Give Eleventy finished data from a pipeline run in this process. */
export function provideSiteData(data: RenderData | null): void {
  // The one boundary every page, feed and export passes: nothing XML forbids gets through.
  slot[KEY] = data && cleanDeep(data);
}

/** The site data: what the build provided, else a fresh pipeline run (for `eleventy --serve`). */
export async function siteData(root: string): Promise<RenderData> {
  const provided = slot[KEY];
  if (provided) return provided;
  const { data } = await runPipeline({ root });
  return cleanDeep({ ...data, changes: changesView((await readChangelog(root)).entries, data) });
}

/** Render the site with Eleventy into `outDir`, atomically. */
export async function writeSite(root: string, data: RenderData, outDir = '_site', after?: (dir: string) => Promise<void>): Promise<void> {
  const target = path.resolve(root, outDir);
  const staging = `${target}.staging-${process.pid}`;
  const old = `${target}.old-${process.pid}`;
  await removeLeftovers(target);
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  provideSiteData(data);
  // Eleventy imports .eleventy.ts with Node's own loader; tsx teaches it TypeScript, also
  // when this module runs under another transformer (vitest).
  const { register } = await import('tsx/esm/api');
  const unregister = register();
  try {
    const { default: Eleventy } = await import('@11ty/eleventy');
    const eleventy = new Eleventy(path.join(root, 'templates'), staging, {
      configPath: path.join(root, '.eleventy.ts'),
      quietMode: true,
    });
    await eleventy.write();
    if (after) await after(staging);
    await writeFile(path.join(staging, OUTPUT_MARKER), MARKER_TEXT);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  } finally {
    provideSiteData(null);
    await unregister();
  }
  const exists = await access(target).then(() => true, () => false);
  if (exists) await rename(target, old);
  await rename(staging, target);
  if (exists) await rm(old, { recursive: true, force: true });
}
