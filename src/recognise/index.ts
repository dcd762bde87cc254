/**
 * The recognition stage: people, bodies and places found in the articles' own words, so a
 * story needs no registry. The registries stay as corrections: an entry the text also yields
 * takes the found spellings as aliases and keeps its own id, name, kind and role.
 */
import type { Actor, Article, Place } from '../types.ts';
import { type EntityType, classifySpan } from '../lib/entities/classify.ts';
import { type FoundEntity, type Occurrence, consolidate } from '../lib/entities/consolidate.ts';
import { type NameSpan, nameSpans } from '../lib/entities/spans.ts';
import { retypeCraftNames } from '../lib/entities/retype.ts';
import { ACRONYM_DEFINITION, SIGNATURE_AUTHOR, acronymDefinitions, acronymKey } from '../lib/entities/bodies.ts';
import { foldText } from '../lib/names/fold.ts';
import { authorOfSignature } from '../lib/names/signature.ts';
import { slugify } from '../lib/slug/index.ts';

/** The registries completed with what the text names. */
export interface Recognition {
  /** Registered actors (with found spellings added) and found ones. */
  actors: Actor[];
  /** Registered places and found ones. */
  places: Place[];
  /** What was found and is in no registry, for the build report. */
  discovered: FoundEntity[];
}

// "ISTANBUL, June 3 (Example Wire) –": the agency of a dateline is the publisher, not an actor.
const DATELINE_AGENCY = /^[^(]{2,60}\(([^)]{2,60})\)\s*[–—-]/u;

/** Find the entities of every article and fold them into the registries. */
export function recogniseEntities(articles: Article[], registry: { actors: Actor[]; places: Place[] }): Recognition {
  const occurrences: Occurrence[] = [];
  const aloneWords = new Map<string, Set<string>>();
  const publishers = new Set<string>();
  const defined = new Map<string, string>();
  for (const article of articles) {
    if (article.publisher) publishers.add(foldText(article.publisher));
    const alone = new Set<string>();
    for (const sentence of article.sentences) {
      const agency = DATELINE_AGENCY.exec(sentence.text)?.[1];
      if (agency && sentence.index < 3) publishers.add(foldText(agency));
      const spans = nameSpans(sentence.text);
      const definedNames = definitionsIn(sentence.text, spans, defined);
      for (const span of spans) {
        if (!span.text.includes(' ')) alone.add(foldText(span.text));
        const type = definedBody(classifySpan(span), definedNames.has(span));
        if (!type || type.kind === 'skip') continue;
        occurrences.push({
          span,
          type,
          article: article.id,
          line: sentence.line,
          column: sentence.column + span.start,
        });
      }
    }
    occurrences.push(...signatureAuthors(article));
    aloneWords.set(article.id, alone);
  }
  const found = consolidate(retypeCraftNames(occurrences), aloneWords, defined).filter(
    (e) => !e.aliases.some((a) => publishers.has(foldText(a))),
  );
  return foldIntoRegistry(found, registry);
}

// An embedded post's signature ("– Volodymyr Zelenskyy (@ZelenskyyUa) May 15, 2025") names its author as
// the post spells the name: a spelling of someone the articles name, or someone they name only there.
function signatureAuthors(article: Article): Occurrence[] {
  const out: Occurrence[] = [];
  for (const f of article.furniture) {
    const author = f.reason === 'embed-signature' ? authorOfSignature(f.text) : null;
    for (const span of author ? nameSpans(author) : []) {
      const type = classifySpan(span);
      if (type && type.kind !== 'skip')
        out.push({ span, type, article: article.id, line: f.line, column: 1, links: [SIGNATURE_AUTHOR.id] });
    }
  }
  return out;
}

// A name defined with an acronym ("Harbour Pilots Collective (HPC)") is a body unless a rule typed it
// as something else for sure: untyped, or only perhaps a person, it is a body.
function definedBody(type: EntityType | null, defined: boolean): EntityType | null {
  if (!defined || (type && (type.kind !== 'person' || !type.tentative))) return type;
  return { kind: 'organization', rule: ACRONYM_DEFINITION.id };
}

// The acronyms a sentence defines, kept in `defined` (first definition wins); the names defined.
function definitionsIn(text: string, spans: NameSpan[], defined: Map<string, string>): Set<NameSpan> {
  const names = new Set<NameSpan>();
  for (const { name, acronym } of acronymDefinitions(text, spans)) {
    if (!defined.has(acronymKey(acronym.text)))
      defined.set(acronymKey(acronym.text), foldText(name.text).replace(/\./g, ''));
    names.add(name);
  }
  return names;
}

function foldIntoRegistry(found: FoundEntity[], registry: { actors: Actor[]; places: Place[] }): Recognition {
  const actors = registry.actors.map((a) => ({ ...a, aliases: [...a.aliases] }));
  const places = registry.places.map((p) => ({ ...p, aliases: [...p.aliases] }));
  const owner = new Map<string, Actor | Place>();
  for (const entry of [...actors, ...places]) {
    const short = 'shortNames' in entry ? (entry as Actor).shortNames : [];
    for (const form of [entry.name, ...entry.aliases, ...short]) owner.set(foldText(form), entry);
  }
  const ids = { actor: new Set(actors.map((a) => a.id)), place: new Set(places.map((p) => p.id)) };
  const discovered: FoundEntity[] = [];
  for (const entity of found) {
    const registered = [entity.name, ...entity.aliases].map((f) => owner.get(foldText(f))).find((e) => e !== undefined);
    if (registered) {
      // A registered entry learns the spellings the text uses; its own fields stay as written.
      for (const form of entity.aliases)
        if (form.includes(' ') && !owner.has(foldText(form))) registered.aliases.push(form);
      continue;
    }
    const kind = entity.kind === 'place' ? 'place' : 'actor';
    const id = uniqueId(slugify(entity.name), ids[kind]);
    if (entity.kind === 'place')
      places.push({
        id,
        name: entity.name,
        kind: entity.placeKind ?? 'place',
        country: entity.country,
        aliases: entity.aliases,
      });
    else
      actors.push({
        id,
        name: entity.name,
        kind: entity.kind,
        role: entity.role,
        country: null,
        wikidata: null,
        aliases: entity.aliases,
        shortNames: entity.shortNames,
      });
    for (const form of entity.aliases)
      owner.set(foldText(form), entity.kind === 'place' ? places[places.length - 1]! : actors[actors.length - 1]!);
    discovered.push(entity);
  }
  const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return { actors: actors.sort(byId), places: places.sort(byId), discovered };
}

function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}
