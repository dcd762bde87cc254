/**
 * Registry names in headline form: a person by the short name the coverage uses ("Turkish President
 * Recep Tayyip Erdoğan" → "Erdoğan"), with the titles before the name; a body by the words the source used.
 */
import type { Actor, EventMention } from '../../types.ts';
import type { NameHit } from '../../lib/names/matcher.ts';
import { TITLE_HEADS, TITLE_MODIFIERS } from '../../lib/lexicon/titles.ts';

/** What shortening needs of the registry. */
interface Names {
  actors: Map<string, Actor>;
  findActors: (text: string) => NameHit[];
  /** Short names two or more registry people share: those people keep their full names. */
  sharedShortNames: Set<string>;
}

// "Turkish President", "Suez Canal Authority chairman", "provincial governor": capitalised words, and the
// lexicon's title words in lower case, before a person's name are their title (rule `title-before-short-name`).
const TITLE_WORD = [...TITLE_HEADS, ...TITLE_MODIFIERS].filter((w) => /^[a-z-]+$/.test(w)).join('|');
// "of" and "for" only inside a title ("Secretary of State"), never its last word: "the funeral of | Jon Brek".
const CAPITALISED = String.raw`\p{Lu}[\p{L}.'’-]*`;
const CAPITALISED_BEFORE = new RegExp(
  String.raw`(?:^|\s)${CAPITALISED}(?:\s+(?:(?:of|for)\s+)?${CAPITALISED})*\s+$`,
  'u',
);
// What may stand before a whole title: nothing, a mark, or a word that opens a noun phrase.
const OPENS = /(?:^|[,;:(]|\b(?:and|the|a|an|by|with|to|from))\s*$/iu;
const TITLE_PART = String.raw`(?:${CAPITALISED}|${TITLE_WORD})`;
const TITLE_BEFORE = new RegExp(String.raw`(?:^|\s)${TITLE_PART}(?:\s+(?:(?:of|for)\s+)?${TITLE_PART})*\s+$`, 'u');

/** Short form of a registry actor for headlines: a person's short name, a body's name. */
function shortName(actor: Actor): string {
  if (actor.kind !== 'person') return actor.name;
  // "the Queen" is a short form the text may use, never the name a headline calls someone by.
  return actor.shortNames.find((s) => !/^the\s/i.test(s)) ?? actor.name.split(/\s+/).pop() ?? actor.name;
}

/** Replace registry names (with the titles before them) by their short form. */
export function shortenNames(
  phrase: string,
  ctx: Names,
): { text: string; ids: string[]; owner: boolean; titled: boolean } {
  const hits = ctx.findActors(phrase).sort((a, b) => a.start - b.start);
  const ids = [...new Set(hits.map((h) => h.id))];
  // Two people with one short name ("Kim" and "Kim") keep their full names.
  const ambiguous = ctx.sharedShortNames;
  // "Turkish President", "NATO Secretary General": capitalised titles before a person's name
  // go with it, a body named in the title ("NATO") too.
  const starts = new Map<NameHit, number>();
  let titled = false;
  for (const h of hits) {
    if (ctx.actors.get(h.id)?.kind !== 'person') continue;
    const head = phrase.slice(0, h.start);
    // The lower-case title words only when the title is whole: never "provincial | governor" cut inside.
    const long = TITLE_BEFORE.exec(head);
    const whole = long !== null && OPENS.test(head.slice(0, long.index));
    const title = whole ? long : CAPITALISED_BEFORE.exec(head);
    titled ||= whole && CAPITALISED_BEFORE.exec(head)?.[0] !== long[0];
    starts.set(h, title ? h.start - title[0].length + (/^\s/.test(title[0]) ? 1 : 0) : h.start);
  }
  let out = '';
  let at = 0;
  let kept = false;
  hits.forEach((h, i) => {
    const actor = ctx.actors.get(h.id);
    const next = hits[i + 1];
    // A hit the next one's title covers ("the Queen" of "Queen Isabella…") is part of that name.
    if (!actor || h.start < at || (next && starts.has(next) && starts.get(next)! < h.end)) return;
    const start = Math.max(at, starts.get(h) ?? h.start);
    // Bodies keep the words the source used; people go by their short name unless it is shared.
    const name =
      actor.kind !== 'person'
        ? phrase.slice(h.start, h.end)
        : ambiguous.has(shortName(actor))
          ? actor.name
          : shortName(actor);
    // "Alfonsín’s successor": a possessive the match took in stays after the short name.
    const owner = /['’]s$/.exec(phrase.slice(h.start, h.end))?.[0] ?? '';
    out += phrase.slice(at, start) + name + (name.endsWith(owner) ? '' : owner);
    kept ||= !name.endsWith(owner);
    at = h.end;
  });
  return { text: (out + phrase.slice(at)).replace(/\s+/g, ' ').trim(), ids, owner: kept, titled };
}

/**
 * "Kim arrived in Singapore": a short name two people bear names whom the mention's own names say, or no one
 * (never the first registry "Kim").
 */
export function knownNames<C extends Names>(ctx: C, m: EventMention): C {
  const known = (h: NameHit, text: string): boolean =>
    !h.short || !ctx.sharedShortNames.has(text.slice(h.start, h.end)) || [...m.actors, ...m.speakers].includes(h.id);
  return { ...ctx, findActors: (text) => ctx.findActors(text).filter((h) => known(h, text)) };
}
