/**
 * The recognition stage, case by case: each folder of tests/fixtures/recognise/ holds articles
 * (and optionally an actors.yaml registry) and an expected.yaml saying which entities must be
 * found, with which kind, role and spellings, and which names must not become entities.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { VFile } from 'vfile';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/index.ts';
import { datePublications } from '../../src/pubdate/index.ts';
import { recogniseEntities } from '../../src/recognise/index.ts';
import { foldText } from '../../src/lib/names/fold.ts';
import type { Actor, Place } from '../../src/types.ts';
import { fixtureCases } from '../helpers/fixtures.ts';

interface Expected {
  present?: {
    id?: string;
    name: string;
    kind?: string;
    placeKind?: string;
    role?: string | null;
    aliases?: string[];
    short?: string[];
    /** Link rules the discovered entity names as evidence (LINK_RULES ids). */
    links?: string[];
  }[];
  absent?: string[];
  /** The short form a headline calls an entity by (its first), by name. */
  firstShort?: Record<string, string>;
  /** Short forms an entity must not have, by name. */
  notShort?: Record<string, string[]>;
  discoveredAbsent?: string[];
  count?: { person?: number; place?: number };
}

function recognise(dir: string) {
  const folder = path.join(dir, 'articles');
  const parsed = readdirSync(folder)
    .sort()
    .map((name) => {
      const text = readFileSync(path.join(folder, name), 'utf8');
      const source = { id: name.replace(/\.\w+$/, ''), path: `articles/${name}`, text, hash: name, encoding: 'utf-8' };
      return parseArticle(source, new VFile({ path: source.path }));
    });
  const articles = datePublications(parsed, new Map());
  const registry = existsSync(path.join(dir, 'actors.yaml'))
    ? (parse(readFileSync(path.join(dir, 'actors.yaml'), 'utf8')) as Partial<Actor>[])
    : [];
  const actors = registry.map(
    (a) => ({ kind: 'person', role: null, country: null, wikidata: null, aliases: [], shortNames: [], ...a }) as Actor,
  );
  return recogniseEntities(articles, { actors, places: [] });
}

const named = (entries: (Actor | Place)[], name: string) =>
  entries.find((e) => foldText(e.name) === foldText(name) || e.aliases.some((a) => foldText(a) === foldText(name)));

describe('recognise: people, bodies and places from the text alone', () => {
  for (const { name, dir } of fixtureCases('recognise')) {
    it(name, () => {
      const expected = parse(readFileSync(path.join(dir, 'expected.yaml'), 'utf8')) as Expected;
      const { actors, places, discovered } = recognise(dir);
      const all = [
        ...actors.map((a) => ({ ...a, group: a.kind })),
        ...places.map((p) => ({ ...p, group: 'place', placeKind: p.kind })),
      ];
      for (const want of expected.present ?? []) {
        const got = (want.id ? all.find((e) => e.id === want.id) : named(all, want.name)) as (typeof all)[number] & {
          role?: string | null;
          shortNames?: string[];
          placeKind?: string;
        };
        expect(got, `${want.name} should be found`).toBeDefined();
        expect(got.name).toBe(want.name);
        if (want.kind) expect(got.group).toBe(want.kind);
        if (want.placeKind) expect(got.placeKind).toBe(want.placeKind);
        if (want.role) expect(got.role).toBe(want.role);
        if (want.role === null) expect(got.role ?? null, `${want.name} has no role`).toBeNull();
        for (const a of want.aliases ?? []) expect(got.aliases).toContain(a);
        // A short form may be a full alias when no one else in the corpus bears it.
        for (const s of want.short ?? [])
          expect([...(got.shortNames ?? []), ...got.aliases].map(foldText)).toContain(foldText(s));
        const evidence = discovered.find((d) => d.name === want.name)?.links ?? [];
        for (const l of want.links ?? []) expect(evidence, `${want.name} linked by ${l}`).toContain(l);
      }
      for (const [name, forms] of Object.entries(expected.notShort ?? {})) {
        const got = named(all, name) as { shortNames?: string[] } | undefined;
        for (const f of forms) expect(got?.shortNames ?? [], `${name} has no short form ${f}`).not.toContain(f);
      }
      for (const [name, form] of Object.entries(expected.firstShort ?? {}))
        expect((named(all, name) as { shortNames?: string[] } | undefined)?.shortNames?.[0], name).toBe(form);
      for (const absent of expected.absent ?? []) expect(named(all, absent), `${absent} is no entity`).toBeUndefined();
      for (const absent of expected.discoveredAbsent ?? []) expect(discovered.map((d) => d.name)).not.toContain(absent);
      if (expected.count?.person !== undefined)
        expect(actors.filter((a) => a.kind === 'person')).toHaveLength(expected.count.person);
      if (expected.count?.place !== undefined) expect(places).toHaveLength(expected.count.place);
    });
  }
});
