/**
 * Site settings (content/site.yaml): the one place for the site's title, address, language
 * and sub-path. Feeds, canonical links and the sitemap take absolute URLs from it.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { VFile } from 'vfile';
import { z } from 'zod';
import type { SiteSettings } from '../types.ts';
import { catalogue, fail } from '../lib/report/index.ts';
import { cleanLabel } from '../lib/text/index.ts';
import { loadYaml } from './yaml.ts';

// Validated by the same parser the exports use, so that what passes here never throws there.
const httpUrl = (u: string): boolean => {
  try {
    const url = new URL(u);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.host !== '';
  } catch {
    return false;
  }
};

const SettingsSchema = z.object({
  title: z.string().min(1).transform(cleanLabel).default('News timeline'),
  description: z.string().transform(cleanLabel).default('A timeline of events, built from news articles, with every source quoted.'),
  baseUrl: z
    .string()
    .regex(/^https?:\/\/[^\s]+$/, 'baseUrl must be an absolute http(s) URL')
    .refine(httpUrl, 'baseUrl must be a URL a browser can open, such as https://example.com')
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
  let text: string;
  try {
    text = await readFile(path.join(root, relative), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT') fail(file, catalogue.settingsSyntax(`the file cannot be read: ${code ?? 'error'}`));
    return { settings: SettingsSchema.parse({}), file };
  }
  const { data, lineOf } = loadYaml(text, file, catalogue.settingsSyntax);
  const parsed = SettingsSchema.safeParse(data ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const key = issue?.path.filter((k): k is string | number => typeof k !== 'symbol') ?? [];
    fail(file, catalogue.settingsInvalid(key.join('.'), issue?.message ?? 'invalid'), lineOf(key));
    return { settings: SettingsSchema.parse({}), file };
  }
  return { settings: parsed.data, file };
}
