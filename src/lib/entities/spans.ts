/**
 * Capitalised name spans in a sentence: runs of capitalised words, joined by name particles
 * ("Charles de Gaulle", "Bank of England") and nothing else, with a title in front split off
 * ("Foreign Minister | Hakan Fidan"). What the span names is decided by the rules in classify.
 */
import { NAME_PARTICLES } from '../lexicon/name-shapes.ts';
import { TITLE_HEADS, TITLE_MODIFIERS } from '../lexicon/titles.ts';
import { foldText } from '../names/fold.ts';

/** A capitalised run of words in a sentence. */
export interface NameSpan {
  /** The name without its title, possessive or final dot. */
  text: string;
  /** The title written before it ("Foreign Minister"), or null. */
  title: string | null;
  /** Offsets of the name (not the title) in the sentence. */
  start: number;
  end: number;
  /** Whether the run opens the sentence (a capital there proves nothing). */
  initial: boolean;
  /** The words just before and just after the run, for the rules that read context. */
  before: string;
  after: string;
  /** The text just before the run (up to 40 characters), for the rules that read a phrase. */
  lead: string;
}

interface Token {
  raw: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[’'.-][\p{L}\p{M}\p{N}]+)*\.?/gu;
const CAPITALISED = /^(?:\p{Lu}|\d+(?:st|nd|rd|th)?$)/u;

// "al-Assad", "bin-Salman": a particle joined by a hyphen to a capitalised name is part of it.
const PARTICLE_PREFIX = /^(?:al|el|bin|ibn|abu|de|da|di|van|von|le|la)-\p{Lu}/u;
const isCapitalised = (t: Token): boolean =>
  (/^\p{Lu}/u.test(t.raw) && CAPITALISED.test(t.raw)) || PARTICLE_PREFIX.test(t.raw);
const endsSentence = (raw: string): boolean =>
  raw.endsWith('.') &&
  !/^(?:\p{Lu}\.)+$|^(?:\p{L}\.){2,}$|^(?:St|Sr|Jr|Mt|Dr|Mr|Mrs|Ms|Gen|Col|Lt|Sgt|Capt|Rev|Prof)\.$/u.test(raw);
const bare = (raw: string): string => foldText(raw.replace(/[’']s$/, '').replace(/\.$/, ''));

/** Every capitalised run in the sentence, titles split off. */
export function nameSpans(text: string): NameSpan[] {
  const tokens: Token[] = [...text.matchAll(WORD)].map((m) => ({
    raw: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
  const spans: NameSpan[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isCapitalised(tokens[i]!)) {
      i++;
      continue;
    }
    let j = i;
    // Extend while the next word is capitalised (or a particle followed by one), with only a
    // space between: a comma, a quote or a bracket ends a name.
    while (j + 1 < tokens.length && /^[ \u00A0]$/.test(text.slice(tokens[j]!.end, tokens[j + 1]!.start))) {
      const next = tokens[j + 1]!;
      // "Hospital. On Wednesday": a full stop ends the name unless it closes an initial ("U.S.", "Jorge O.").
      if (endsSentence(tokens[j]!.raw)) break;
      if (isCapitalised(next) && !/[’']s$/.test(tokens[j]!.raw)) j++;
      else if (
        NAME_PARTICLES.has(next.raw) &&
        tokens[j + 2] &&
        isCapitalised(tokens[j + 2]!) &&
        /^ $/.test(text.slice(next.end, tokens[j + 2]!.start))
      )
        j += 2;
      else break;
    }
    const span = toSpan(text, tokens, i, j);
    if (span) spans.push(span);
    i = j + 1;
  }
  return spans;
}

function toSpan(text: string, tokens: Token[], start: number, to: number): NameSpan | null {
  // "The Bank of England": the article is not part of the name.
  const from = start < to && bare(tokens[start]!.raw) === 'the' ? start + 1 : start;
  let k = from;
  // A title is modifiers ending in a head; "Secretary of State" carries its department.
  let titleEnd = -1;
  for (let t = from; t <= to; t++) {
    const w = bare(tokens[t]!.raw);
    const department = titleEnd === t - 2 && bare(tokens[t - 1]!.raw) === 'of';
    if (TITLE_HEADS.has(w) || department) titleEnd = t;
    else if (!(TITLE_MODIFIERS.has(w) || (w === 'of' && titleEnd === t - 1))) break;
  }
  if (titleEnd >= from && titleEnd < to) k = titleEnd + 1;
  const first = tokens[k]!;
  const last = tokens[to]!;
  const raw = text
    .slice(first.start, last.end)
    .replace(/[’']s$/, '')
    .replace(/\.$/, (dot) => (/\b\p{Lu}\.$/u.test(text.slice(first.start, last.end)) ? dot : ''));
  if (!/\p{L}/u.test(raw)) return null;
  return {
    text: raw,
    title: k > from ? text.slice(tokens[from]!.start, tokens[k - 1]!.end) : null,
    start: first.start,
    end: first.start + raw.length,
    initial: /^[\s"“‘'(—–-]*$/.test(text.slice(0, tokens[start]!.start)),
    before: from > 0 ? tokens[from - 1]!.raw : '',
    after: text.slice(last.end, last.end + 40),
    lead: text.slice(Math.max(0, first.start - 40), first.start),
  };
}
