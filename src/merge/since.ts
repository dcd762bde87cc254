/**
 * A state told "since" a day ("Writers have been out since May 2") is not an event of that day,
 * but its start is: an undated clause with such a phrase joins the event of that day it resembles,
 * when one is reported, and takes its date. It never founds an event.
 */
import type { EventMention } from '../types.ts';
import { ruleMeta } from '../lib/rules/index.ts';
import { blockNames } from './cluster.ts';
import { type Scorer, bestMatch } from './candidates.ts';
import { dateRelation } from './score.ts';
import { windowKeys } from './windows.ts';

export const SINCE_RULE = ruleMeta(
  'attach-since-start',
  'An undated clause telling a state "since May 2" joins the event of that day it resembles: the state\'s start.',
);

/** Attach an undated mention to the reported start of the state it tells; false when none fits. */
export function attachSinceStart(s: Scorer, m: EventMention): boolean {
  const since = m.since;
  if (!since) return false;
  const { clusters } = s;
  // Its names' events of that day, and, when it names nobody ("Writers have been out since May 2"), any of them.
  const named = clusters.lookup(windowKeys(since), blockNames(m));
  const all = named.length ? named : [...clusters.block(`${windowKeys(since)[0]}|*`)];
  const sameDay = all.filter((c) => dateRelation(since, clusters.list[c]!.date) === 'same');
  const match = bestMatch(s, { ...m, date: since }, sameDay, true);
  if (!match) return false;
  clusters.attach(match.c, m, {
    with: match.with,
    why: `it tells a state since ${since.start}: it joins the reported event that began it`,
    rule: SINCE_RULE.id,
    score: match.score.score,
  });
  return true;
}
