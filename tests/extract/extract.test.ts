import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRegistry } from '../../src/read/index.ts';
import { decodeArticle } from '../../src/read/index.ts';
import { parseArticle } from '../../src/parse/index.ts';
import { datePublications } from '../../src/date/index.ts';
import { extractMentions } from '../../src/extract/index.ts';
import { createMatcher } from '../../src/lib/names/matcher.ts';
import { expectFixture, fixtureCases } from '../helpers/fixtures.ts';

/** Extract the mentions of a fixture folder's article.txt with its own actors.yaml and places.yaml. */
async function extractFixture(dir: string) {
  const registry = await loadRegistry(dir, '.');
  const read = decodeArticle('article.txt', readFileSync(path.join(dir, 'article.txt')), new Map());
  const [article] = datePublications([parseArticle(read.source!, read.file)], new Map([[read.source!.id, read.file]]));
  return extractMentions(article!, {
    findActors: createMatcher(registry.actors.map((a) => ({ id: a.id, full: [a.name, ...a.aliases], short: a.shortNames }))),
    findPlaces: createMatcher(registry.places.map((p) => ({ id: p.id, full: [p.name, ...p.aliases], short: [] }))),
  });
}

describe('extract fixtures', () => {
  for (const c of fixtureCases('extract')) {
    it(c.name, async () => {
      const { mentions, unknownPeople } = await extractFixture(c.dir);
      expectFixture(c.dir, {
        mentions: mentions.map((m) => ({
          id: m.id.split('#')[1],
          date: m.date,
          dateText: m.dateText,
          dateSource: m.dateSource,
          status: m.status,
          actors: m.actors,
          places: m.places,
          tiedTo: m.tiedTo?.split('#')[1] ?? null,
        })),
        unknownPeople: unknownPeople.map((p) => p.name),
      });
    });
  }
});

describe('extract rules', () => {
  it('splits "A met B in X, while C reached Y" into two clauses with their own places', async () => {
    const { mentions } = await extractFixture(path.join(import.meta.dirname, '..', 'fixtures', 'extract', 'status-and-clauses'));
    const monday = mentions.filter((m) => m.quote.startsWith('Prime Minister Ana Lopes met'));
    expect(monday.map((m) => m.places)).toEqual([['porto'], ['braga']]);
    expect(monday.map((m) => m.date?.start)).toEqual(['2024-03-04', '2024-03-04']);
  });
  it('never dates an event by "since 2001"', async () => {
    const { mentions } = await extractFixture(path.join(import.meta.dirname, '..', 'fixtures', 'extract', 'status-and-clauses'));
    expect(mentions.some((m) => m.date?.start === '2001')).toBe(false);
  });
  it('marks scheduled and future-dated clauses as planned, reported ones as happened', async () => {
    const { mentions } = await extractFixture(path.join(import.meta.dirname, '..', 'fixtures', 'extract', 'status-and-clauses'));
    const byDate = Object.fromEntries(mentions.filter((m) => m.date).map((m) => [m.date!.start, m.status]));
    expect(byDate).toMatchObject({ '2024-03-04': 'happened', '2024-03-12': 'planned', '2024-03-14': 'planned' });
  });
  it('matches short names only after a full name in the same article', async () => {
    const { mentions } = await extractFixture(path.join(import.meta.dirname, '..', 'fixtures', 'extract', 'status-and-clauses'));
    expect(mentions.find((m) => m.date?.start === '2024-03-12')!.actors).toEqual(['ana-lopes']);
  });
});
