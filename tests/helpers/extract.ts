/**
 * Extracting a fixture folder's article.txt as the build does: the names the article itself
 * yields (recognition) completed by the folder's own (or the shared) registry, which only holds
 * what the text cannot give, each entry with its reason.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadRegistry } from '../../src/read/index.ts';
import { decodeArticle } from '../../src/read/index.ts';
import { parseArticle } from '../../src/parse/index.ts';
import { datePublications } from '../../src/pubdate/index.ts';
import { extractMentions } from '../../src/extract/index.ts';
import { recogniseEntities } from '../../src/recognise/index.ts';
import { createMatcher } from '../../src/lib/names/matcher.ts';

// Cases without their own actors.yaml use the shared registry of this folder.
const SHARED_REGISTRY = path.join(import.meta.dirname, '..', 'fixtures', 'extract', '_registry');

/** Extract the mentions of a fixture folder's article.txt with the names it yields and its (or the shared) registry. */
export async function extractFixture(dir: string) {
  const registry = await loadRegistry(existsSync(path.join(dir, 'actors.yaml')) ? dir : SHARED_REGISTRY, '.');
  const read = decodeArticle('article.txt', readFileSync(path.join(dir, 'article.txt')), new Map());
  const [article] = datePublications([parseArticle(read.source!, read.file)], new Map([[read.source!.id, read.file]]));
  const known = recogniseEntities([article!], registry);
  return extractMentions(article!, {
    findActors: createMatcher(
      known.actors.map((a) => ({ id: a.id, full: [a.name, ...a.aliases], short: a.shortNames })),
    ),
    findPlaces: createMatcher(known.places.map((p) => ({ id: p.id, full: [p.name, ...p.aliases], short: [] }))),
  });
}
