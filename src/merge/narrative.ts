/**
 * A news paragraph tells one occasion in order: an undated past-tense sentence that names no time of
 * its own goes on with the dated sentence right before it ("Police lined the route" after "Thousands
 * marched to the square on Wednesday"). Only when nothing else claimed it: a sentence naming the
 * occasion's actors or kind has already joined it by topic.
 */
import type { EventMention } from '../types.ts';
import { CALENDAR_NAMES } from '../lib/lexicon/calendar-words.ts';
import { LOOKS_BACK, OWN_TIME_WORDS, PAST_PERFECT } from '../lib/lexicon/time-phrases.ts';
import { orientationOf } from '../lib/modality/index.ts';
import { ruleMeta } from '../lib/rules/index.ts';
import type { Scorer } from './candidates.ts';

export const NARRATIVE_RULE = ruleMeta(
  'attach-narrative-next',
  'An undated past-tense sentence naming no time of its own joins the event its dated neighbour before it reports.',
);

const WHY = 'undated, told in the past right after a dated sentence of its paragraph: it goes on telling that occasion';

// Whether a clause keeps to the neighbour's moment: past tense, no time words, no look back (habits and standing
// states never get here: toldAsContext sets them aside first).
function keepsTheMoment(m: EventMention): boolean {
  const clause = m.quote.slice(m.clause[0], m.clause[1]);
  if (m.present || m.since || m.weekday !== undefined) return false;
  if (orientationOf(clause) !== 'past' || PAST_PERFECT.test(clause)) return false;
  if (OWN_TIME_WORDS.test(clause) || LOOKS_BACK.test(clause)) return false;
  return !clause.split(/[^A-Za-z]+/).some((w) => CALENDAR_NAMES.has(w.toLowerCase()));
}

/**
 * Attach an unclaimed undated mention to the event of the sentence right before it in its paragraph,
 * when that sentence writes its own date. `previous` gives the mentions of a sentence. False when none fits.
 */
export function attachNarrativeNext(
  s: Scorer,
  m: EventMention,
  previous: (m: EventMention) => EventMention[],
): boolean {
  if (!keepsTheMoment(m)) return false;
  // The sentence's last clause: "Milei, who founded his party in 2021, beat Massa on Sunday" goes on with the runoff.
  const anchor = previous(m)
    .filter((x) => x.paragraph === m.paragraph && x.dateSource === 'sentence' && s.clusters.of(x.id) !== undefined)
    .sort((a, b) => b.clause[0] - a.clause[0])[0];
  if (!anchor) return false;
  s.clusters.attach(s.clusters.of(anchor.id)!, m, { with: anchor.id, why: WHY, rule: NARRATIVE_RULE.id });
  return true;
}
