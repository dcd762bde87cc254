/**
 * Nouns for craft, the things news names like people: ships, aircraft, spacecraft. Written
 * beside a capitalised name ("the container ship Dali", "the Titan submersible") they say the
 * name is the craft's, whatever else the name spells (a city, a country, a first name).
 */

/** The actor kind a craft noun gives the name beside it. */
export type CraftKind = 'vessel' | 'aircraft' | 'other';

const VESSELS = [
  'ship',
  'vessel',
  'boat',
  'freighter',
  'tanker',
  'ferry',
  'liner',
  'yacht',
  'trawler',
  'barge',
  'tug',
  'tugboat',
  'dredger',
  'cutter',
  'frigate',
  'destroyer',
  'cruiser',
  'carrier',
  'corvette',
  'warship',
  'submarine',
  'submersible',
  'icebreaker',
  'schooner',
];
const AIRCRAFT = ['aircraft', 'airliner', 'plane', 'jet', 'jetliner', 'helicopter', 'airship'];
const SPACECRAFT = ['spacecraft', 'lander', 'rover', 'probe', 'capsule', 'satellite', 'orbiter', 'module'];

/** Craft noun → kind, folded. */
export const CRAFT_NOUNS: ReadonlyMap<string, CraftKind> = new Map<string, CraftKind>([
  ...VESSELS.map((w): [string, CraftKind] => [w, 'vessel']),
  ...AIRCRAFT.map((w): [string, CraftKind] => [w, 'aircraft']),
  ...SPACECRAFT.map((w): [string, CraftKind] => [w, 'other']),
]);

/** The kinds a craft noun gives. */
export const CRAFT_KINDS: ReadonlySet<string> = new Set(CRAFT_NOUNS.values());

/**
 * Craft nouns that may also follow the name ("the Titan submersible", "the Vikram lander"):
 * not those a maker's or operator's name stands before ("the Boeing jet", "the Navy ship").
 */
export const CRAFT_NOUNS_AFTER_NAME = new Set(['submersible', 'submarine', 'spacecraft', 'lander', 'rover', 'probe']);
