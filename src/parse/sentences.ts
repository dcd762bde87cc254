/**
 * Sentence splitting: sentence-splitter does the work ("U.S.", "U.N. He said", quotes), and
 * two repairs cover what it gets wrong on news: it splits after "p.m." before "Friday", and
 * it misses a boundary when a closing period is glued to an opening quote ("tycoon.“Pressure").
 */
import { split } from 'sentence-splitter';
import { ABBREVIATION_WORD, NAME_ABBREVIATIONS } from '../lib/lexicon/abbreviations.ts';
import { MONTH } from '../lib/lexicon/months.ts';

/** A sentence as a slice of its line: start and end offsets in the line text. */
export interface SentenceSlice {
  /** Offset of the first character in the line. */
  start: number;
  /** Offset one past the last character. */
  end: number;
}

// Missing boundaries: "tycoon.“Pressure" (no space), and after a closing quote: “… on May 16.” Fidan,
// “… (Spider Web).” In.
const GLUED = /[\p{Ll}\d]{2}\)?[.!?](?:["”’](?=\s+\p{Lu})|["”’]?(?=[“"‘]?\p{Lu}\p{Ll})|(?=\s+[“"‘]?\p{Lu}))/gu;
// A date's day ends the sentence before a capital: "began on Oct. 3. Bankman-Fried, 31, stood" (one digit, so
// GLUED does not see it, and the month's abbreviation hides it from sentence-splitter).
const DAY_END = new RegExp(`\\b${MONTH}\\s+\\d{1,2}\\.(?=\\s+[“"‘]?\\p{Lu})`, 'gu');
// Words whose period does not end a sentence ("Gen. Smith", "Sept. 4").
const ABBREVIATION = new RegExp(`${ABBREVIATION_WORD}\\.$`);
const CLOCK_END = /\b[ap]\.m\.$/i;
const CONTINUES = /^(?:\p{Ll}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\d|\()/u;
// "U.S." before "President" is not a sentence end; before "He" or "The" it usually is.
const INITIALISM_END = new RegExp(`(?:\\b(?:\\p{Lu}\\.){2,}|\\b(?:${NAME_ABBREVIATIONS.join('|')})\\.)$`, 'u');
const STARTERS = new Set(
  (
    'he she it they we i you the this that these those but and or in on at a an as ' +
    'after before however meanwhile his her their its there when while if although ' +
    'yet so our your my what why how who one some many most no not also then now still'
  ).split(' '),
);

/** Split one line of text into sentence slices. */
export function splitSentences(text: string): SentenceSlice[] {
  const slices: SentenceSlice[] = [];
  for (const node of split(text)) {
    if (node.type !== 'Sentence') continue;
    let [start, end] = node.range;
    // Trim surrounding whitespace so that offsets point at the first visible character.
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) slices.push({ start, end });
  }
  const merged: SentenceSlice[] = [];
  for (const slice of slices) {
    const prev = merged[merged.length - 1];
    const prevText = prev ? text.slice(prev.start, prev.end) : '';
    const next = text.slice(slice.start, slice.end);
    const firstWord = (/^[\p{L}']+/u.exec(next)?.[0] ?? '').toLowerCase();
    const joinClock = CLOCK_END.test(prevText) && CONTINUES.test(next);
    const joinInitialism =
      INITIALISM_END.test(prevText) && (/^\p{Ll}/u.test(next) || (/^\p{Lu}/u.test(next) && !STARTERS.has(firstWord)));
    if (prev && (joinClock || joinInitialism)) {
      prev.end = slice.end;
    } else {
      merged.push({ ...slice });
    }
  }
  const out: SentenceSlice[] = [];
  for (const slice of merged) {
    const part = text.slice(slice.start, slice.end);
    let from = 0;
    const ends = [...part.matchAll(GLUED), ...part.matchAll(DAY_END)].map((m) => m.index + m[0].length);
    for (const cut of [...new Set(ends)].sort((a, b) => a - b)) {
      if (ABBREVIATION.test(part.slice(0, cut))) continue;
      out.push({ start: slice.start + from, end: slice.start + cut });
      from = cut;
    }
    out.push({ start: slice.start + from, end: slice.end });
  }
  // Trim the whitespace a repair split leaves at the start.
  for (const slice of out) while (slice.start < slice.end && /\s/.test(text[slice.start]!)) slice.start++;
  return out.filter((s) => s.end > s.start);
}
