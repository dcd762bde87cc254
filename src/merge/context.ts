/**
 * Undated clauses that tell context, not an occasion: a habit, a standing state, a question, a view held, a clause
 * whose every verb tells a state. They join no event (they stay on their source page), whatever they resemble.
 */
import type { EventMention } from '../types.ts';
import { ruleMeta } from '../lib/rules/index.ts';
import { REPEATED, STANDING } from '../lib/lexicon/time-phrases.ts';
import { QUESTION_END } from '../lib/lexicon/clause-markers.ts';
import { HOLDS_VIEW } from '../lib/lexicon/reporting-verbs.ts';

/** The rules that keep an undated clause out of every event. */
export const CONTEXT_RULES = {
  toldAsHabit: ruleMeta(
    'attach-refuse-habit',
    'An undated clause telling of repeated occasions ("on multiple occasions", "repeatedly") joins no one event.',
  ),
  toldAsState: ruleMeta(
    'attach-refuse-standing',
    'An undated clause telling a standing state ("have long been calling for", "currently working on") joins no event.',
  ),
  holdsView: ruleMeta(
    'attach-refuse-view',
    'An undated clause telling a view or aim held now ("Zelensky believes…", "has made X a priority") joins no event.',
  ),
  onlyStates: ruleMeta(
    'attach-refuse-state-verbs',
    'An undated clause whose every verb tells a state ("The outcome remains uncertain") reports no occasion.',
  ),
  asks: ruleMeta(
    'attach-refuse-question',
    'An undated question ("Who won, and by how much?") asks about an event and reports none: it joins no event.',
  ),
} as const;

const clauseText = (m: EventMention): string => m.quote.slice(m.clause[0], m.clause[1]);

/**
 * "Turkey convened both leaders on multiple occasions", "Kyiv has long demanded a ceasefire", "Did anyone see
 * this coming?": context or a question, not a report of one event. Such an undated mention joins none (it stays
 * on its source page); it comes back marked with the rule, else null. A dated question ("What happened on
 * Friday?") never gets here: its own words tell the day.
 */
export function toldAsContext(m: EventMention): EventMention | null {
  const clause = clauseText(m);
  const rule = REPEATED.test(clause)
    ? CONTEXT_RULES.toldAsHabit.id
    : STANDING.test(clause)
      ? CONTEXT_RULES.toldAsState.id
      : QUESTION_END.test(m.quote)
        ? CONTEXT_RULES.asks.id
        : HOLDS_VIEW.test(clause)
          ? CONTEXT_RULES.holdsView.id
          : m.statesOnly
            ? CONTEXT_RULES.onlyStates.id
            : null;
  return rule ? { ...m, rules: [...m.rules, rule] } : null;
}
