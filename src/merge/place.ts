/**
 * Placing a dated mention: into the occasion of the sentence before ("There, …"), into the best
 * event of a compatible date the acceptance rules allow, or — naming nothing but a day — into
 * the one event of that day. Otherwise it founds an event.
 */
import type { DateSpan, EventMention } from '../types.ts';
import { ruleMeta } from '../lib/rules/index.ts';
import { blockNames, ruleLink, scoredLink } from './cluster.ts';
import { type Scorer, bestMatch, sampleOf } from './candidates.ts';
import { bounds, dateRelation, vague } from './score.ts';
import { windowKeys } from './windows.ts';
import { cosine } from '../lib/similarity/index.ts';

/** The rules that place a dated mention, in the order they are tried. */
export const PLACE_RULES = {
  sameOccasion: ruleMeta(
    'merge-same-occasion',
    '"There, …", "During the meeting, …" joins the event of the sentence before.',
  ),
  compatibleDates: ruleMeta(
    'merge-compatible-dates',
    'A dated mention joins the best event of a compatible date the acceptance rules allow.',
  ),
  dayOnlyOwn: ruleMeta(
    'merge-day-only-own-article',
    'A sentence naming nothing but a day joins the one event of that day its article reports.',
  ),
  dayOnlyFounds: ruleMeta(
    'merge-day-only-founds',
    'A dated sentence naming nothing that no single event of its day claims reports an event of its own.',
  ),
  dayOnlyAny: ruleMeta(
    'merge-day-only-any-source',
    'A sentence naming nothing but a day joins the one event of that day any source reports.',
  ),
  dayOnlyWords: ruleMeta(
    'merge-day-only-by-words',
    'A sentence naming nothing but a day, of a day with several events, joins the one whose reports share its words.',
  ),
} as const;

// Word likeness (cosine of weighted terms) a nameless sentence needs with an event of its day, and its lead
// over the next: "The inauguration is on Sunday, December 10" shares "inauguration" with one event only.
const DAY_WORDS_SIMILARITY = 0.2;
const DAY_WORDS_MARGIN = 0.1;

/** Place a dated mention (or an undated one given `date`) into an event, or found one. */
export function placeDated(s: Scorer, m: EventMention, date: DateSpan): void {
  if (m.weak) {
    joinSameDay(s, m, date);
    return;
  }
  const { clusters } = s;
  // "There, the ministers discussed…": the occasion of the sentence before.
  const scene = m.sameOccasion ? clusters.of(m.sameOccasion) : undefined;
  if (scene !== undefined && dateRelation(date, clusters.list[scene]!.date) !== 'none') {
    const why = 'the same occasion as the sentence before ("There, …", "During the meeting, …")';
    const rule = PLACE_RULES.sameOccasion.id;
    clusters.list[scene]!.links.push(
      ruleLink({ mention: m.id, with: m.sameOccasion!, score: 1, date: 'same', why, rule }),
    );
    clusters.add(scene, { ...m, date: clusters.list[scene]!.date });
    return;
  }
  const match = bestMatch(s, { ...m, date }, clusters.lookup(windowKeys(date), blockNames(m)), true);
  if (!match) {
    clusters.open({ ...m, date });
    return;
  }
  const cluster = clusters.list[match.c]!;
  const relation = dateRelation(date, cluster.date) === 'same' ? 'same' : 'contained';
  cluster.links.push(
    scoredLink(m, match, relation, 'compatible dates, and the rules accepted the pair', PLACE_RULES.compatibleDates.id),
  );
  cluster.date = widened(cluster.date, date);
  clusters.add(match.c, { ...m, date });
}

// The date rules of "since …" phrases: their date opens a state.
const SINCE_RULES = 'date-since';
// Words a clause must have besides its date to tell something.
const MIN_TOLD_WORDS = 4;

// A sentence naming nothing founds an event only with a calendar date (a number: "March 28",
// "1978") and enough words besides it to tell what happened.
function foundsAlone(m: EventMention): boolean {
  if (m.dateSource !== 'sentence' || !m.dateText || !/\d/.test(m.dateText)) return false;
  // "watching since this morning (May 15)": a state's start, not something that happened that day.
  if (m.rules.some((r) => r.startsWith(SINCE_RULES))) return false;
  const clause = m.quote.slice(m.clause[0], m.clause[1]);
  // "August 23 will now be a national day": a date that is the sentence's subject names a day, not an event on it.
  if (clause.trimStart().startsWith(m.dateText)) return false;
  const told = clause.replace(m.dateText, ' ');
  return (told.match(/\p{L}+/gu) ?? []).length >= MIN_TOLD_WORDS;
}

// "May 30" and "May 30–31" are one event that took two days: it spans the range; "next week"
// and "June 8–9" are one summit on June 8–9.
function widened(current: DateSpan, date: DateSpan): DateSpan {
  const [from, to] = bounds(current);
  const days = date.precision === 'day' && current.precision === 'day';
  if (days && date.start <= from && to <= date.end && date.start !== date.end && !vague(date)) return date;
  if (days && vague(current) && !vague(date) && from <= date.start && date.end <= to) return date;
  return current;
}

// "Thank you for the results on May 16": a sentence naming nothing but a date belongs to the
// one event of that date its article reports, else to the one event of that date anywhere.
function joinSameDay(s: Scorer, m: EventMention, date: DateSpan): void {
  const { clusters } = s;
  const sameDate = [...clusters.block(`${windowKeys(date)[0]}|*`)].filter(
    (c) => dateRelation(date, clusters.list[c]!.date) === 'same',
  );
  const own = sameDate.filter((c) => clusters.reports(m.article, c));
  const only = own.length === 1 ? own[0] : own.length === 0 && sameDate.length === 1 ? sameDate[0] : undefined;
  if (only === undefined && joinByWords(s, m, date, sameDate)) return;
  if (only === undefined) {
    // "Sentencing is set for March 28": a sentence giving a calendar date is a report even when it
    // names nobody; not a time stamp ("December 21 · 10:30"), nor a reckoning ("a decade later").
    if (foundsAlone(m)) s.clusters.open({ ...m, date, rules: [...m.rules, PLACE_RULES.dayOnlyFounds.id] });
    return;
  }
  const anchor = clusters.list[only]!.mentions[0]!;
  const why =
    own.length === 1
      ? 'names nothing but a day: the one event of that day its article reports'
      : 'names nothing but a day: the one event of that day any source reports';
  const rule = own.length === 1 ? PLACE_RULES.dayOnlyOwn.id : PLACE_RULES.dayOnlyAny.id;
  clusters.list[only]!.links.push(ruleLink({ mention: m.id, with: anchor.id, date: 'same', why, rule }));
  clusters.add(only, { ...m, date });
}

// Of several events of the day, the one whose reports share the sentence's words, when one clearly does.
function joinByWords(s: Scorer, m: EventMention, date: DateSpan, sameDate: number[]): boolean {
  const { clusters } = s;
  const mine = s.vectors.get(m.id);
  if (!mine || sameDate.length < 2) return false;
  const ranked = sameDate
    .map((c) => {
      let best = { similarity: 0, with: '' };
      // A bounded sample keeps the cost per sentence constant.
      for (const x of sampleOf(clusters.list[c]!.mentions)) {
        const similarity = cosine(mine, s.vectors.get(x.id) ?? new Map(), s.idf);
        if (similarity > best.similarity) best = { similarity, with: x.id };
      }
      return { c, ...best };
    })
    .sort((a, b) => b.similarity - a.similarity || a.c - b.c);
  const [top, next] = ranked;
  if (!top || top.similarity < DAY_WORDS_SIMILARITY || top.similarity - (next?.similarity ?? 0) < DAY_WORDS_MARGIN)
    return false;
  const why = `names nothing but a day: of that day's events, the one whose reports share its words`;
  const rule = PLACE_RULES.dayOnlyWords.id;
  clusters.list[top.c]!.links.push(
    ruleLink({ mention: m.id, with: top.with, date: 'same', why, rule, similarity: top.similarity }),
  );
  clusters.add(top.c, { ...m, date });
  return true;
}
