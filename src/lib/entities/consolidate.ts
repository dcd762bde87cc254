/**
 * From name occurrences to entities: one entity per real person, body or place, whatever the
 * spelling. Within an article a short form ("Guterres", "the Queen") refers back to the full
 * name; across articles, names that differ by a letter or two ("Zelensky"/"Zelenskyy") or by
 * accents are one person. The canonical name is the fullest form written most often.
 */
import { SINGULAR_TITLES } from '../lexicon/titles.ts';
import { foldText } from '../names/fold.ts';
import {
  ACRONYM_DEFINITION,
  ACRONYM_SHAPE,
  BODY_NAME_STEM,
  PARTICLE_SURNAME,
  SURNAME_PARTICLE,
  acronymKey,
  addBodyShortForms,
  initialsOf,
} from './bodies.ts';
import { editDistance } from './distance.ts';
import { isCommonWord, isFirstNameWord } from './words.ts';
import type { CraftKind } from '../lexicon/craft-nouns.ts';
import type { EntityType } from './classify.ts';
import type { NameSpan } from './spans.ts';

/** One use of a name in an article. */
export interface Occurrence {
  span: NameSpan;
  type: EntityType;
  article: string;
  line: number;
  column: number;
  /** Link rules (LINK_RULES ids) that joined this use to its entity, as evidence. */
  links?: string[];
}

/** An entity found in the text. */
export interface FoundEntity {
  /** person, organization, place or a craft (vessel, aircraft, other). */
  kind: 'person' | 'organization' | 'place' | CraftKind;
  /** For places: country, city, venue, place. */
  placeKind: string | null;
  /** ISO country of a gazetteer place. */
  country: string | null;
  /** The fullest, most written form. */
  name: string;
  /** Every full form written. */
  aliases: string[];
  /** Forms valid only after a full form in the same article (a surname, "the Queen"). */
  shortNames: string[];
  /** The title written most often before the name, as its role. */
  role: string | null;
  /** Uses, and articles using it. */
  uses: number;
  articles: number;
  /** The rule that typed it most often. */
  rule: string;
  /** The link rules that joined spellings or gave short forms (LINK_RULES ids). */
  links: string[];
  /** First use, for the build report. */
  first: { article: string; line: number; column: number };
}

// How different two spellings of one name may be: a letter per eight (Umerov/Umierov, Osotthanakorn/Osottanakorn).
const LETTERS_PER_EDIT = 8;

/**
 * Consolidate occurrences into entities; words used alone in each article confirm tentative people;
 * `defined` maps an acronym (acronymKey) to the folded name a sentence defined it for.
 */
export function consolidate(
  occurrences: Occurrence[],
  aloneWords: Map<string, Set<string>>,
  defined: ReadonlyMap<string, string> = new Map(),
): FoundEntity[] {
  const people = confirmedPeople(occurrences, aloneWords);
  const others = occurrences.filter((o) => o.type.kind !== 'person' && o.type.kind !== 'skip');
  return [...personEntities(people, aloneWords), ...groupByName(others, defined)];
}

function confirmedPeople(occurrences: Occurrence[], aloneWords: Map<string, Set<string>>): Occurrence[] {
  const people = occurrences.filter((o) => o.type.kind === 'person');
  const sure = new Set(people.filter((o) => !o.type.tentative).map((o) => foldText(o.span.text)));
  // Every ending of two or more words of a sure name, so a shorter form is looked up, not searched for.
  const endings = new Set([...sure].flatMap((n) => wordEndings(n)));
  return people.filter((o) => {
    const folded = foldText(o.span.text);
    // A name that ends a sure one ("Tayyip Erdogan" after "Recep Tayyip Erdoğan") is that person.
    if (!o.type.tentative || sure.has(folded) || endings.has(folded)) return true;
    // "Narongsak Osottanakorn" … "Narongsak said": a part of the name used alone confirms it.
    const alone = aloneWords.get(o.article) ?? new Set();
    return foldText(o.span.text)
      .split(/\s+/)
      .some((w) => alone.has(w));
  });
}

function personEntities(people: Occurrence[], aloneWords: Map<string, Set<string>>): FoundEntity[] {
  const full = people.filter((o) => o.span.text.includes(' '));
  const groups = clusterSpellings(full);
  // "President Macron", "Mr. Lee": a titled surname joins the one full name it ends.
  const bySurname = new Map<string, Occurrence[][]>();
  for (const g of groups)
    for (const w of new Set(g.map((x) => lastWord(x.span.text)))) bySurname.set(w, [...(bySurname.get(w) ?? []), g]);
  for (const o of people.filter((p) => !p.span.text.includes(' '))) {
    const word = foldText(o.span.text);
    const owners = bySurname.get(word) ?? [];
    // "President Sisi" after "Abdel Fattah al-Sisi": the surname without its particle.
    const linked = owners.length === 1 && !owners[0]!.some((x) => foldText(x.span.text).endsWith(` ${word}`));
    if (owners.length === 1) owners[0]!.push(linked ? { ...o, links: [PARTICLE_SURNAME.id] } : o);
    else if (owners.length === 0 && !isCommonWord(o.span.text)) groups.push([o]);
  }
  const surnames = new Map<string, number>();
  for (const g of groups)
    for (const w of new Set(g.map((o) => lastWord(o.span.text)))) surnames.set(w, (surnames.get(w) ?? 0) + 1);
  const titles = new Map<string, number>();
  for (const g of groups)
    for (const t of new Set(g.map((o) => singularTitle(o.span.title)).filter((t) => t !== null)))
      titles.set(t, (titles.get(t) ?? 0) + 1);
  // In how many articles each word is used alone: the short form a headline calls someone by.
  const alone = new Map<string, number>();
  for (const words of aloneWords.values()) for (const w of words) alone.set(w, (alone.get(w) ?? 0) + 1);
  return groups.map((g) => {
    const entity = toEntity(g, 'person');
    const shortNames = new Set<string>();
    for (const form of [...entity.aliases]) {
      const words = form.split(/\s+/);
      const surname = words[words.length - 1]!;
      // A surname only this person bears in the whole corpus names them anywhere ("Zelensky").
      if (surnames.get(foldText(surname)) === 1 && surname.length >= 4 && !isCommonWord(surname))
        entity.aliases.push(surname);
      else shortNames.add(surname);
      // A given name English does not know ("Narongsak") is used alone as a name too; a hyphenated one with a known
      // given name in it ("Jean-Claude") is a given name.
      const given = words[0]!.split('-').some(isFirstNameWord);
      if (words.length >= 2 && !given && !isCommonWord(words[0]!)) shortNames.add(words[0]!);
    }
    for (const o of g) {
      const t = singularTitle(o.span.title);
      if (t && titles.get(t) === 1) shortNames.add(`the ${t}`);
    }
    entity.aliases = [...new Set(entity.aliases)];
    entity.shortNames = mostUsedAloneFirst(entity.aliases, [...shortNames], alone);
    // "Kim Yong Chol" is never "Chol" where no article uses one of its words alone: headlines say it in full.
    const single = [...entity.shortNames, ...entity.aliases].filter((f) => !f.includes(' '));
    if (!single.some((f) => (alone.get(foldText(f)) ?? 0) > 0)) entity.shortNames.unshift(entity.name);
    return entity;
  });
}

// Union of names whose folded spellings are within a letter per eight of each other.
function clusterSpellings(full: Occurrence[]): Occurrence[][] {
  const byName = new Map<string, Occurrence[]>();
  for (const o of full) {
    const key = foldText(o.span.text);
    byName.set(key, [...(byName.get(key) ?? []), o]);
  }
  const names = [...byName.keys()].sort();
  const parent = names.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i]!;
    return i;
  };
  // Spellings of one name keep each word's initial: only names with the same initials are compared.
  const buckets = new Map<string, number[]>();
  names.forEach((n, i) => {
    const key = nameWords(n)
      .map((w) => w[0])
      .join('');
    buckets.set(key, [...(buckets.get(key) ?? []), i]);
  });
  for (const bucket of buckets.values()) {
    for (let x = 0; x < bucket.length; x++) {
      for (let y = x + 1; y < bucket.length; y++) {
        if (sameSpelling(names[bucket[x]!]!, names[bucket[y]!]!)) parent[find(bucket[y]!)] = find(bucket[x]!);
      }
    }
  }
  // "Tayyip Erdogan" within "Recep Tayyip Erdoğan": a shorter full name that ends one longer name only.
  const holders = new Map<string, number[]>();
  names.forEach((n, j) => {
    for (const e of wordEndings(n)) if (e !== n) holders.set(e, [...(holders.get(e) ?? []), j]);
  });
  names.forEach((short, i) => {
    const longer = holders.get(short) ?? [];
    if (longer.length > 0 && new Set(longer.map(find)).size === 1) parent[find(i)] = find(longer[0]!);
  });
  const groups = new Map<number, Occurrence[]>();
  names.forEach((n, i) => {
    groups.set(find(i), [...(groups.get(find(i)) ?? []), ...byName.get(n)!]);
  });
  return [...groups.values()];
}

function sameSpelling(a: string, b: string): boolean {
  const wa = nameWords(a);
  const wb = nameWords(b);
  if (wa.length !== wb.length) return false;
  const budget = Math.max(1, Math.floor(Math.min(a.length, b.length) / LETTERS_PER_EDIT));
  return editDistance(wa.join(' '), wb.join(' '), budget) <= budget;
}

function groupByName(occurrences: Occurrence[], defined: ReadonlyMap<string, string>): FoundEntity[] {
  const groups = new Map<string, Occurrence[]>();
  const keyOf = (o: Occurrence): string =>
    `${o.type.kind}|${o.type.country ?? ''}|${foldText(o.type.canonical ?? o.span.text).replace(/\./g, '')}`;
  for (const o of occurrences) groups.set(keyOf(o), [...(groups.get(keyOf(o)) ?? []), o]);
  // "WGA" after "Writers Guild of America (WGA)": a defined acronym joins the body of its name;
  // "EU" after "European Union": an undefined one the one name of its kind whose initials it spells.
  for (const [key, g] of groups) {
    const acronym = key.split('|')[2]!;
    if (!g.every((o) => ACRONYM_SHAPE.test(o.span.text))) continue;
    const name = defined.get(acronymKey(acronym));
    const prefix = key.slice(0, key.lastIndexOf('|') + 1);
    const keys = [...groups.keys()].filter((k) => k !== key);
    const byDefinition = keys.filter((k) => k.split('|')[2] === name && !k.startsWith('person|'));
    // Defined for a person ("Jo Reyes (AP)") or for nothing found: the initials decide, as for "EU".
    const spelled =
      byDefinition.length === 1
        ? byDefinition
        : keys.filter((k) => k.startsWith(prefix) && initialsOf(k.split('|')[2]!) === acronymKey(acronym));
    if (spelled.length !== 1) continue;
    const linked = byDefinition.length === 1 ? g.map((o) => ({ ...o, links: [ACRONYM_DEFINITION.id] })) : g;
    groups.get(spelled[0]!)!.push(...linked);
    groups.delete(key);
  }
  joinStems(groups);
  const entities = [...groups.values()].map((g) => toEntity(g, g[0]!.type.kind as FoundEntity['kind']));
  const bodies = entities.filter((e) => e.kind === 'organization');
  addBodyShortForms(bodies);
  return entities;
}

// "Writers Guild" and "Writers Guild of America": a body's name without its "of …" is the one body it opens.
function joinStems(groups: Map<string, Occurrence[]>): void {
  const bodies = [...groups.keys()].filter((k) => k.startsWith('organization|'));
  for (const key of bodies) {
    const name = key.split('|')[2]!;
    if (!name.includes(' ') || name.includes(' of ')) continue;
    const longer = bodies.filter((k) => k.split('|')[2]!.startsWith(`${name} of `) && groups.has(k));
    if (longer.length !== 1) continue;
    groups.get(longer[0]!)!.push(...groups.get(key)!.map((o) => ({ ...o, links: [BODY_NAME_STEM.id] })));
    groups.delete(key);
  }
}

function toEntity(g: Occurrence[], kind: FoundEntity['kind']): FoundEntity {
  const count = (values: string[]): [string, number][] => {
    const m = new Map<string, number>();
    for (const v of values) m.set(v, (m.get(v) ?? 0) + 1);
    return [...m];
  };
  // The canonical form: the fullest, then the most written, never a shouted "OSLO" when "Oslo" is written.
  const shouted = (f: string): number => Number(f.length > 3 && f === f.toUpperCase());
  const forms = count(g.map((o) => o.span.text)).sort(
    (a, b) =>
      shouted(a[0]) - shouted(b[0]) ||
      b[0].split(' ').length - a[0].split(' ').length ||
      b[1] - a[1] ||
      b[0].length - a[0].length ||
      (a[0] < b[0] ? -1 : 1),
  );
  const rules = count(g.map((o) => o.type.rule)).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const roles = count(g.map((o) => o.span.title).filter((t): t is string => t !== null && !HONORIFIC.test(t))).sort(
    (a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1),
  );
  const first = [...g].sort((a, b) => (a.article < b.article ? -1 : a.article > b.article ? 1 : a.line - b.line))[0]!;
  return {
    kind,
    placeKind: g[0]!.type.placeKind ?? null,
    country: g[0]!.type.country ?? null,
    // The name as the articles write it ("Russia"), the gazetteer's only when they shout it ("OSLO").
    name: shouted(forms[0]![0]) && g[0]!.type.canonical ? g[0]!.type.canonical : forms[0]![0],
    aliases: forms.map((f) => f[0]).filter((f) => kind !== 'person' || f.includes(' ')),
    shortNames: [],
    role: roles[0]?.[0] ?? null,
    uses: g.length,
    articles: new Set(g.map((o) => o.article)).size,
    rule: rules[0]![0],
    links: [...new Set(g.flatMap((o) => o.links ?? []))].sort(),
    first: { article: first.article, line: first.line, column: first.column },
  };
}

/**
 * The short forms, the one the articles use alone most (in most articles) first, since a headline
 * calls the person by it: "Musk", not the given name "Elon"; "Narongsak", where the text says so. A
 * surname that is also an alias leads only when used alone more than any given name.
 */
function mostUsedAloneFirst(aliases: string[], shortNames: string[], alone: Map<string, number>): string[] {
  const articles = (form: string): number => alone.get(foldText(form)) ?? 0;
  const promoted = aliases.filter((a) => !a.includes(' '));
  const ranked = [...promoted, ...shortNames].sort((a, b) => articles(b) - articles(a));
  const lead = ranked[0] !== undefined && promoted.includes(ranked[0]) && articles(ranked[0]) > 0 ? [ranked[0]] : [];
  return [...new Set([...lead, ...ranked.filter((f) => !aliases.includes(f))])];
}

// "Mr.", "Dr", "Sir": how a person is addressed, not what they do.
const HONORIFIC = /^(?:mr|mrs|ms|miss|dr|sir|dame|mx)\.?$/i;
// "recep tayyip erdogan" → ["recep tayyip erdogan", "tayyip erdogan"]: the endings of two words or more.
const wordEndings = (name: string): string[] => {
  const words = name.split(' ');
  return words.slice(0, -1).map((_, k) => words.slice(k).join(' '));
};
const lastWord = (name: string): string => withoutParticle(foldText(name.split(/\s+/).pop()!));
// "al-sisi", "el-sisi" → "sisi": a surname read without the particle joined to it by a hyphen.
const withoutParticle = (word: string): string => word.replace(SURNAME_PARTICLE, '');
// "kim jong-un" → ["kim", "jong", "un"]: a hyphen inside a name parts words as a space does ("Kim Jong Un").
const nameWords = (name: string): string[] => name.split(' ').flatMap((w) => withoutParticle(w).split('-'));
const singularTitle = (title: string | null): string | null => {
  const head = title ? foldText(title.split(/\s+/).pop()!).replace(/\.$/, '') : null;
  return head && SINGULAR_TITLES.has(head) ? head : null;
};
