/**
 * Types that hold across the corpus, applied by recognition before consolidation: a name a
 * craft noun typed once ("the ship Dali") is that craft in every article, and a one-word city
 * the text keeps writing as "the X" that does things is a thing, not the city.
 */
import nlp from 'compromise';
import { CRAFT_KINDS } from '../lexicon/craft-nouns.ts';
import { foldText } from '../names/fold.ts';
import { ruleMeta } from '../rules/index.ts';
import type { Occurrence } from './consolidate.ts';
import type { NameSpan } from './spans.ts';

/** Rules that retype a name across the corpus, applied by recognition before consolidation. */
export const CORPUS_TYPE_RULES = [
  ruleMeta(
    'craft-name-everywhere',
    'A name a craft noun typed once ("the ship Dali") is that craft wherever it stands.',
  ),
  ruleMeta(
    'city-name-as-thing',
    'A one-word city written as "the X" (not "the X talks") more often than "in X" names a thing (kind other).',
  ),
] as const;
export const [CRAFT_NAME_EVERYWHERE, CITY_NAME_AS_THING] = CORPUS_TYPE_RULES;

const LOCATIVE_BEFORE = /\b(?:in|at|near|outside|from|to|into|across|around|toward|towards|of)\s+$/i;

// "the Dali's bow", "the Dali struck", "the Dali, some 300 metres": the name stands for a thing;
// "the Paris agreement", "the Istanbul talks": a noun follows, so the city only describes it.
function writtenAsThing(s: NameSpan): boolean {
  if (!/^the$/i.test(s.before)) return false;
  const rest = s.sentence.slice(s.end);
  if (/^[’']s\b/.test(rest) || !/^\s+\p{Ll}/u.test(rest)) return true;
  const terms = nlp(`the ${s.text}${rest}`).terms().json() as { terms: { tags: string[] }[] }[];
  const [next, then] = [terms[2]?.terms[0]?.tags ?? [], terms[3]?.terms[0]?.tags ?? []];
  // "the Porto talks followed": a form in -s before a verb is the noun the city describes.
  if (next.includes('PresentTense') && then.includes('Verb')) return false;
  return !next.includes('Noun') || next.includes('Verb');
}

/**
 * Retype across the corpus: a name typed as a craft anywhere is that craft in every occurrence;
 * a one-word gazetteer city with no craft noun, written as a thing more often than as a
 * location, names a thing of kind other (a ship, a building, a product no noun typed).
 */
export function retypeCraftNames(occurrences: Occurrence[]): Occurrence[] {
  const crafts = new Map<string, Occurrence['type']>();
  for (const o of occurrences) if (CRAFT_KINDS.has(o.type.kind)) crafts.set(foldText(o.span.text), o.type);
  const uses = new Map<string, { thing: number; place: number }>();
  for (const o of occurrences) {
    if (o.type.rule !== 'gazetteer-place' || o.type.placeKind !== 'city' || o.span.text.includes(' ')) continue;
    const key = foldText(o.span.text);
    const count = uses.get(key) ?? { thing: 0, place: 0 };
    if (writtenAsThing(o.span)) count.thing++;
    else if (LOCATIVE_BEFORE.test(o.span.lead)) count.place++;
    uses.set(key, count);
  }
  return occurrences.map((o) => {
    const key = foldText(o.span.text);
    const craft = crafts.get(key);
    if (craft && craft.kind !== o.type.kind)
      return { ...o, type: { ...craft, rule: CRAFT_NAME_EVERYWHERE.id }, links: [CRAFT_NAME_EVERYWHERE.id] };
    const count = uses.get(key);
    if (craft || !count || count.thing <= count.place || o.type.rule !== 'gazetteer-place') return o;
    return { ...o, type: { kind: 'other', rule: CITY_NAME_AS_THING.id }, links: [CITY_NAME_AS_THING.id] };
  });
}
