/**
 * Site settings (content/site.yaml): the one place for the site's title, address, language
 * and sub-path. Feeds, canonical links and the sitemap take absolute URLs from it.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { VFile } from 'vfile';
import type { SiteSettings } from '../types.ts';
import { SettingsSchema } from '../schemas.ts';
import { catalogue, fail } from '../lib/report/index.ts';
import { loadYaml } from './yaml.ts';

/** Read and validate the site settings; defaults fill what is missing. */
export async function loadSettings(
  root: string,
  contentDir = 'content',
): Promise<{ settings: SiteSettings; file: VFile }> {
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
