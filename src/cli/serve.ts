/**
 * `npm run serve`: serve the built site (_site/) on localhost as a static host would, under the
 * path prefix of content/site.yaml, without building anything. Eleventy's own dev server,
 * with live reload off, so pages are served byte for byte as built.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import EleventyDevServer from '@11ty/eleventy-dev-server';
import { loadSettings } from '../read/index.ts';
import { printErr } from './print.ts';

/** Start the server; resolves with the exit code when it cannot start, and stays up otherwise. */
export async function serveSite(root: string, options: { dir: string; port: number }): Promise<number> {
  const dir = path.resolve(root, options.dir);
  if (!existsSync(path.join(dir, 'index.html'))) {
    printErr(`${options.dir}/index.html:1:1: there is no built site to serve. Run \`npm run build\` first.`);
    return 1;
  }
  const { settings } = await loadSettings(root);
  const server = EleventyDevServer.getServer('timeline', dir, {
    pathPrefix: settings.pathPrefix,
    liveReload: false,
    domDiff: false,
    showVersion: false,
  });
  server.serve(options.port);
  process.on('SIGINT', () => void server.close().then(() => process.exit(0)));
  process.on('SIGTERM', () => void server.close().then(() => process.exit(0)));
  return new Promise<number>(() => {});
}
