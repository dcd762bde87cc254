/**
 * Cross-article publication dating from what an undated article reports: its "on Tuesday" and
 * "since Sunday" tell of events other articles date ("devalued the peso on Tuesday" beside a wire's
 * "devalued the peso on December 12"). A publication day is taken only when at least two of its
 * relative days (or one, of a report sharing a name and rare words) land on days that resembling
 * reports elsewhere state, and no other day fits as well.
 */
import type { Article, EventMention, Publication } from '../types.ts';
import { type CivilDate, daysBetween, isoWeekStart, parseIsoDay, plusDays, timexDay } from '../lib/dates/calendar.ts';
import { resolveDates } from '../lib/dates/index.ts';
import { firstDay } from '../lib/dates/units.ts';
import { ruleMeta } from '../lib/rules/index.ts';
import { NAMES_A_DAY } from '../lib/lexicon/time-phrases.ts';

export const REPORTED_DAYS_RULE = ruleMeta(
  'pubdate-reported-days',
  'An undated article takes the day at which its "on Tuesday"s fit the dates others give like reports.',
);

/** Clauses that must agree, unless one resembles its report strongly: one could fit by chance, two rarely do. */
const MIN_AGREEING = 2;
/** A term in more than this share of mentions says nothing about which event a clause reports. */
const COMMON_TERM_SHARE = 0.05;
/** Resemblance a dated report needs to vote: a shared name and a shared rare word, or two of either. */
const MIN_RESEMBLANCE = 2;
/** Resemblance with which one clause alone dates an article: a name and rare words together rarely meet by chance. */
const STRONG = { names: 1, score: 3 } as const;

/** One relative day of an undated text: where it lands for each day of a reference week. */
interface RelativeDay {
  text: string;
  /** Days from the reference Monday to where the expression lands, for a reference on each weekday. */
  offsets: number[];
}

const clauseOf = (m: EventMention): string => m.quote.slice(m.clause[0], m.clause[1]);

/** The relative day expressions of a text, resolved against each day of one reference week. */
function relativeDays(text: string, monday: CivilDate): RelativeDay[] {
  // Without a day word a text tells no relative day: resolving is skipped for the rest.
  if (!NAMES_A_DAY.test(text)) return [];
  // The eighth reference, a week after the first, tells a day that moves with the reference from one that does not.
  const refs = [0, 1, 2, 3, 4, 5, 6, 7].map((k) => plusDays(monday, k));
  const found = new Map<string, RelativeDay>();
  refs.forEach((ref, k) => {
    for (const span of resolveDates(text, { date: timexDay(ref) })) {
      const { relative, unit } = span.resolution;
      const day = relative && unit.kind === 'day' ? firstDay(unit) : null;
      if (!day) continue;
      const key = `${span.start}:${span.end}`;
      const entry = found.get(key) ?? { text: text.slice(span.start, span.end), offsets: [] };
      entry.offsets[k] = daysBetween(timexDay(monday), timexDay(day));
      found.set(key, entry);
    }
  });
  // A weekday or "yesterday" lands within a week of its reference and a week later for a reference a week later;
  // "May 2" (its year from the reference) and "the following day" (from a date in the text) do not.
  const movesWithReference = (r: RelativeDay): boolean =>
    r.offsets.filter((o, k) => o !== undefined && Math.abs(o - k) <= 7).length === refs.length &&
    r.offsets[7] === r.offsets[0]! + 7;
  return [...found.values()].filter(movesWithReference).map((r) => ({ ...r, offsets: r.offsets.slice(0, 7) }));
}

/** How much two mentions look like reports of one event (shared names, shared rare words), and whether strongly. */
function resemblance(rare: (t: string) => boolean): (a: EventMention, b: EventMention) => Likeness {
  return (a, b) => {
    const names =
      a.actors.filter((x) => b.actors.includes(x)).length + a.places.filter((x) => b.places.includes(x)).length;
    const words = a.terms.filter((t) => rare(t) && b.terms.includes(t)).length;
    const score = Math.min(names, 2) + Math.min(words, 3);
    return { score, strong: names >= STRONG.names && score >= STRONG.score };
  };
}

interface Likeness {
  score: number;
  strong: boolean;
}

/** Dated reports sharing a name or a rare word with a mention: only those can resemble it enough. */
function blocking(dated: EventMention[], rare: (t: string) => boolean): (m: EventMention) => EventMention[] {
  const keysOf = (m: EventMention): string[] => [
    ...m.actors.map((a) => `a:${a}`),
    ...m.places.map((p) => `p:${p}`),
    ...m.terms.filter(rare).map((t) => `t:${t}`),
  ];
  const index = new Map<string, EventMention[]>();
  for (const x of dated)
    for (const k of keysOf(x)) {
      const list = index.get(k);
      if (list) list.push(x);
      else index.set(k, [x]);
    }
  return (m) => [...new Set(keysOf(m).flatMap((k) => index.get(k) ?? []))];
}

/** Reference days at which a relative day lands on `day`: the days of each weekday phase that fit. */
function fittingDays(r: RelativeDay, monday: CivilDate, day: string): string[] {
  const out: string[] = [];
  const target = daysBetween(timexDay(monday), day);
  r.offsets.forEach((offset, k) => {
    const shift = target - offset;
    if (shift % 7 === 0) out.push(timexDay(plusDays(monday, k + shift)));
  });
  return out;
}

interface Vote {
  score: number;
  agreeing: number;
  strong: boolean;
  why: string[];
}

/** Date each undated article from its relative days and other articles' dated reports; null when unclear. */
export function dateFromReportedDays(articles: Article[], mentions: EventMention[]): Map<string, Publication> {
  const out = new Map<string, Publication>();
  const undated = new Set(articles.filter((a) => a.publication.date === null).map((a) => a.id));
  if (!undated.size) return out;
  const dated = mentions.filter(
    (m) => m.date?.precision === 'day' && m.date.start === m.date.end && /^\d{4}-/.test(m.date.start),
  );
  if (!dated.length) return out;
  const frequency = new Map<string, number>();
  for (const m of mentions) for (const t of new Set(m.terms)) frequency.set(t, (frequency.get(t) ?? 0) + 1);
  const rare = (t: string): boolean => (frequency.get(t) ?? 0) <= Math.max(2, mentions.length * COMMON_TERM_SHARE);
  const like = resemblance(rare);
  const reportsLike = blocking(dated, rare);
  const monday = referenceMonday(dated);
  // A clause that is its whole sentence is resolved once for both uses below.
  const resolved = new Map<string, RelativeDay[]>();
  const daysIn = (text: string): RelativeDay[] => {
    if (!resolved.has(text)) resolved.set(text, relativeDays(text, monday));
    return resolved.get(text)!;
  };
  const fileOf = new Map(articles.map((a) => [a.id, a.file]));
  const votesFor = (article: Article): Map<string, Vote> => {
    const votes = new Map<string, Vote>();
    // Each clause votes once for a day: its best-resembling report among those its relative days fit.
    for (const m of mentions.filter((x) => x.article === article.id && x.date === null)) {
      const best = new Map<string, Likeness & { why: string }>();
      for (const r of daysIn(clauseOf(m)))
        for (const x of reportsLike(m)) {
          const likeness = like(m, x);
          if (likeness.score < MIN_RESEMBLANCE) continue;
          for (const d of fittingDays(r, monday, x.date!.start)) {
            if ((best.get(d)?.score ?? 0) >= likeness.score) continue;
            best.set(d, { ...likeness, why: `“${r.text}” is ${x.date!.start} in ${fileOf.get(x.article)}:${x.line}` });
          }
        }
      for (const [d, b] of best) {
        const v = votes.get(d) ?? { score: 0, agreeing: 0, strong: false, why: [] };
        votes.set(d, {
          score: v.score + b.score,
          agreeing: v.agreeing + 1,
          strong: v.strong || b.strong,
          why: [...v.why, b.why],
        });
      }
    }
    return votes;
  };
  for (const article of articles) {
    if (!undated.has(article.id)) continue;
    // Every sentence's relative days, reports or not, tell where the writing stands.
    const days = article.sentences.filter((x) => x.origin !== 'embed').flatMap((x) => daysIn(x.text));
    const chosen = choose(votesFor(article), days, monday);
    if (chosen) out.set(article.id, publicationOf(article, chosen));
  }
  return out;
}

/** The best-supported day; at equal support, the one keeping the article's relative days closest together. */
function choose(votes: Map<string, Vote>, days: RelativeDay[], monday: CivilDate): [string, Vote] | null {
  const ranked = [...votes].filter(([, v]) => v.agreeing >= MIN_AGREEING || v.strong);
  if (!ranked.length) return null;
  const top = Math.max(...ranked.map(([, v]) => v.score));
  const best = ranked.filter(([, v]) => v.score === top);
  const spread = (day: string): number => {
    const from = daysBetween(timexDay(monday), day);
    const k = ((from % 7) + 7) % 7;
    const landed = days.map((r) => r.offsets[k]! + from - k);
    return Math.max(0, ...landed.map((o) => Math.abs(o - from)));
  };
  best.sort(([a], [b]) => spread(a) - spread(b) || (a < b ? -1 : 1));
  // Days that differ in which reports they fit are a real ambiguity: then no date.
  const [first, second] = best;
  if (second && spread(second[0]) === spread(first![0]) && second[1].why.join() !== first![1].why.join()) return null;
  return first!;
}

/** The Monday of the week of the earliest dated report: a fixed origin for weekday arithmetic. */
function referenceMonday(dated: EventMention[]): CivilDate {
  const earliest = dated.map((m) => m.date!.start).sort()[0]!;
  return isoWeekStart(parseIsoDay(earliest)!);
}

function publicationOf(article: Article, [day, vote]: [string, Vote]): Publication {
  return {
    ...article.publication,
    date: day,
    from: 'inferred',
    evidence: `${REPORTED_DAYS_RULE.id}: its relative days fit dates others give like reports: ${vote.why.join('; ')}`,
    confidence: 0.6,
  };
}
