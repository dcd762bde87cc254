/**
 * Reading the story's registries: content/actors.yaml and content/places.yaml. Each entry is
 * validated with zod; a bad entry is reported and skipped, never guessed at.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { VFile } from 'vfile';
import type { z } from 'zod';
import type { Actor, Place } from '../types.ts';
import { ActorEntrySchema, PlaceEntrySchema } from '../schemas.ts';
import { catalogue, fail, warn } from '../lib/report/index.ts';
import { cleanLabel } from '../lib/text/index.ts';
import { loadYaml } from './yaml.ts';

/** The story's actors and places, and the messages from reading them. */
export interface Registry {
  /** Actors, sorted by id. */
  actors: Actor[];
  /** Places, sorted by id. */
  places: Place[];
  /** Messages, one VFile per registry file. */
  files: VFile[];
}

async function readList<T extends { id: string; name: string }>(
  root: string,
  relative: string,
  schema: z.ZodType<T>,
): Promise<{ items: T[]; file: VFile }> {
  const file = new VFile({ path: relative });
  let text: string;
  try {
    text = await readFile(path.join(root, relative), 'utf8');
  } catch {
    return { items: [], file };
  }
  const { data, lineOf } = loadYaml(text, file, catalogue.registrySyntax);
  if (data === undefined || data === null) return { items: [], file };
  if (!Array.isArray(data)) {
    fail(file, catalogue.registrySyntax('the top level must be a list of entries'));
    return { items: [], file };
  }
  const items: T[] = [];
  const seen = new Set<string>();
  data.forEach((raw, index) => {
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = [index, ...(issue?.path ?? [])].filter((k): k is string | number => typeof k !== 'symbol');
      const reason = `${issue?.path.join('.') || 'entry'}: ${issue?.message ?? 'invalid'}`;
      warn(file, catalogue.registryEntry(index, reason), lineOf(where));
      return;
    }
    const id = parsed.data.id;
    if (seen.has(id)) {
      warn(file, catalogue.registryEntry(index, `id "${id}" is used twice`), lineOf([index, 'id']));
      return;
    }
    seen.add(id);
    items.push(cleanNames(parsed.data, file, (key) => lineOf([index, key])));
  });
  return { items, file };
}

/** Names as they are matched and shown: without bidi or control characters, which are reported. */
function cleanNames<T extends { name: string }>(entry: T, file: VFile, lineOf: (key: string) => number): T {
  const out: Record<string, unknown> = { ...entry };
  for (const key of ['name', 'aliases', 'shortNames']) {
    const value = out[key];
    const cleaned = Array.isArray(value)
      ? value.map((v: string) => cleanLabel(v))
      : typeof value === 'string'
        ? cleanLabel(value)
        : value;
    if (JSON.stringify(cleaned) !== JSON.stringify(value)) {
      warn(file, catalogue.registryCharacters(key), lineOf(key));
      out[key] = cleaned;
    }
  }
  return out as T;
}

/** Load and validate the actor registry and the place gazetteer. */
export async function loadRegistry(root: string, contentDir = 'content'): Promise<Registry> {
  const actors = await readList(root, `${contentDir}/actors.yaml`, ActorEntrySchema);
  const places = await readList(root, `${contentDir}/places.yaml`, PlaceEntrySchema);
  return {
    actors: actors.items
      .map((a) => ({ ...a, role: a.role ?? null, country: a.country ?? null, wikidata: a.wikidata ?? null }))
      .sort((a, b) => a.id.localeCompare(b.id)),
    places: places.items.map((p) => ({ ...p, country: p.country ?? null })).sort((a, b) => a.id.localeCompare(b.id)),
    files: [actors.file, places.file],
  };
}
