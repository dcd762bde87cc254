/**
 * Front matter: YAML only, parsed as data (gray-matter with its executing engines replaced).
 * Each known field is validated on its own, so one bad value loses only that value.
 */
import matter from 'gray-matter';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import type { VFile } from 'vfile';
import { catalogue, warn } from '../lib/report/index.ts';
import { parseIsoDay } from '../lib/dates/index.ts';
import { MAX_YAML_ALIASES } from '../lib/text/index.ts';

/** The front matter fields the build reads. */
export interface FrontMatter {
  /** Article title. */
  title?: string;
  /** Publisher or outlet. */
  publisher?: string;
  /** Original article URL, http or https only. */
  url?: string;
  /** Publication day, YYYY-MM-DD. */
  date?: string;
  /** BCP 47 language tag. */
  language?: string;
}

/** Front matter, the body after it, and where the body starts. */
export interface SplitArticle {
  /** Validated fields. */
  data: FrontMatter;
  /** The text after the front matter. */
  body: string;
  /** Offset of the body in the file text. */
  bodyOffset: number;
}

/** The most characters of front matter read: a few fields fit in a line each; more is a dump. */
export const MAX_FRONT_MATTER_CHARS = 64 * 1024;
/** Unknown keys reported one by one; past this, one message gives the count. */
const MAX_UNKNOWN_REPORTS = 20;

const FIELDS: { [K in keyof FrontMatter]-?: z.ZodType<string> } = {
  title: z.string().trim().min(1).max(500),
  publisher: z.string().trim().min(1).max(200),
  url: z
    .string()
    .trim()
    .refine((u) => /^https?:\/\/[^\s<>"]+$/i.test(u), 'only http and https URLs are kept'),
  date: z
    .string()
    .trim()
    .transform((s) => s.slice(0, 10))
    .refine((s) => parseIsoDay(s) !== null, 'it must be a calendar date written YYYY-MM-DD'),
  language: z
    .string()
    .trim()
    .regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'it must be a language tag such as en or en-GB'),
};

const refuse = (language: string) => () => {
  throw new UnsupportedLanguage(language);
};

class UnsupportedLanguage extends Error {
  constructor(readonly language: string) {
    super(language);
  }
}

/** Split and validate front matter; problems are recorded on the file. */
export function splitFrontMatter(text: string, file: VFile): SplitArticle {
  if (!/^---/.test(text)) return { data: {}, body: text, bodyOffset: 0 };
  const closing = text.indexOf('\n---', 3);
  if ((closing === -1 ? text.length : closing) > MAX_FRONT_MATTER_CHARS) {
    const end = closing === -1 ? 0 : text.indexOf('\n', closing + 4);
    const bodyOffset = closing === -1 ? 0 : end === -1 ? text.length : end + 1;
    warn(file, catalogue.frontMatterTooLarge(MAX_FRONT_MATTER_CHARS));
    return { data: {}, body: text.slice(bodyOffset), bodyOffset };
  }
  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(text, {
      language: 'yaml',
      engines: {
        // The YAML 1.2 core schema: no custom tags, no dates, nothing that runs.
        yaml: (s: string) => (parseYaml(s, { schema: 'core', maxAliasCount: MAX_YAML_ALIASES }) ?? {}) as object,
        javascript: refuse('javascript'),
        js: refuse('js'),
        coffee: refuse('coffee'),
        coffeescript: refuse('coffeescript'),
        cson: refuse('cson'),
        json: refuse('json'),
        toml: refuse('toml'),
      },
    } as unknown as Parameters<typeof matter>[1]);
  } catch (error) {
    const closing = /^---[^\n]*\n[\s\S]*?\n---[ \t]*(?:\n|$)/.exec(text);
    const bodyOffset = closing ? closing[0].length : 0;
    const language = /^---([A-Za-z]+)/.exec(text)?.[1];
    if (error instanceof UnsupportedLanguage || (language && language !== 'yaml')) {
      warn(file, catalogue.frontMatterLanguage(language ?? (error as UnsupportedLanguage).language));
    } else {
      const reason = error instanceof Error ? (error.message.split('\n')[0] ?? 'syntax error') : 'syntax error';
      const line =
        error && typeof error === 'object' && 'linePos' in error
          ? ((error as { linePos?: { line: number }[] }).linePos?.[0]?.line ?? 0) + 1
          : 1;
      warn(file, catalogue.frontMatterSyntax(reason), line);
    }
    return { data: {}, body: text.slice(bodyOffset), bodyOffset };
  }
  const language = /^---([A-Za-z]+)/.exec(text)?.[1];
  if (language && language !== 'yaml') {
    warn(file, catalogue.frontMatterLanguage(language));
  }
  const body = parsed.content;
  const bodyOffset = text.endsWith(body) ? text.length - body.length : Math.max(0, text.indexOf(body));
  return { data: validate(parsed.data, text, file), body, bodyOffset };
}

function validate(raw: unknown, text: string, file: VFile): FrontMatter {
  const data: FrontMatter = {};
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    if (raw !== null && raw !== undefined)
      warn(file, catalogue.frontMatterSyntax('it must be a mapping of keys to values'));
    return data;
  }
  const lines = keyLines(text);
  let unknown = 0;
  for (const [key, value] of Object.entries(raw as Record<string, unknown>).sort(([a], [b]) =>
    a < b ? -1 : a > b ? 1 : 0,
  )) {
    const line = lines.get(key) ?? 1;
    // Own keys only: "constructor" or "__proto__" must not find an inherited property.
    const schema = Object.hasOwn(FIELDS, key) ? FIELDS[key as keyof FrontMatter] : undefined;
    if (!schema) {
      if (++unknown <= MAX_UNKNOWN_REPORTS) warn(file, catalogue.frontMatterUnknown(key), line);
      continue;
    }
    const result = schema.safeParse(typeof value === 'number' && key !== 'url' ? String(value) : value);
    if (!result.success) {
      const reason =
        result.error.issues[0]?.code === 'invalid_type'
          ? `it must be text, not ${Array.isArray(value) ? 'a list' : typeof value}`
          : (result.error.issues[0]?.message ?? 'invalid value');
      warn(file, catalogue.frontMatterField(key, reason), line);
      continue;
    }
    data[key as keyof FrontMatter] = result.data;
  }
  if (unknown > MAX_UNKNOWN_REPORTS) warn(file, catalogue.frontMatterUnknownMore(unknown - MAX_UNKNOWN_REPORTS));
  return data;
}

/** Line of each top-level key of the front matter, found in one pass (first occurrence wins). */
function keyLines(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  let from = text.indexOf('\n') + 1;
  for (let line = 2; from > 0 && from < text.length; line++) {
    const end = text.indexOf('\n', from);
    const row = text.slice(from, end === -1 ? text.length : end);
    if (/^---\s*$/.test(row)) break;
    const colon = row.indexOf(':');
    if (colon > 0 && !/^\s/.test(row)) {
      const key = row
        .slice(0, colon)
        .trim()
        .replace(/^(["'])(.*)\1$/, '$2');
      if (!lines.has(key)) lines.set(key, line);
    }
    if (end === -1) break;
    from = end + 1;
  }
  return lines;
}
