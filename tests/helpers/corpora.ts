/** Every story a test can build: the seeds (the site's own content) and each held-out story in tests/gold/. */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const GOLD = path.join(ROOT, 'tests', 'gold');

/** Name and project root of each corpus, seeds first, then the held-out stories in name order. */
export const CORPORA: { name: string; root: string }[] = [
  { name: 'seeds', root: ROOT },
  ...readdirSync(GOLD)
    .filter((d) => existsSync(path.join(GOLD, d, 'content', 'articles')))
    .sort()
    .map((d) => ({ name: d, root: path.join(GOLD, d) })),
];
