/**
 * Site settings (content/site.yaml): the one place for the site's title, address, language
 * and sub-path. Feeds, canonical links and the sitemap take absolute URLs from it.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { VFile } from 'vfile';
import { parse } from 'yaml';
import { z } from 'zod';
import type { SiteSettings } from '../types.ts';
import { fail } from '../lib/report/index.ts';

const SettingsSchema = z.object({
  title: z.string().min(1).default('News timeline'),
  description: z.string().default('A timeline of events, built from news articles, with every source quoted.'),
  baseUrl: z
    .string()
    .regex(/^https?:\/\/[^\s]+$/, 'baseUrl must be an absolute http(s) URL')
    .transform((u) => u.replace(/\/+$/, ''))
    .default('http://localhost:8080'),
  pathPrefix: z
    .string()
    .regex(/^\/(?:[A-Za-z0-9._~-]+\/)*$/, 'pathPrefix must start and end with a slash, e.g. /timeline/')
    .default('/'),
  language: z.string().regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/).default('en'),
});

/** Read and validate the site settings; defaults fill what is missing. */
export async function loadSettings(root: string, contentDir = 'content'): Promise<{ settings: SiteSettings; file: VFile }> {
  const relative = `${contentDir}/site.yaml`;
  const file = new VFile({ path: relative });
  let raw: unknown = {};
  try {
    raw = parse(await readFile(path.join(root, relative), 'utf8'), { schema: 'core' }) ?? {};
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      fail(file, { code: 'settings/syntax', message: `The site settings are not valid YAML (${(error as Error).message.split('\n')[0]}), so defaults were used. Fix the YAML.` });
    }
  }
  const parsed = SettingsSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    fail(file, { code: 'settings/invalid', message: `Setting "${issue?.path.join('.')}" is invalid (${issue?.message}), so defaults were used. Correct it.` });
    return { settings: SettingsSchema.parse({}), file };
  }
  return { settings: parsed.data, file };
}
