/**
 * Quotations and event words of a clause: where a quotation opens and closes (a quotation left
 * open goes on in the next sentence), and which event words a clause reports — leaving out
 * "since …" phrases and the events a clause calls off.
 */
import nlp from 'compromise';
import { tokens } from '../lib/names/fold.ts';
import { ruleMeta } from '../lib/rules/index.ts';
import { EVENT_WORDS } from '../lib/lexicon/event-words.ts';
import { CALLING_OFF_WORDS, PHRASAL, PHRASAL_VERBS } from '../lib/lexicon/calling-off.ts';
import { SINCE_PHRASE } from '../lib/lexicon/clause-markers.ts';
import { governedActions, headlineActions, pastActions } from '../lib/grammar/action-verbs.ts';

/** The event-word rules. */
export const WORD_RULES = {
  callingOff: ruleMeta(
    'words-calling-off',
    '"defected from a meeting" reports a withdrawal, not the meeting it calls off.',
  ),
  pastAction: ruleMeta(
    'words-past-action',
    'A clause with no listed event word reports an event when the tagger finds a past action verb ("has conceded").',
  ),
  headlinePresent: ruleMeta(
    'words-headline-present',
    'A headline with no listed event word reports the action of its present verb ("Jury finds him guilty").',
  ),
  livePresent: ruleMeta(
    'words-live-present',
    'A live page\'s entry with no listed event word reports the action of its present verb ("Mbappé volleys in").',
  ),
  governedAction: ruleMeta(
    'words-governed-action',
    'A dated clause with no other event word reports the action it plans or attempts ("is expected to open").',
  ),
  elidedVerb: ruleMeta(
    'words-elided-verb',
    '"Four boys came out on Sunday and four more on Monday": a dated clause with no verb repeats the one before.',
  ),
  comparisonKind: ruleMeta(
    'words-comparison-kind',
    '"ready to host them, as was the case in March 2022": the comparison takes the main clause\'s event words.',
  ),
} as const;

/** Spans of the quotations in a sentence; one left open runs to the sentence's end. */
export function quotations(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c !== '“' && c !== '"') continue;
    const close = text.indexOf(c === '“' ? '”' : '"', i + 1);
    spans.push([i, close < 0 ? text.length : close + 1]);
    i = close < 0 ? text.length : close;
  }
  return spans;
}

const count = (text: string, mark: RegExp): number => (text.match(mark) ?? []).length;
const oddStraight = (text: string): boolean => count(text, /"/g) % 2 === 1;

/** The text with every quotation blanked out, offsets kept. */
export function outsideQuotations(text: string): string {
  let out = text;
  for (const [a, b] of quotations(text)) out = out.slice(0, a) + ' '.repeat(b - a) + out.slice(b);
  return out;
}

/** Whether a sentence leaves a quotation open, so that the next one goes on quoting. */
export function leavesQuoteOpen(text: string): boolean {
  return count(text, /“/g) > count(text, /”/g) || oddStraight(text);
}

/** Whether a sentence inside a quotation closes it. */
export function closesQuote(text: string): boolean {
  return count(text, /”/g) > count(text, /“/g) || oddStraight(text);
}

/** The event words present in a list of folded tokens, in order, without repeats. */
export function findEventWords(folded: string[]): string[] {
  const out: string[] = [];
  for (const t of folded) if (EVENT_WORDS[t] !== undefined && !out.includes(t)) out.push(t);
  return out;
}

/**
 * Event words of a clause, leaving out "since …" phrases ("the largest exchange since the war
 * began" reports an exchange) and the events a clause calls off ("defected from a meeting"
 * reports a withdrawal, not a meeting). With `tagged`, a clause with no listed word takes the past
 * actions the part-of-speech tagger finds in its reporter's words. `fired` collects the rules that acted.
 */
export function clauseEventWords(
  text: string,
  fired?: string[],
  tagged = false,
  present: 'headline' | 'live' | null = null,
): string[] {
  const plain = text
    .replace(SINCE_PHRASE, ' ')
    .replace(PHRASAL, (m) => PHRASAL_VERBS[m.toLowerCase().replace(/\s+/g, ' ')] ?? m);
  let found = findEventWords(tokens(plain));
  if (found.length === 0 && tagged) {
    // What a speaker says happened is their account, not the report's: only the reporter's own words count.
    found = pastActions(outsideQuotations(plain));
    if (found.length && fired) fired.push(WORD_RULES.pastAction.id);
    if (!found.length && present) {
      found = headlineActions(outsideQuotations(plain));
      const rule = present === 'live' ? WORD_RULES.livePresent : WORD_RULES.headlinePresent;
      if (found.length && fired) fired.push(rule.id);
    }
  }
  const off = found.findIndex((t) => CALLING_OFF_WORDS.has(t));
  if (off < 0) return found;
  const kept = found.filter((t, i) => i <= off || CALLING_OFF_WORDS.has(t));
  if (fired && kept.length < found.length) fired.push(WORD_RULES.callingOff.id);
  return kept;
}

/**
 * Event words of a dated clause that has none of its own: the action it plans or attempts ("will be
 * presented next week", "tried to withdraw $42 billion on Thursday"), in the reporter's words only.
 */
export function governedEventWords(text: string, fired: string[]): string[] {
  const found = governedActions(outsideQuotations(text));
  if (found.length) fired.push(WORD_RULES.governedAction.id);
  return found;
}

/**
 * Event words of a dated clause whose verb is left out ("and four more on Monday"): those of the clause before.
 * Verbs are looked for in the whole sentence's tagging, which knows "burst" is a verb where the clause alone may not.
 */
export function elidedVerbWords(
  sentence: string,
  clause: [number, number],
  before: string[],
  fired: string[],
): string[] {
  if (before.length === 0) return [];
  const terms = (nlp(sentence).json({ offset: true }) as { terms: TaggedTerm[] }[]).flatMap((s) => s.terms);
  const inClause = (t: TaggedTerm) => t.offset.start >= clause[0] && t.offset.start < clause[1];
  if (terms.some((t) => inClause(t) && t.tags.includes('Verb'))) return [];
  fired.push(WORD_RULES.elidedVerb.id);
  return [...before];
}

interface TaggedTerm {
  offset: { start: number };
  tags: string[];
}
