/**
 * Finding registry names in text: every alias is matched as a sequence of folded tokens, so
 * case, diacritics (precomposed or combining), zero-width characters and possessives don't
 * matter. Short all-capital aliases (US, UN, EU) match only in capitals, so "us" stays a word.
 */
import { foldText } from './fold.ts';

/** A name to find: the entry id, its full forms and its short forms. */
export interface NameEntry {
  /** Registry id. */
  id: string;
  /** Forms that identify the entry anywhere. */
  full: string[];
  /** Forms that identify it only after a full form in the same document. */
  short: string[];
}

/** A name found in text. */
export interface NameHit {
  /** Registry id. */
  id: string;
  /** Offset of the first character. */
  start: number;
  /** Offset one past the end. */
  end: number;
  /** Whether a short form matched (valid only after a full form). */
  short: boolean;
}

interface Token {
  folded: string;
  raw: string;
  start: number;
  end: number;
}

interface Pattern {
  id: string;
  folded: string[];
  raw: string[];
  caseSensitive: boolean;
  short: boolean;
}

const TOKEN =
  /[@\p{L}\p{N}][\p{L}\p{N}\p{M}\u200B-\u200D\u2060]*(?:['’-][\p{L}\p{N}][\p{L}\p{N}\p{M}\u200B-\u200D\u2060]*)*/gu;

/** Split text into tokens with offsets; possessive 's is dropped from the folded form. */
function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const raw = m[0];
    out.push({ raw, folded: foldText(raw).replace(/'s$/, ''), start: m.index, end: m.index + raw.length });
  }
  return out;
}

/** Build a matcher over registry entries; it is reused for every sentence. */
export function createMatcher(entries: NameEntry[]): (text: string) => NameHit[] {
  const byFirst = new Map<string, Pattern[]>();
  const add = (id: string, form: string, short: boolean): void => {
    const tokens = tokenize(form);
    if (tokens.length === 0) return;
    const letters = form.replace(/[^\p{L}]/gu, '');
    const caseSensitive = letters.length <= 4 && letters === letters.toUpperCase();
    const pattern: Pattern = {
      id,
      folded: tokens.map((t) => t.folded),
      raw: tokens.map((t) => t.raw),
      caseSensitive,
      short,
    };
    const key = pattern.folded[0]!;
    const list = byFirst.get(key) ?? [];
    list.push(pattern);
    byFirst.set(key, list);
  };
  for (const entry of entries) {
    for (const form of entry.full) add(entry.id, form, false);
    for (const form of entry.short) add(entry.id, form, true);
  }
  for (const list of byFirst.values())
    list.sort(
      (a, b) => b.folded.length - a.folded.length || Number(a.short) - Number(b.short) || a.id.localeCompare(b.id),
    );

  const matchAt = (tokens: Token[], i: number): Pattern | undefined =>
    byFirst.get(tokens[i]!.folded)?.find((p) =>
      p.folded.every((f, k) => {
        const t = tokens[i + k];
        return t !== undefined && t.folded === f && (!p.caseSensitive || t.raw === p.raw[k]);
      }),
    );
  // "the Alliance of Motion Picture…", "the Writers Guild": a short form ("the alliance", "the writers guild") gives
  // way to a full name inside it or overlapping it and running on, which is valid anywhere.
  const overrun = (tokens: Token[], i: number, found: Pattern): boolean => {
    for (let j = i + 1; j < i + found.folded.length; j++) {
      const later = matchAt(tokens, j);
      if (later && !later.short && j + later.folded.length >= i + found.folded.length) return true;
    }
    return false;
  };

  return (text: string): NameHit[] => {
    const tokens = tokenize(text);
    const hits: NameHit[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const found = matchAt(tokens, i);
      if (!found || (found.short && overrun(tokens, i, found))) continue;
      const last = tokens[i + found.folded.length - 1]!;
      hits.push({ id: found.id, start: tokens[i]!.start, end: last.end, short: found.short });
      i += found.folded.length - 1;
    }
    return hits;
  };
}
