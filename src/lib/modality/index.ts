/**
 * Tense and modality of a clause: is it reporting something that took place, or something
 * scheduled, expected, announced or merely possible? Used by the date normaliser (to choose
 * the year of a bare "June 24") and by extraction (an event's status).
 */
import { ABBREVIATION_WORD } from '../lexicon/abbreviations.ts';

/** Grammatical orientation of a clause relative to its reference time. */
export type Orientation = 'past' | 'future' | 'unknown';

/** The past perfect ("had begun", "had not yet been"): a story looking back from the past it tells. */
export const PAST_PERFECT =
  /\bhad\s+(?:(?:not|never|already|long|just|first|yet)\s+)*(?:been\s+)?[a-z]+(?:ed|en|wn|un|ft|ght|id|ne)\b/i;

// Markers of what has not happened yet: modals, scheduling verbs, intention.
const FUTURE_MARKERS =
  "will|won[’']t|shall|going to|scheduled|slated|set (?:to|for)|due (?:to|in|on|by|for)|expected|expects|" +
  'plans? to|planned|planning|' +
  'intends? to|aims? to|to be held|to be hosted|upcoming|forthcoming|anticipated|could|might|would|' +
  'ready to|eager to|prepare|prepares|preparing|next|in the coming|later this|hopes? to|proposed|' +
  'potential(?:ly)?|possible|possibly|intention to';
const FUTURE = new RegExp(`\\b(${FUTURE_MARKERS})\\b`, 'i');
const FUTURE_ALL = new RegExp(FUTURE.source, 'gi');
// "would have" only before a participle: "would have full access" is a future of possession, not a perfect.
const PARTICIPLE_AHEAD = String.raw`(?=\s+(?:been|\w+(?:ed|en|wn|ne|t))\b)`;
const MODAL_PERFECT = new RegExp(
  String.raw`\b(?:(?:could|might|may|should|must)(?:\s+not)?\s+have|would(?:\s+not)?\s+have${PARTICIPLE_AHEAD})\b`,
  'gi',
);
// "will" inside reported speech of the past ("said it will") still points forward; that is fine.
const PAST_MARKERS =
  'was|were|had|did|has been|have been|ago|yesterday|last|earlier|previous(?:ly)?|already|since|\\w{3,}ed|' +
  'met|saw|went|took|made|held|spoke|told|began|came|gave|sent|won|lost|left|fell|rose|struck|led|sat|fought|' +
  'broke|became|brought|thought|found|said|says';
const PAST = new RegExp(`\\b(${PAST_MARKERS})\\b`, 'i');
const PLAN_IN_PAST_PERFECT =
  /\bhad\s+(?:long\s+)?been\s+(?:due|expected|scheduled|slated|set|planned|supposed)\s+to\b/i;
const PRESENT_STATE = /\b(?:is|are|am)\s+(?:not\s+)?(?:\w+ly\s+)?\w{3,}ed\b/gi;
const CONDITIONAL_FUTURE = new RegExp(
  "\\b(will|won[’']t|shall|scheduled|slated|set to|" +
    'to be (?:held|hosted|signed|launched|convened|staged|organi[sz]ed|chaired|opened)|upcoming|due to)\\b',
  'i',
);

// A full stop ends a sentence unless it closes an initial or a title ("U.S.", "Mr.", "Gen.").
const ABBREVIATION = new RegExp(`\\b\\p{L}$|${ABBREVIATION_WORD}$`, 'u');
function terminates(text: string, i: number): boolean {
  const c = text[i] ?? '';
  if (c === '!' || c === '?' || c === '\n') return true;
  if (c !== '.') return false;
  if (i + 1 < text.length && !/\s/.test(text[i + 1]!)) return false;
  return !ABBREVIATION.test(text.slice(Math.max(0, i - 8), i));
}

/** Bounds of the sentence-like clause around an offset: from the previous terminator to the next. */
export function clauseAround(text: string, offset: number): [number, number] {
  let start = offset;
  while (start > 0 && !terminates(text, start - 1)) start--;
  let end = offset;
  while (end < text.length && !terminates(text, end)) end++;
  return [start, end];
}

// Where the clause governing an expression begins: a comma, a semicolon or a subordinator.
const SUBORDINATOR = '\\b(?:that|which|who|after|before|when|while|if|because|since|and|but|although|though|as)\\b';
// The last boundary: none follows it.
const BOUNDARY = new RegExp(`(?:[,;:()]|${SUBORDINATOR})(?![^,;:()]*(?:[,;:()]|${SUBORDINATOR}))`, 'i');

/** The local clause of an expression: from the nearest clause boundary before it to its end. */
export function localClause(text: string, start: number, end: number): string {
  const [sentenceStart] = clauseAround(text, start);
  const before = text.slice(sentenceStart, start);
  const m = BOUNDARY.exec(before);
  const from = m ? sentenceStart + m.index + m[0].length : sentenceStart;
  return text.slice(from, end);
}

// Past a wh-word the clause is another's: "testify on Wednesday about what went wrong".
const NEXT_BOUNDARY = new RegExp(`[,;:()]|${SUBORDINATOR}|\\b(?:what|where|how|why|whether)\\b`, 'i');

/** Where the clause an expression sits in ends: the next boundary after it, or the sentence's end. */
function clauseEndAfter(text: string, end: number): number {
  const stop = clauseAround(text, end)[1];
  const m = NEXT_BOUNDARY.exec(text.slice(end, stop));
  return m ? end + m.index : stop;
}

/** Orientation of the clause around an expression: its local clause first, then the sentence. */
export function orientationAt(text: string, offset: number, end = offset): Orientation {
  const local = orientationOf(localClause(text, offset, end));
  if (local !== 'unknown') return local;
  // "On Monday the Coast Guard opened a channel, so that barges could move": the verb after the
  // date, before the next boundary, is its clause's; a later clause's modal is not.
  const onward = orientationOf(text.slice(offset, clauseEndAfter(text, end)));
  if (onward !== 'unknown') return onward;
  const [start, stop] = clauseAround(text, offset);
  // A semicolon joins two sentences in one: "Crowds packed the square; the team lands early Tuesday" has two tenses.
  const from = text.lastIndexOf(';', offset - 1);
  const to = text.indexOf(';', offset);
  return orientationOf(text.slice(Math.max(start, from + 1), to < 0 ? stop : Math.min(stop, to)));
}

/** Orientation of a whole clause or sentence. */
export function orientationOf(text: string): Orientation {
  // "could have played a part", "may have caused": a modal perfect speaks of the past.
  const clause = text.replace(MODAL_PERFECT, ' had ');
  // "had been due to answer on Monday": a plan told in the past perfect was for a day already gone.
  if (PLAN_IN_PAST_PERFECT.test(clause)) return 'past';
  if (CONDITIONAL_FUTURE.test(clause)) return 'future';
  // Lower-case only: capitalised "May" is the month.
  const future = FUTURE.test(clause) || /\bmay\b/.test(clause);
  // "expected", "scheduled", "planned" end in -ed but look forward: not evidence of the past.
  // "markets are closed on Monday": a participle after a present "is"/"are" is a state now, not a past event.
  const past = PAST.test(clause.replace(FUTURE_ALL, ' ').replace(PRESENT_STATE, ' '));
  if (future && !past) return 'future';
  if (past && !future) return 'past';
  if (future && past) return mainVerbFuture(clause) ? 'future' : 'past';
  return 'unknown';
}

// When a clause has both kinds of marker, the modal directly governing a verb decides:
// "could meet as early as this evening, as announced a few hours ago" is forward-looking.
function mainVerbFuture(clause: string): boolean {
  return (
    /\b(could|might|expected to|plans? to|aims? to|ready to|set to)\s+(?:\w+ly\s+)?(?:be\s+)?\w+/i.test(clause) ||
    /\bmay\s+\w+/.test(clause)
  );
}
