/**
 * Hand-off between the pipeline and Eleventy, and the atomic write of _site: Eleventy renders
 * into a fresh folder beside _site, Pagefind indexes it, and only then does it replace _site,
 * so a failed build never leaves a half-written site where the last good one was.
 */
import { rm, rename, mkdir, access, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { EleventyConfig } from '@11ty/eleventy';
import { runPipeline } from './pipeline.ts';
import type { SiteData } from '../publish/index.ts';
import { readChangelog } from './changelog.ts';
import { type ChangesView, changesView } from '../publish/changes.ts';
import { cleanDeep } from '../lib/text/index.ts';
import { MARKER_TEXT, OUTPUT_MARKER, removeLeftovers } from './output.ts';

/** Site data with the changelog the build keeps beside it. */
export type RenderData = SiteData & { changes?: ChangesView[] };

/** The site data from a fresh pipeline run (for `eleventy --serve`, where no build hands it over). */
export async function siteData(root: string): Promise<RenderData> {
  const { data } = await runPipeline({ root });
  return cleanDeep({ ...data, changes: changesView((await readChangelog(root)).entries, data) });
}

/** Render the site with Eleventy into `outDir`, atomically. */
export async function writeSite(
  root: string,
  data: RenderData,
  outDir = '_site',
  after?: (dir: string) => Promise<void>,
): Promise<void> {
  const target = path.resolve(root, outDir);
  const staging = `${target}.staging-${process.pid}`;
  const old = `${target}.old-${process.pid}`;
  await removeLeftovers(target);
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  // Eleventy imports .eleventy.ts with Node's own loader; tsx teaches it TypeScript, also
  // when this module runs under another transformer (vitest).
  const { register } = await import('tsx/esm/api');
  const unregister = register();
  try {
    const { default: Eleventy } = await import('@11ty/eleventy');
    const eleventy = new Eleventy(path.join(root, 'templates'), staging, {
      configPath: path.join(root, '.eleventy.ts'),
      quietMode: true,
      // The Eleventy way to hand a build's finished data to the templates: global data set by
      // the constructor's config callback, which runs before .eleventy.ts (that then skips its
      // own pipeline run). cleanDeep: the one boundary every page, feed and export passes.
      config: (config: EleventyConfig) => config.addGlobalData('timeline', cleanDeep(data)),
    });
    // The build prints its own summary (pages and seconds) and reports a failed render itself
    // (write() rejects); Eleventy's "Wrote N files" line would only repeat the summary.
    eleventy.disableLogger();
    await eleventy.write();
    if (after) await after(staging);
    await writeFile(path.join(staging, OUTPUT_MARKER), MARKER_TEXT);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  } finally {
    await unregister();
  }
  const exists = await access(target).then(
    () => true,
    () => false,
  );
  if (exists) await rename(target, old);
  await rename(staging, target);
  if (exists) await rm(old, { recursive: true, force: true });
}
