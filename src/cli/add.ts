/**
 * `npm run add -- <file>`: copy an article into content/articles under a clean name, fill in
 * its front matter as far as the text allows (title, publication date with its evidence,
 * publisher), and preview what it adds: new events, events it joins, unknown people.
 */
import { writeFile, access } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'yaml';
import { MAX_ARTICLE_BYTES, type ReadResult, decodeArticle, readBounded } from '../read/index.ts';
import { parseArticle } from '../parse/index.ts';
import { datePublication } from '../pubdate/index.ts';
import { runPipeline } from '../build/pipeline.ts';
import { slugify } from '../lib/slug/index.ts';
import { type CatalogueEntry, catalogue, formatProblem, problemsOf } from '../lib/report/index.ts';
import { printErr, printOut } from './print.ts';
import { dateLabel } from '../publish/labels.ts';
import type { Article, Publication, SourceFile } from '../types.ts';
import { publisherOf } from '../publish/attribution.ts';

type Publisher = { name: string; from: string } | null;

/** Run the add command; returns the exit code. */
export async function add(root: string, args: string[]): Promise<number> {
  const input = args.find((a) => !a.startsWith('-'));
  if (!input) {
    printErr('Usage: npm run add -- <file.txt|file.md>');
    return 2;
  }
  const read = await readInput(input);
  if (!read) return 1;
  const parsed = parseArticle(read.source, read.file);
  const publication = datePublication(parsed);
  const article = parsed.article;
  const name = await freeName(
    root,
    slugify(article.title ?? path.basename(input).replace(/\.[^.]+$/, ''), 60),
    path.extname(input).toLowerCase() === '.md' ? '.md' : '.txt',
  );

  const before = await runPipeline({ root });
  const known = new Set(before.events.map((e) => e.id));
  // The publisher the text names: a wire dateline's "(Example Wire)", a byline, a copyright line.
  const publisher = publisherOf(article);
  const target = path.join(root, 'content', 'articles', name);
  // 'wx': never overwrite an article that appeared meanwhile.
  await writeFile(target, withFrontMatter(read.source.text, article, publication, publisher), { flag: 'wx' });

  const after = await runPipeline({ root });
  const lines = [
    `Added content/articles/${name}`,
    `  title: ${article.title ?? '(none found)'}`,
    `  publisher: ${publisher ? `${publisher.name} (from the ${publisher.from})` : NO_PUBLISHER}`,
    `  published: ${publication.date ?? 'unknown'} (${publication.from}${
      publication.evidence ? `: ${publication.evidence}` : ''
    })`,
    '',
    ...whatItAdds(after, name, known),
    '',
    'Run `npm run build` to publish it.',
  ];
  printOut(...lines);
  return 0;
}

const NO_PUBLISHER = 'none found: add `publisher:` to the front matter';

/**
 * The file text with its front matter replaced by what the text shows: title, publisher, url,
 * and the publication date with its evidence as a comment (commented out when only a guess).
 */
function withFrontMatter(source: string, article: Article, publication: Publication, publisher: Publisher): string {
  const front: Record<string, string> = {};
  if (article.title) front.title = article.title;
  if (publisher) front.publisher = publisher.name;
  if (article.url) front.url = article.url;
  const comments: string[] = [];
  if (publication.date && publication.from !== 'inferred') {
    front.date = publication.date;
    comments.push(`# date from ${publication.from}: ${publication.evidence ?? ''}`.replace(/\n/g, ' '));
  } else if (publication.date) {
    comments.push(`# date: ${publication.date}   (a guess: ${publication.evidence}; uncomment once checked)`);
  } else {
    comments.push('# date: YYYY-MM-DD   (no publication date found in the text; add it if you know it)');
  }
  const body = source.replace(/^---[^\n]*\n[\s\S]*?\n---[ \t]*\n/, '');
  return `---\n${stringify(front).trimEnd()}\n${comments.join('\n')}\n---\n${body}`;
}

/** The preview: events the new file creates or joins, people the registry lacks, other problems. */
function whatItAdds(after: Awaited<ReturnType<typeof runPipeline>>, name: string, known: Set<string>): string[] {
  const id = name.replace(/\.[^.]+$/, '');
  const mine = after.events.filter((e) => e.mentions.some((m) => m.article === id));
  const joined = mine.filter((e) => known.has(e.id));
  const created = mine.filter((e) => !known.has(e.id));
  const lines = [
    `New events (${created.length}):`,
    ...created.map((e) => `  + ${dateLabel(e.date)}  ${e.title}  /events/${e.id}/`),
    `Events it adds a source to (${joined.length}):`,
    ...joined.map((e) => `  = ${dateLabel(e.date)}  ${e.title}  /events/${e.id}/`),
  ];
  const problems = after.problems.filter((p) => p.file.endsWith(`/${name}`));
  const unknown = problems.filter((p) => p.code === 'extract/unknown-person');
  lines.push(
    `People not in content/actors.yaml (${unknown.length}):`,
    ...unknown.map((p) => `  ? ${p.message.split('"')[1]}  (${p.file}:${p.line})`),
  );
  const other = problems.filter((p) => p.code !== 'extract/unknown-person');
  if (other.length) lines.push('Problems:', ...other.map((p) => `  ${formatProblem(p)}`));
  return lines;
}

/** Read and decode the file to add; problems are printed and null returned. */
async function readInput(input: string): Promise<(ReadResult & { source: SourceFile }) | null> {
  const bounded = await readBounded(input);
  const problem = (entry: CatalogueEntry) =>
    formatProblem({ file: input, line: 1, column: 1, code: entry.code, message: entry.message, severity: 'error' });
  if (!bounded.ok) {
    const unreadable = {
      code: 'add/unreadable',
      message: `The file cannot be read (${bounded.code ?? 'error'}). Check the path.`,
    };
    printErr(problem(bounded.why === 'unreadable' ? unreadable : catalogue.unreadableFile(bounded.why)));
    return null;
  }
  // Adding copies the file into the content: a file over the cap is refused whole, not cut.
  if (bounded.size > MAX_ARTICLE_BYTES) {
    const message =
      `The file has ${bounded.size} bytes, more than the ${MAX_ARTICLE_BYTES} an ` +
      `article may have, so it was not added. Split it into its articles.`;
    printErr(problem({ code: 'add/too-large', message }));
    return null;
  }
  const read = decodeArticle(input, bounded.bytes, new Map());
  if (!read.source) {
    for (const p of problemsOf(read.file)) printErr(formatProblem(p));
    return null;
  }
  return { source: read.source, file: read.file };
}

async function freeName(root: string, base: string, ext: string): Promise<string> {
  for (let n = 1; ; n++) {
    const name = `${base}${n > 1 ? `-${n}` : ''}${ext}`;
    const taken = await access(path.join(root, 'content', 'articles', name)).then(
      () => true,
      () => false,
    );
    if (!taken) return name;
  }
}
