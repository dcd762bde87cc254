/**
 * Past actions by part of speech: the verbs of a clause that report something done ("Massa has
 * conceded", "the crowd answered", "bonds rose"), found by the tagger rather than a word list,
 * so that a story's own verbs count without anyone listing them.
 */
import nlp from 'compromise';
import { PURE_STATE_VERBS, STATE_VERBS } from '../lexicon/state-verbs.ts';
import { SAYING_VERBS } from '../lexicon/reporting-verbs.ts';

// "would have", "could", "might": what did not, or may not, happen.
const HYPOTHETICAL = /\b(?:would|could|should|might|may|must)\b/i;

/** The event word every verb of saying stands for. */
const SAID = 'said';

// "will walk out", "is to vote": a present form that tells what is still ahead.
const FUTURE = /\b(?:will|would|shall|going|to)\b/i;

// "have been watching": a state that runs up to now, not something done on a day.
const ONGOING = /^(?:has|have)\s+been$/i;
// "with bated breath", "the wounded men": a participle after a preposition or an article is an adjective.
const ADJECTIVAL = /\b(?:with|the|a|an|of|in|by|for|its|their|his|her)\s+$/i;

interface TaggedVerb {
  offset?: { start: number };
  verb?: { infinitive?: string; grammar?: { tense?: string }; auxiliary?: string; negative?: boolean };
}

/** Infinitives of the past-tense or perfect action verbs of a clause, in order, without repeats. */
export function pastActions(text: string): string[] {
  return actions(text, 'PastTense');
}

/** The same for a headline, which tells past news in the present ("Jury finds Bankman-Fried guilty"). */
export function headlineActions(text: string): string[] {
  return actions(text, 'PresentTense');
}

function actions(text: string, tense: 'PastTense' | 'PresentTense'): string[] {
  const out: string[] = [];
  for (const v of nlp(text).verbs().json({ offset: true }) as TaggedVerb[]) {
    const info = v.verb;
    const infinitive = info?.infinitive?.toLowerCase().split(' ')[0];
    if (!info || !infinitive || info.grammar?.tense !== tense || info.negative) continue;
    // A headline's present verb follows its subject: "Flood news from the north" opens with a noun, not a verb.
    if (
      tense === 'PresentTense' &&
      (FUTURE.test(info.auxiliary ?? '') || !/\p{L}/u.test(text.slice(0, v.offset?.start ?? 0)))
    )
      continue;
    if (HYPOTHETICAL.test(info.auxiliary ?? '') || ONGOING.test(info.auxiliary?.trim() ?? '')) continue;
    if (ADJECTIVAL.test(text.slice(0, v.offset?.start ?? 0))) continue;
    if (STATE_VERBS.has(infinitive) || !/^\p{Ll}+$/u.test(infinitive)) continue;
    // Every verb of saying reports a statement, as "said" does.
    const word = SAYING_VERBS.has(infinitive) ? SAID : infinitive;
    if (!out.includes(word)) out.push(word);
  }
  return out;
}

/**
 * The actions a dated clause announces or attempts when it has no past action of its own: a verb
 * in the future ("will be presented to ministers next week") and the infinitive a verb or adjective
 * governs ("is expected to open", "tried to withdraw", "is due to sail"). The date says when; the
 * governed verb says what, since the governing one ("expect", "try") is an attitude, not an event.
 */
export function governedActions(text: string): string[] {
  const doc = nlp(text);
  const out: string[] = [];
  const add = (infinitive: string | undefined) => {
    const word = infinitive?.toLowerCase().split(' ')[0];
    if (word && /^\p{Ll}+$/u.test(word) && !STATE_VERBS.has(word) && !out.includes(word)) out.push(word);
  };
  for (const v of doc.verbs().json() as TaggedVerb[])
    if (v.verb?.grammar?.tense === 'FutureTense' && !v.verb.negative && !HYPOTHETICAL.test(v.verb.auxiliary ?? ''))
      add(v.verb.infinitive);
  // The match is a view of the same tagged document, so its verbs keep their tags ("open" stays a verb).
  const governed = doc.match('(#Verb|#Adjective) to [#Verb]', 0) as unknown as typeof doc;
  for (const v of governed.verbs().json() as TaggedVerb[]) if (!v.verb?.negative) add(v.verb?.infinitive);
  return out;
}

/** What an undated clause's verbs tell of it, read from one tagging of the clause. */
export interface VerbCues {
  /**
   * It tells its news in the present, as headlines and summaries do ("Milei wins the runoff", "Massa concedes
   * defeat"): its first verb is a present form, not "be", with no auxiliary of the future.
   */
  present: boolean;
  /**
   * Every verb only tells a state or an attitude ("The outcome remains uncertain", "Kyiv wants guarantees"): it has
   * verbs, and none can carry an occasion ("there was a meeting" can). Such a clause does not report an occasion.
   */
  statesOnly: boolean;
}

/** The verb cues of a clause (see VerbCues). */
export function verbCues(text: string): VerbCues {
  const verbs = (nlp(text).verbs().json() as TaggedVerb[]).map((v) => v.verb);
  const first = verbs[0];
  const present =
    first !== undefined &&
    first.grammar?.tense === 'PresentTense' &&
    !first.negative &&
    !FUTURE.test(first.auxiliary ?? '') &&
    first.infinitive !== 'be';
  const heads = verbs.map((v) => v?.infinitive?.toLowerCase().split(' ')[0]);
  const statesOnly = heads.length > 0 && heads.every((v) => v !== undefined && PURE_STATE_VERBS.has(v));
  return { present, statesOnly };
}
