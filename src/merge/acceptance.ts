/**
 * When a comparison allows a merge: ordered acceptance rules, each refusing (with a reason) or
 * accepting outright; a pair no rule refuses is accepted. Dated mentions found events; undated
 * ones only join, so they meet stricter rules.
 */
import { type Rule, rule } from '../lib/rules/index.ts';
import type { PairScore } from './score.ts';

/** Minimum score for a dated mention to join an event: half of full agreement. */
export const MERGE_THRESHOLD = 0.5;
/**
 * Minimum score for an undated mention to join (and take the date of) an event: it has no date to agree on, so less.
 */
export const ATTACH_THRESHOLD = 0.42;
// Landmarks (a war, a treaty) known to the month or year are named by kind and date: a quarter of agreement will do.
const LANDMARK_THRESHOLD = 0.25;
// Two reports of one kind on one day, naming nothing different, need only a little more.
const SAME_DAY_THRESHOLD = 0.35;
// Near-identical words outweigh a disagreement on status written the same day.
const SAME_DAY_STATUS_SIMILARITY = 0.6;
// Below this similarity, two reports that disagree on status and share no place are two events.
const STATUS_SIMILARITY = 0.3;
// Below this similarity, dated reports sharing no name are two events.
const UNSHARED_SIMILARITY = 0.5;
// Below this similarity, different kinds of event are two events.
const KIND_SIMILARITY = 0.3;
// An undated sentence sharing no actor needs this much of its words in common.
const UNANCHORED_SIMILARITY = 0.45;
// An undated sentence of another kind needs this much of its words in common.
const UNDATED_KIND_SIMILARITY = 0.35;
// An event near the article's day is the likelier one for an undated sentence.
const NEAR_BONUS = 0.1;

/** How a pair is judged: dated or undated, and how near the event is to the undated mention's article. */
export interface Judging {
  dated: boolean;
  /** 1 near, 0 unknown, -1 far (see nearness). */
  near: number;
}

/** An acceptance rule: 'accept', a reason to refuse, or null to let the next rule decide. */
type Check = Rule<(s: PairScore, j: Judging) => 'accept' | string | null> & { readonly dated: boolean | null };

const check = (id: string, doc: string, dated: boolean | null, apply: Check['apply']): Check => ({
  ...rule({ id, doc }, apply),
  dated,
});

// Wars, invasions and treaties known only to the month or year are named by kind and date; so
// is any occurrence of one kind in one month, unless the two name different people or places.
const isLandmark = (s: PairScore): boolean =>
  s.coarse && s.date !== 'none' && (s.landmark || (s.specificKind && !s.conflicting));
const sharedNames = (s: PairScore): number => s.sharedActors.length + s.sharedPlaces.length;

/** The acceptance rules in the order they decide; `dated` null applies to both. */
export const ACCEPTANCE_RULES: readonly Check[] = [
  check(
    'refuse-same-day-status',
    'One article (or one day) does not report one event as both done and still to come.',
    null,
    (s) =>
      s.sameDay && !s.sameStatus && s.similarity < SAME_DAY_STATUS_SIMILARITY
        ? 'written the same day, one planned and one happened'
        : null,
  ),
  check(
    'refuse-status-unanchored',
    'Planned and happened are one event only if announced earlier with a shared name and kind, or a shared place.',
    null,
    (s) => {
      // What an earlier article announced and a later one reports done is one event.
      const announced = s.plannedFirst && s.sameKind && sharedNames(s) > 0;
      return !s.sameStatus && !announced && s.sharedPlaces.length === 0 && s.similarity < STATUS_SIMILARITY
        ? 'one planned and one happened, with no shared place'
        : null;
    },
  ),
  check(
    'accept-same-day-kind',
    'Two reports of one specific kind on one day, with one status and nothing different named, are one.',
    true,
    (s) =>
      s.date === 'same' && s.specificKind && s.sameStatus && !s.conflicting && s.score >= SAME_DAY_THRESHOLD
        ? 'accept'
        : null,
  ),
  check(
    'refuse-nothing-shared',
    'Dated reports that share no actor or place, nor most words, are two events (unless a landmark).',
    true,
    (s) =>
      sharedNames(s) === 0 && s.similarity < UNSHARED_SIMILARITY && !isLandmark(s)
        ? 'no shared actor or place, and different words'
        : null,
  ),
  check(
    'refuse-different-kinds',
    'Dated reports of different kinds of event, with different words, are two events.',
    true,
    (s) => (!s.sameKind && s.similarity < KIND_SIMILARITY ? 'different kinds of event' : null),
  ),
  check('refuse-dated-score', 'A dated pair must score the merge threshold (a landmark, less).', true, (s) => {
    const threshold = isLandmark(s) ? LANDMARK_THRESHOLD : MERGE_THRESHOLD;
    return s.score < threshold ? `score ${s.score} below ${threshold}` : null;
  }),
  check(
    'refuse-undated-unanchored',
    'An undated sentence joins only through a shared actor, or a shared place with the same kind.',
    false,
    (s) => {
      const anchored = s.sharedActors.length > 0 || (s.sharedPlaces.length > 0 && s.sameKind);
      return !anchored && s.similarity < UNANCHORED_SIMILARITY
        ? 'undated, and no shared actor (or shared place with the same kind of event)'
        : null;
    },
  ),
  check(
    'refuse-undated-kind',
    'An undated sentence of another kind joins only if two participants speak ("X told Y…").',
    false,
    (s) =>
      !s.sameKind && s.similarity < UNDATED_KIND_SIMILARITY && !(s.speech && s.sharedActors.length >= 2)
        ? 'undated, and a different kind of event'
        : null,
  ),
  check(
    'refuse-undated-score',
    "An undated pair must score the attach threshold; an event near the article's day gets a bonus.",
    false,
    (s, j) => {
      const score = s.score + (j.near > 0 ? NEAR_BONUS : 0);
      return score < ATTACH_THRESHOLD ? `score ${score.toFixed(3)} below ${ATTACH_THRESHOLD}` : null;
    },
  ),
];

/** The verdict on a comparison: refused (with the reason and rule), or accepted (by a rule, or by none refusing). */
export type Verdict = { refused: true; reason: string; rule: string } | { refused: false; rule: string | null };

/** Judge a comparison by the acceptance rules in order. */
export function acceptance(s: PairScore, dated: boolean, near = 0): Verdict {
  for (const r of ACCEPTANCE_RULES) {
    if (r.dated !== null && r.dated !== dated) continue;
    const verdict = r.apply(s, { dated, near });
    if (verdict === 'accept') return { refused: false, rule: r.id };
    if (verdict !== null) return { refused: true, reason: verdict, rule: r.id };
  }
  return { refused: false, rule: null };
}
