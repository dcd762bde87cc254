/** Temporary content roots built from tests/fixtures/corpora/<name>/ for build-level tests. */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const REPO = path.resolve(import.meta.dirname, '..', '..');
export const CORPORA = path.join(REPO, 'tests', 'fixtures', 'corpora');

/** A fresh content root holding a corpus's registry, if it has one, and the articles of one version folder. */
export function contentRoot(corpus: string, version = 'v1'): string {
  const root = mkdtempSync(path.join(tmpdir(), `timeline-${corpus}-`));
  mkdirSync(path.join(root, 'content', 'articles'), { recursive: true });
  // A corpus whose text names everyone has no registry; one that tests the registry itself has one.
  for (const kind of ['actors', 'places']) {
    const registry = path.join(CORPORA, corpus, `registry-${kind}.yaml`);
    if (existsSync(registry)) copyFileSync(registry, path.join(root, 'content', `${kind}.yaml`));
  }
  addArticles(root, corpus, version);
  return root;
}

/** Copy the articles of a version folder into a content root. */
export function addArticles(root: string, corpus: string, version: string): void {
  cpSync(path.join(CORPORA, corpus, version), path.join(root, 'content', 'articles'), { recursive: true });
}

/** Every file under a directory, relative, sorted. */
export function listFiles(dir: string, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory() ? listFiles(path.join(dir, e.name), base) : [path.relative(base, path.join(dir, e.name))],
    )
    .sort();
}

/** The events export of a built site. */
export function eventsOf(
  site: string,
): { id: string; title: string; aliases: string[]; sources: { article: string; quote: string }[] }[] {
  return JSON.parse(readFileSync(path.join(site, 'api', 'events.json'), 'utf8')).events;
}
