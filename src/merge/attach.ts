/**
 * Undated mentions join the event they clearly report and take its date: an event called by
 * its name, the best resembling event near the article's day (or any year, for a clause that
 * looks back), the dated clause of its own sentence, its article's topic, or the event of the
 * sentence it goes on from. What none claims stays undated.
 */
import type { DateSpan, EventMention } from '../types.ts';
import { coversWeekday, parseIsoDay, plusDays, timexDay } from '../lib/dates/calendar.ts';
import { ruleMeta } from '../lib/rules/index.ts';
import { ASIDE, LOOKS_BACK } from '../lib/lexicon/time-phrases.ts';
import { blockNames, scoredLink } from './cluster.ts';
import { type Scorer, bestMatch } from './candidates.ts';
import { foldName, namedEvent } from './cues.ts';
import { bounds, kinds } from './score.ts';
import { ledeOf, topicOf } from './topic.ts';
import { orientationOf } from '../lib/modality/index.ts';
import { nearWindows, windowKeys } from './windows.ts';

/** The rules that attach an undated mention, by the pass that applies them. */
export const ATTACH_RULES = {
  namedEvent: ruleMeta(
    'attach-named-event',
    'An undated clause calling an event by its name joins the event a dated report calls so.',
  ),
  resemblance: ruleMeta(
    'attach-resemblance',
    "An undated mention joins the best accepted event near its article's day.",
  ),
  looksBack: ruleMeta(
    'attach-looks-back',
    'An undated clause that looks back ("previous", "earlier") may join an accepted event of any year.',
  ),
  datedSibling: ruleMeta(
    'attach-dated-sibling',
    'A clause naming nothing joins the dated clause of its own sentence (not an aside).',
  ),
  articleTopic: ruleMeta(
    'attach-article-topic',
    'An undated sentence joins the event of its own article it most plausibly reports.',
  ),
  sameDayElsewhere: ruleMeta(
    'attach-same-day-other-source',
    "Failing its own article, an undated sentence joins an event of its article's day others report, of its kind.",
  ),
  presentNews: ruleMeta(
    'attach-present-news',
    'An undated headline or present-tense clause ("Milei wins the runoff") joins no event over a few days old.',
  ),
  headlineLede: ruleMeta(
    'attach-headline-lede',
    "A page's undated headline joins the event its lede reports, when the two share two names or words.",
  ),
  goesOn: ruleMeta('attach-goes-on', "A mention that goes on about the sentence before joins that sentence's event."),
  sameOccasion: ruleMeta(
    'attach-same-occasion',
    'An undated "There, …" joins the event of the sentence before, once it has one.',
  ),
  goesOnTopic: ruleMeta(
    'attach-goes-on-topic',
    "When the sentence it goes on from found no event, a mention with event words joins its article's topic.",
  ),
  namedWeekday: ruleMeta(
    'attach-named-weekday',
    'An undated clause naming a weekday its undated article cannot resolve joins only an event on that weekday.',
  ),
  toldBefore: ruleMeta(
    'attach-past-not-after-article',
    "An undated clause told in the past joins no event after its article's day: the article had not seen it.",
  ),
} as const;

/** Why an undated sentence joined its article's event, as the merge evidence says it. */
const TOPIC_WHY =
  'undated: the event of its own article it most plausibly reports (names, kind of event, tense, nearness in the text)';
const clauseText = (m: EventMention): string => m.quote.slice(m.clause[0], m.clause[1]);
const publishedOf = (s: Scorer, m: EventMention): string | null =>
  s.ctx.articles.get(m.article)?.publication.date ?? null;

// How many days before its publication a headline's present tense may reach: a weekly or a next-day wire
// tells Sunday's vote on Wednesday at the latest.
const NEWS_DAYS = 3;

/** Whether an undated clause tells the page's own news: a headline, or a summary told in the present. */
const reportsNews = (m: EventMention): boolean =>
  (m.origin === 'headline' || m.present === true) && !LOOKS_BACK.test(clauseText(m));

/** Whether an event's dates reach the few days before a publication day, or later. */
function recentTo(published: string): (date: DateSpan) => boolean {
  const day = parseIsoDay(published);
  const from = day ? timexDay(plusDays(day, -NEWS_DAYS)) : published;
  // Only the past is bounded: "the talks coincide with the summit to be hosted…" may tell of what is still ahead.
  return (date) => bounds(date)[1] >= from;
}

/** Whether an event can be the one a clause reports by the weekday it names: any event, when it names none. */
function fallsOnWeekday(m: EventMention, date: DateSpan): boolean {
  return m.weekday === undefined || coversWeekday(m.weekday, date);
}

/**
 * Whether an event may be what a clause reports as past by the last day its article saw: its publication, or a later
 * day it reports as done (a live page runs on past its first day). Rule `attach-past-not-after-article`.
 */
function seenBefore(s: Scorer, m: EventMention, published: string | null): (date: DateSpan) => boolean {
  // A day inferred from what other sources report is a guess: it may fall before what the page told.
  const stated = s.ctx.articles.get(m.article)?.publication.from !== 'inferred';
  if (!published || !stated || orientationOf(clauseText(m)) !== 'past') return () => true;
  // The last day the article reports as done, read only for an event after its publication day.
  let last: string | null = null;
  const lastSeen = (): string => {
    last ??= s.clusters
      .ofArticle(m.article)
      .flatMap((c) => s.clusters.list[c]!.mentions)
      .filter((x) => x.article === m.article && x.dateSource !== 'merge' && x.status === 'happened' && x.date)
      .reduce((latest, x) => (bounds(x.date!)[1] > latest ? bounds(x.date!)[1] : latest), published);
    return last;
  };
  return (date) => bounds(date)[0] <= published || bounds(date)[0] <= lastSeen();
}

/**
 * "the Black Sea Initiative", "Operation Spider Web": an event called by its name is the event a dated report calls
 * by that name, whenever it was; that outweighs resemblance. False when no dated report calls it so.
 */
function attachToNamesake(s: Scorer, m: EventMention, names: string[], onWeekday: (c: number) => boolean): boolean {
  const { clusters } = s;
  const named = namedEvent(clauseText(m));
  if (!named) return false;
  const calls = (x: EventMention): boolean =>
    (x.dateSource === 'sentence' || x.dateSource === 'anchor') && foldName(x.quote).includes(named);
  const namesake = clusters
    .lookup(['*'], [...names, ...[...kinds(m)].map((k) => `k:${k}`)])
    .find((c) => onWeekday(c) && clusters.list[c]!.mentions.some(calls));
  if (namesake === undefined) return false;
  const why = `undated: it calls the event by its name, as a dated report does (“${named}”)`;
  clusters.attach(namesake, m, {
    with: clusters.list[namesake]!.mentions.find(calls)!.id,
    why,
    rule: ATTACH_RULES.namedEvent.id,
  });
  return true;
}

/**
 * Attach an undated mention by name or resemblance: null when attached, else the mention with the evidence of the
 * rules that narrowed its candidates, for the passes after.
 */
export function attachByResemblance(s: Scorer, mention: EventMention): EventMention | null {
  let m = mention;
  const { clusters } = s;
  const names = blockNames(m, false);
  const published = publishedOf(s, m);
  let candidates = clusters.lookup(nearWindows(published), names);
  if (m.origin === 'headline') {
    // Headlines look first at their own article.
    const own = candidates.filter((c) => clusters.reports(m.article, c));
    if (own.length) candidates = own;
  }
  const recent = published && reportsNews(m) ? recentTo(published) : null;
  if (recent) candidates = candidates.filter((c) => recent(clusters.list[c]!.date));
  const onWeekday = (c: number): boolean => fallsOnWeekday(m, clusters.list[c]!.date);
  candidates = candidates.filter(onWeekday);
  if (attachToNamesake(s, m, names, onWeekday)) return null;
  // Otherwise the best acceptable event near the article's day; a clause that looks back
  // ("their previous…", "earlier") may reach an event of any year.
  let rule: string = recent ? ATTACH_RULES.presentNews.id : ATTACH_RULES.resemblance.id;
  if (m.weekday !== undefined) rule = ATTACH_RULES.namedWeekday.id;
  const seen = seenBefore(s, m, published);
  let around = published;
  let match = bestMatch(s, m, candidates, false, around);
  if (!match && LOOKS_BACK.test(clauseText(m))) {
    [candidates, around] = [clusters.lookup(['*'], names).filter(onWeekday), null];
    match = bestMatch(s, m, candidates, false, around);
    rule = ATTACH_RULES.looksBack.id;
  }
  if (match && !seen(clusters.list[match.c]!.date)) {
    m = { ...m, rules: [...m.rules, ATTACH_RULES.toldBefore.id] };
    match = bestMatch(
      s,
      m,
      candidates.filter((c) => seen(clusters.list[c]!.date)),
      false,
      around,
    );
  }
  if (!match) return m;
  const cluster = clusters.list[match.c]!;
  cluster.links.push(
    scoredLink(
      m,
      match,
      'inherited',
      'undated: it shares names and words with the event, and the rules accepted the pair',
      rule,
    ),
  );
  clusters.add(match.c, { ...m, date: cluster.date, dateSource: 'merge', dateText: null });
  return null;
}

/**
 * An undated sentence that shares an actor, place or kind of event with its own article's main
 * current event is taken to report it: news articles circle one story. False when none fits.
 */
export function attachToTopic(s: Scorer, m: EventMention, siblings: EventMention[]): boolean {
  const { clusters, ctx } = s;
  // A clause that names nothing, beside a dated clause of its own sentence, goes with it.
  // Not beside "as was the case in March 2022" or "since the onset of the war": those name another event.
  const sibling = m.weak
    ? siblings.find(
        (x) => x.id !== m.id && x.date !== null && clusters.of(x.id) !== undefined && !ASIDE.test(clauseText(x)),
      )
    : undefined;
  // Failing its own article's events, the event of the article's own day that others report:
  // a live page's "The ship has been freed" is the refloating a wire dates that day.
  const sameDay = (): number[] => {
    const day = publishedOf(s, m);
    if (!day) return [];
    return clusters
      .lookup(
        windowKeys({ start: day, end: day, precision: 'day' }),
        [...kinds(m)].map((k) => `k:${k}`),
      )
      .filter((c) => {
        const [from, to] = bounds(clusters.list[c]!.date);
        return clusters.list[c]!.date.precision === 'day' && from <= day && day <= to;
      });
  };
  const onWeekday = (c: number): boolean => fallsOnWeekday(m, clusters.list[c]!.date);
  const lede = sibling || m.origin !== 'headline' ? null : ledeOf(m, clusters, ctx);
  const c = sibling
    ? clusters.of(sibling.id)!
    : (lede ??
      topicOf(m, clusters.ofArticle(m.article).filter(onWeekday), clusters.list, ctx) ??
      topicOf(m, sameDay(), clusters.list, ctx, true));
  if (c === null) return false;
  const anchor = clusters.list[c]!.mentions.find((x) => x.article === m.article) ?? clusters.list[c]!.mentions[0]!;
  const [why, rule] = sibling
    ? ['names nothing of its own: it goes with the dated clause of its sentence', ATTACH_RULES.datedSibling.id]
    : lede !== null
      ? ['a headline: it tells what its lede reports', ATTACH_RULES.headlineLede.id]
      : anchor.article === m.article
        ? [TOPIC_WHY, ATTACH_RULES.articleTopic.id]
        : [
            "undated: the event of its article's day that other sources report, of the same kind",
            ATTACH_RULES.sameDayElsewhere.id,
          ];
  clusters.attach(c, m, { with: anchor.id, why, rule });
  return true;
}

/** "He also underlined…", "The exchange was executed…": the event of the sentence before. False when none. */
export function attachGoingOn(
  s: Scorer,
  m: EventMention,
  from: string,
  target: EventMention | undefined,
  siblings: EventMention[],
): boolean {
  const { clusters, ctx } = s;
  // When the clause it goes on from found no event, the rest of that sentence may have.
  const sibling = target ? siblings.find((x) => clusters.of(x.id) !== undefined) : undefined;
  const c = clusters.of(from) ?? (sibling ? clusters.of(sibling.id) : undefined);
  // "Aid had to wait for the convoy on Thursday" names its own day: it goes on from no event on another.
  if (c !== undefined && !fallsOnWeekday(m, clusters.list[c]!.date)) return false;
  if (c !== undefined) {
    const rule = m.sameOccasion ? ATTACH_RULES.sameOccasion.id : ATTACH_RULES.goesOn.id;
    const why = 'goes on about the sentence before ("He also…", "These talks…", a quotation going on)';
    clusters.attach(c, m, { with: from, why, rule, source: 'paragraph', score: 1 });
    return true;
  }
  // What it goes on from found no event: it may still report one its article dates.
  const own = clusters.ofArticle(m.article);
  const topic = m.triggers.length
    ? topicOf({ ...m, weak: m.actors.length + m.places.length === 0 }, own, clusters.list, ctx)
    : null;
  if (topic === null) return false;
  const anchor =
    clusters.list[topic]!.mentions.find((x) => x.article === m.article) ?? clusters.list[topic]!.mentions[0]!;
  clusters.attach(topic, m, { with: anchor.id, why: TOPIC_WHY, rule: ATTACH_RULES.goesOnTopic.id });
  return true;
}
