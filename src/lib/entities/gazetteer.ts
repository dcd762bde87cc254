/**
 * Place lookups against the gazetteer index (./gazetteer-index.ts). The index is built from the
 * packages on first use, unless the build installed one it had stored (useGazetteerIndex), which
 * costs a JSON read instead of decoding every city of the world.
 */
import { foldText } from '../names/fold.ts';
import { type GazetteerIndex, type GazetteerPlace, buildGazetteerIndex } from './gazetteer-index.ts';

export type { GazetteerPlace } from './gazetteer-index.ts';

let loaded: { places: Map<string, GazetteerPlace>; demonyms: Set<string> } | null = null;

/** Use a stored index (built by buildGazetteerIndex from the same package versions) instead of building one. */
export function useGazetteerIndex(index: GazetteerIndex): void {
  loaded = { places: new Map(index.places), demonyms: new Set(index.demonyms) };
}

/** Whether an index is in memory (installed or built). */
export const gazetteerLoaded = (): boolean => loaded !== null;

function load(): NonNullable<typeof loaded> {
  if (!loaded) useGazetteerIndex(buildGazetteerIndex());
  return loaded!;
}

/** The place a whole name denotes, if the gazetteer knows it. */
export function lookupPlace(name: string): GazetteerPlace | null {
  return load().places.get(foldText(name)) ?? null;
}

/** Whether a word is a nationality ("Ukrainian", "French"): an adjective, not an actor. */
export function isDemonym(word: string): boolean {
  const folded = foldText(word);
  return load().demonyms.has(folded) || load().demonyms.has(folded.replace(/s$/, ''));
}
