/**
 * Linking the spellings of one body: an acronym defined beside its name ("Writers Guild of
 * America (WGA)", "Harbour Pilots Collective, or HPC,") is one body with both spellings, in every
 * article; and "the guild" after a guild's name is that guild. Each link is a named rule.
 */
import { MEMBER_BODY_HEADS, ORGANISATION_HEADS } from '../lexicon/name-shapes.ts';
import { foldText } from '../names/fold.ts';
import { ruleMeta } from '../rules/index.ts';
import type { NameSpan } from './spans.ts';
import { ACRONYM_SHAPE } from './words.ts';

/** The rules that link spellings of one body, applied by consolidation. */
export const LINK_RULES = [
  ruleMeta('acronym-definition', 'A name with an acronym in brackets or after ", or" ("X Y Z (XYZ)") is one body.'),
  ruleMeta(
    'body-head-refers-back',
    '"The guild", "the union" after the name of a body of members is the one most articles name (a short form).',
  ),
  ruleMeta(
    'body-descriptor-refers-back',
    '"The canal authority" after "Suez Canal Authority": a word of a body\'s name before its head is that body.',
  ),
  ruleMeta('body-name-stem', 'A body\'s name without its "of …" ("Writers Guild") is the one body it opens.'),
  ruleMeta(
    'particle-surname',
    'A surname with or without the particle joined to it ("al-Sisi", "el-Sisi", "Sisi") is one surname.',
  ),
  ruleMeta('signature-author', "An embedded post's signature names its author, spelled as the post spells the name."),
] as const;
export const [
  ACRONYM_DEFINITION,
  BODY_HEAD_REFERS_BACK,
  BODY_DESCRIPTOR_REFERS_BACK,
  BODY_NAME_STEM,
  PARTICLE_SURNAME,
  SIGNATURE_AUTHOR,
] = LINK_RULES;
/** A particle joined to a surname by a hyphen ("al-", "el-", "bin-"), folded. */
export const SURNAME_PARTICLE = /^(?:al|el|ad|ash|as|an|ar|at|az|bin|ibn)-(?=\p{L})/u;

export { ACRONYM_SHAPE } from './words.ts';
const MINOR = new Set(['of', 'the', 'and', 'for', 'on', 'in']);

/** The initials of a name's words, hyphenated parts apart, minor words left out ("sagaftra"). */
export const initialsOf = (name: string): string =>
  foldText(name)
    .split(/[\s-]+/)
    .filter((w) => w !== '' && !MINOR.has(w))
    .map((w) => w[0])
    .join('');

/** An acronym folded for comparing with initials ("sagaftra", "un"). */
export const acronymKey = (acronym: string): string => foldText(acronym).replace(/[.-]/g, '');

/** A name and the acronym a sentence defines for it. */
export interface Definition {
  name: NameSpan;
  acronym: NameSpan;
}

/**
 * The acronyms a sentence defines: "Name (ACR)" and "ACR (Name)" when the acronym opens with the
 * name's initial; "Name, or ACR," when it spells the name's initials.
 */
export function acronymDefinitions(text: string, spans: NameSpan[]): Definition[] {
  const out: Definition[] = [];
  for (let k = 0; k + 1 < spans.length; k++) {
    const [a, b] = [spans[k]!, spans[k + 1]!];
    const between = text.slice(a.end, b.start);
    const bracket = /^\s*\(\s*$/.test(between) && /^\s*\)/.test(text.slice(b.end));
    const or = /^,\s+or\s+(?:the\s+)?$/.test(between) && /^\s*(?:[,.;)]|$)/.test(text.slice(b.end));
    if (!bracket && !or) continue;
    const [name, acronym] = ACRONYM_SHAPE.test(b.text) ? [a, b] : bracket && ACRONYM_SHAPE.test(a.text) ? [b, a] : [];
    if (!name || !acronym || !name.text.includes(' ') || ACRONYM_SHAPE.test(name.text)) continue;
    const initials = initialsOf(name.text);
    const key = acronymKey(acronym.text);
    if (or ? initials === key : initials[0] === key[0]) out.push({ name, acronym });
  }
  return out;
}

/** A body's head words: its last word, and a head before "of" ("guild" in "Writers Guild of America"). */
export function headsOf(name: string): string[] {
  const words = foldText(name).split(/\s+/);
  const heads = words.filter((w, k) => (k === words.length - 1 || words[k + 1] === 'of') && ORGANISATION_HEADS.has(w));
  return words.length >= 2 ? [...new Set(heads)] : [];
}

/**
 * "the guild" for the one body, among those whose name has that head, that the most articles name
 * (strictly more than any other): a short form, valid after its full name in the same article.
 */
export function headShortNames(bodies: { name: string; aliases: string[]; articles: number }[]): Map<number, string[]> {
  const byHead = new Map<string, { index: number; articles: number }[]>();
  bodies.forEach((b, index) => {
    const heads = new Set([b.name, ...b.aliases].flatMap(headsOf).filter((h) => MEMBER_BODY_HEADS.has(h)));
    for (const h of heads) byHead.set(h, [...(byHead.get(h) ?? []), { index, articles: b.articles }]);
  });
  const out = new Map<number, string[]>();
  for (const [head, holders] of [...byHead].sort((x, y) => (x[0] < y[0] ? -1 : 1))) {
    const [first, second] = [...holders].sort((x, y) => y.articles - x.articles || x.index - y.index);
    if (!first || (second && second.articles >= first.articles)) continue;
    out.set(first.index, [...(out.get(first.index) ?? []), `the ${head}`]);
  }
  return out;
}

/**
 * "the canal authority" for "Suez Canal Authority", "the producers' alliance" for "Alliance of Motion Picture and
 * Television Producers": "the", a word of the name, then its head, for the one body whose name gives that pair. A
 * short form, valid after its full name in the same article.
 */
export function descriptorShortNames(bodies: { name: string; aliases: string[] }[]): Map<number, string[]> {
  const owners = new Map<string, Set<number>>();
  bodies.forEach((b, index) => {
    for (const name of [b.name, ...b.aliases]) {
      const words = foldText(name).split(/\s+/);
      for (const head of headsOf(name))
        for (const w of words) {
          if (w === head || w.length < 3 || MINOR.has(w) || !/^\p{L}+$/u.test(w)) continue;
          const form = `the ${w} ${head}`;
          owners.set(form, (owners.get(form) ?? new Set()).add(index));
        }
    }
  });
  const out = new Map<number, string[]>();
  for (const [form, holders] of [...owners].sort((x, y) => (x[0] < y[0] ? -1 : 1))) {
    if (holders.size !== 1) continue;
    const [index] = holders;
    out.set(index!, [...(out.get(index!) ?? []), form]);
  }
  return out;
}

/** Give bodies the short forms news refers back to them by (rules `body-head-refers-back`, `body-descriptor-…`). */
export function addBodyShortForms(
  bodies: { name: string; aliases: string[]; articles: number; shortNames: string[]; links: string[] }[],
): void {
  for (const [index, forms] of headShortNames(bodies)) {
    bodies[index]!.shortNames.push(...forms);
    bodies[index]!.links.push(BODY_HEAD_REFERS_BACK.id);
  }
  for (const [index, forms] of descriptorShortNames(bodies)) {
    bodies[index]!.shortNames.push(...forms);
    bodies[index]!.links.push(BODY_DESCRIPTOR_REFERS_BACK.id);
  }
}
