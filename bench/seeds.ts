/**
 * The raw material of the synthetic corpora, read at run time from the project's seed
 * articles and registry: body paragraphs split into sentences, headlines and subheads, reader
 * questions, embedded posts, each seed's publication day, and every way a seed person is named.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';

/** One seed article, reduced to what the generator recombines. */
export interface SeedArticle {
  /** File name. */
  file: string;
  /** Publication day (YYYY-MM-DD) as the text gives it, or a default. */
  published: string;
  /** Headline. */
  headline: string;
  /** Body paragraphs, each a list of sentences. */
  paragraphs: string[][];
  /** Short title-case subheads found in the body. */
  subheads: string[];
}

/** How a seed person is written in text, by kind of form. */
export interface SeedPerson {
  /** Registry id. */
  id: string;
  /** Multi-word forms ("Volodymyr Zelensky"). */
  full: string[];
  /** One-word forms ("Zelensky"). */
  short: string[];
  /** Social handles ("@ZelenskyyUa"). */
  handles: string[];
}

/** Everything the generator draws from. */
export interface SeedMaterial {
  /** Seed articles. */
  articles: SeedArticle[];
  /** Reader questions. */
  questions: string[];
  /** Embedded posts: body lines and the signature line. */
  embeds: { lines: string[]; signature: string }[];
  /** Seed people, with their name forms. */
  people: SeedPerson[];
  /** The seed registry's entries (people and organizations), kept as they are. */
  registry: unknown[];
  /** The gazetteer text, copied verbatim into each corpus. */
  placesYaml: string;
}

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const MONTH_NUMBER = new Map(MONTHS.split('|').map((m, i) => [m, i + 1]));
const TERMINAL = /[.!?…]["”’)\]]*$/;
const SIGNATURE = /^\s*[—–-]\s*(.+?)\s*\((@\w+)\)\s*(.+)$/;
const EMBED = /pic\.twitter\.com|(?:^|\s)@\w{3,}/;
const BOILERPLATE =
  /\b(?:email address|required fields|version by|translation service|all rights reserved|home page|continue reading)\b/i;
const ABBREVIATION = /(?:\b(?:[A-Z]\.){1,3}|\b(?:Mr|Mrs|Ms|Dr|Gen|St|Jr|Sr)\.)$/;

const words = (s: string): number => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;
const pad = (n: number): string => String(n).padStart(2, '0');

const titleFromFile = (file: string): string => {
  const text = file.replace(/\.\w+$/, '').replace(/-/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
};

/** Split a paragraph into sentences, without splitting after initialisms such as "U.S.". */
export function splitSentences(paragraph: string): string[] {
  const pieces = paragraph.split(/(?<=[.!?…]["”’)]?)\s+(?=["“‘(]?[\p{Lu}\d])/u);
  const out: string[] = [];
  for (const piece of pieces) {
    const last = out[out.length - 1];
    if (last !== undefined && ABBREVIATION.test(last)) out[out.length - 1] = `${last} ${piece}`;
    else out.push(piece);
  }
  return out.map((s) => s.trim()).filter((s) => s !== '');
}

/** The publication day a seed text states: a full date, else its latest day, else a default. */
function publicationOf(text: string): string {
  const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(text);
  if (iso) return iso[0];
  const full = new RegExp(String.raw`\b(${MONTHS})\s+(\d{1,2}),?\s+(\d{4})\b`).exec(text);
  if (full) return `${full[3]}-${pad(MONTH_NUMBER.get(full[1]!)!)}-${pad(Number(full[2]))}`;
  let latest: string | null = null;
  for (const m of text.matchAll(new RegExp(String.raw`\b(${MONTHS})\s+(\d{1,2})(?!\d)`, 'g'))) {
    const day = `2025-${pad(MONTH_NUMBER.get(m[1]!)!)}-${pad(Number(m[2]))}`;
    if (latest === null || day > latest) latest = day;
  }
  return latest ?? '2025-05-15';
}

/** Read the seed articles and registries of a project. */
export async function loadSeeds(projectRoot: string): Promise<SeedMaterial> {
  const dir = path.join(projectRoot, 'content', 'articles');
  const files = (await readdir(dir)).filter((f) => /\.(?:txt|md)$/.test(f)).sort();
  const articles: SeedArticle[] = [];
  const questions: string[] = [];
  const embeds: SeedMaterial['embeds'] = [];
  for (const file of files) {
    const text = (await readFile(path.join(dir, file), 'utf8'))
      .replace(/\r\n?/g, '\n')
      .replace(/^---\n[\s\S]*?\n---\n/, '');
    const lines = text.split('\n').map((l) => l.trim());
    let headline: string | null = null;
    const paragraphs: string[][] = [];
    const subheads: string[] = [];
    lines.forEach((raw, i) => {
      const line = raw.replace(/^\*\*(.*)\*\*$/, '$1').replace(/^date \d{4}-\d{2}-\d{2}\s+/, '');
      if (SIGNATURE.test(line)) {
        const body = [lines[i - 2], lines[i - 1]].filter((l): l is string => l !== undefined && EMBED.test(l));
        embeds.push({ lines: body, signature: line });
        return;
      }
      if (line === '' || line.startsWith('![') || EMBED.test(line) || BOILERPLATE.test(line)) return;
      const n = words(line);
      if (line.endsWith('?') && n < 40 && splitSentences(line).length === 1) {
        questions.push(line);
        return;
      }
      if (n >= 8 && (TERMINAL.test(line) || n >= 25)) {
        paragraphs.push(splitSentences(line));
        return;
      }
      if (n >= 4 && n <= 16 && !TERMINAL.test(line) && !/\d/.test(line) && /^\p{Lu}/u.test(line)) {
        if (headline === null) headline = line;
        else if (line !== headline && !subheads.includes(line)) subheads.push(line);
      }
    });
    articles.push({
      file,
      published: publicationOf(text),
      headline: headline ?? titleFromFile(file),
      paragraphs,
      subheads,
    });
  }

  const registry = parseYaml(await readFile(path.join(projectRoot, 'content', 'actors.yaml'), 'utf8')) as {
    id: string;
    name: string;
    kind?: string;
    aliases?: string[];
    shortNames?: string[];
  }[];
  const people: SeedPerson[] = [];
  for (const actor of registry) {
    if ((actor.kind ?? 'person') !== 'person') continue;
    const forms = [...new Set([actor.name, ...(actor.aliases ?? []), ...(actor.shortNames ?? [])])];
    const handles = forms.filter((f) => f.startsWith('@'));
    const names = forms.filter((f) => !f.startsWith('@'));
    people.push({
      id: actor.id,
      full: names.filter((f) => /\s/.test(f)),
      short: names.filter((f) => !/\s/.test(f)),
      handles,
    });
  }
  const placesYaml = await readFile(path.join(projectRoot, 'content', 'places.yaml'), 'utf8');
  return { articles, questions, embeds, people, registry, placesYaml };
}
