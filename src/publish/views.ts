/**
 * The view models templates render: every label, link and grouping is computed here, so that
 * templates only print. All article text stays text; templates escape it.
 */
import type { Actor, Article, DateSpan, EventMention, Place, TimelineEvent } from '../types.ts';
import { yearKnown } from '../lib/dates/year-unknown.ts';
import { YEAR_UNKNOWN_PERIOD, dateLabel, dayHeading, periodOf } from './labels.ts';
import type { Headline } from './headline/index.ts';
import { headlineOf, publisherOf } from './attribution.ts';
import { orderQuotes } from './quotes.ts';

/** A link to an actor or place with its display name. */
export interface NameRef {
  /** Registry id. */
  id: string;
  /** Display name. */
  name: string;
}

/** One quote on an event page. */
export interface QuoteView {
  /** Article id. */
  article: string;
  /** Article title. */
  title: string;
  /** Publisher, when known. */
  publisher: string | null;
  /** Publication day (YYYY-MM-DD), or "date unknown". */
  published: string;
  /** The publication day as readers write it ("15 May 2025"), or "date unknown". */
  publishedLabel: string;
  /** The sentence, verbatim. */
  quote: string;
  /** The words that dated it. */
  dateText: string | null;
  /** How it was dated, in words. */
  dating: string;
  /** Link to the sentence on the source page. */
  sourceUrl: string;
  /** The original article URL, when known. */
  originalUrl: string | null;
  /** Date this source gives, when it disagrees with the event date. */
  ownDate: string | null;
}

/** An event as the templates show it. */
export interface EventView {
  /** Permanent id. */
  id: string;
  /** Page URL. */
  url: string;
  /** Title. */
  title: string;
  /** How the title was chosen: its score and the headline rules that fired. */
  titleEvidence: { score: number; rules: string[] };
  /** Summary sentence, verbatim from a source. */
  summary: string;
  /** Date label at precision. */
  dateLabel: string;
  /** Machine-readable start (`XXXX-05-08` when no source gives the year). */
  start: string;
  /** The HTML `datetime` of the date: its start, `05-08` when the year is unknown, null for a yearless month. */
  datetime: string | null;
  /** Machine-readable end. */
  end: string;
  /** day, month or year. */
  precision: string;
  /** Key of the timeline period it is grouped under (YYYY-MM, or YYYY): the anchor #p-<period> on the timeline. */
  period: string;
  /** happened or planned. */
  status: string;
  /** Label for the status badge. */
  statusLabel: string;
  /** What the status rests on, when it is not plain: a day that slipped, or a plan whose day has passed unreported. */
  statusNote: string | null;
  /** Actors. */
  actors: NameRef[];
  /** Places. */
  places: NameRef[];
  /** Number of distinct articles citing it. */
  sourceCount: number;
  /**
   * Quotes, no sentence twice: first the best sentence of each source (the first of them the
   * lead: the sentence the headline was built from), then the rest.
   */
  quotes: QuoteView[];
  /** How many of `quotes` are the best sentence of a source; the rest are shown collapsed. */
  bestCount: number;
  /** True for background events from before the coverage. */
  background: boolean;
  /** Versions of the date when sources disagree. */
  differ: { label: string; sources: string[] }[];
  /** schema.org JSON-LD for the page. */
  jsonld?: object;
  /** Day the event was last reported (latest source publication), for feeds; null when no day is known. */
  updated: string | null;
  /** Merge evidence, for the "why merged" details. */
  evidence: {
    mention: string;
    with: string;
    score: number;
    date: string;
    shared: string;
    similarity: number;
    why: string;
  }[];
}

const DATING: Record<string, string> = {
  sentence: 'dated by its own words',
  embed: 'dated by the embedded post’s signature',
  paragraph: 'dated by the sentence before it',
  anchor: 'dated from another dated event in the article',
  merge: 'undated; takes the date of the event it reports',
};

/** Build the view of an event. */
export function eventView(
  event: TimelineEvent,
  articles: Map<string, Article>,
  actors: Map<string, Actor>,
  places: Map<string, Place>,
  backgroundBefore: string,
  headline: Headline,
): EventView {
  const { ordered, bestCount } = orderQuotes(event.mentions, headline.basis, articles);
  const quotes = ordered.map((m) => quoteView(m, event, articles));
  return {
    bestCount,
    id: event.id,
    url: `/events/${event.id}/`,
    title: event.title,
    titleEvidence: { score: headline.score, rules: headline.rules },
    summary: event.summary,
    dateLabel: dateLabel(event.date),
    start: event.date.start,
    datetime: htmlDatetime(event.date),
    end: event.date.end,
    precision: event.date.precision,
    period: periodOf(event.date).key,
    status: event.status,
    statusLabel: event.pastDue
      ? 'Planned; not reported held'
      : event.status === 'planned'
        ? 'Planned or expected'
        : 'Happened',
    statusNote: statusNote(event),
    actors: event.actors.map((id) => ({ id, name: actors.get(id)?.name ?? id })),
    places: event.places.map((id) => ({ id, name: places.get(id)?.name ?? id })),
    sourceCount: new Set(event.mentions.map((m) => m.article)).size,
    quotes,
    background: event.date.end < backgroundBefore,
    updated: lastReported(quotes, event),
    differ: event.disagreements.map((d) => ({
      label: dateLabel(d.date),
      sources: [...new Set(d.mentions.map((id) => articles.get(id.split('#')[0]!)?.title ?? id))],
    })),
    evidence: event.links.map((l) => ({
      mention: l.mention,
      with: l.with,
      score: l.score,
      date: l.date,
      shared: [
        ...l.sharedActors.map((id) => actors.get(id)?.name ?? id),
        ...l.sharedPlaces.map((id) => places.get(id)?.name ?? id),
      ].join(', '),
      similarity: l.similarity,
      why: l.why,
    })),
  };
}

// The latest publication day of a source, else the event's first day; a yearless event without one has none.
function lastReported(quotes: QuoteView[], event: TimelineEvent): string | null {
  const days = quotes.map((q) => q.published).filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d));
  if (days.length) return days.sort().pop()!;
  return yearKnown(event.date) ? `${event.date.start}-01-01`.slice(0, 10) : null;
}

// HTML allows a yearless date ("05-08") but no yearless month.
function htmlDatetime(date: DateSpan): string | null {
  if (yearKnown(date)) return date.start;
  return date.precision === 'day' ? date.start.slice(5) : null;
}

function quoteView(m: EventMention, event: TimelineEvent, articles: Map<string, Article>): QuoteView {
  const article = articles.get(m.article);
  const own =
    m.date && m.dateSource === 'sentence' && (m.date.start !== event.date.start || m.date.end !== event.date.end)
      ? dateLabel(m.date)
      : null;
  return {
    article: m.article,
    title: article ? headlineOf(article).title : m.article,
    publisher: article ? (publisherOf(article)?.name ?? null) : null,
    published: article?.publication.date ?? 'date unknown',
    publishedLabel: article?.publication.date
      ? dateLabel({ start: article.publication.date, end: article.publication.date, precision: 'day' })
      : 'date unknown',
    quote: m.quote,
    dateText: m.dateText,
    dating: m.dateSource ? (DATING[m.dateSource] ?? m.dateSource) : 'undated',
    sourceUrl: `/sources/${m.article}/#s-${m.sentence}`,
    originalUrl: article?.url ?? null,
    ownDate: own,
  };
}

/** Timeline groups: periods (months, or years for year-precision events) holding days. */
export interface PeriodGroup {
  /** Sort key: YYYY or YYYY-MM. */
  key: string;
  /** Heading: "May 2025" or "2022". */
  label: string;
  /** Whether every event in it is background. */
  background: boolean;
  /**
   * Day groups; `label` is null for events known only to the month or year. Events are
   * referenced by id (look them up in the events map); `showDate` is false when the day
   * heading already says the event's date, so each date is printed once.
   */
  days: { key: string; label: string | null; events: { id: string; showDate: boolean }[] }[];
}

/** The home page: the story's own periods first, then the background collapsed into one "Before" section. */
export interface TimelineView {
  /** Periods of the story itself, in date order. */
  story: PeriodGroup[];
  /** Background periods (before the coverage begins), in date order. */
  before: PeriodGroup[];
  /** Label of the "Before" section: "Before 2025 (2014–2024)". */
  beforeLabel: string;
  /** Events no source gives a year for ("8 May (year unknown)"), after the dated story; empty or one section. */
  yearUnknown: PeriodGroup[];
}

/** Group events (already in date order) by period and day, story first, background collapsed. */
export function groupTimeline(events: TimelineEvent[], views: Map<string, EventView>): TimelineView {
  const groups: PeriodGroup[] = [];
  const byKey = new Map<string, PeriodGroup>();
  for (const e of events) {
    const view = views.get(e.id)!;
    const period = periodOf(e.date);
    let group = byKey.get(period.key);
    if (!group) {
      group = { key: period.key, label: period.label, background: true, days: [] };
      groups.push(group);
      byKey.set(period.key, group);
    }
    group.background &&= view.background;
    const heading = dayHeading(e.date);
    const key = heading?.key ?? `${period.key}-*`;
    const last = group.days[group.days.length - 1];
    let day = last && last.key === key ? last : undefined;
    if (!day) {
      day = { key, label: heading?.label ?? null, events: [] };
      group.days.push(day);
    }
    // The heading says "15 May 2025" or the period says "2022": only a range differs from it.
    const said = day.label ?? group.label;
    day.events.push({ id: view.id, showDate: view.dateLabel !== said });
  }
  const yearUnknown = groups.filter((g) => g.key === YEAR_UNKNOWN_PERIOD.key);
  const dated = groups.filter((g) => g.key !== YEAR_UNKNOWN_PERIOD.key);
  const before = dated.filter((g) => g.background);
  const story = dated.filter((g) => !g.background);
  const first = before[0]?.key.slice(0, 4);
  const last = before[before.length - 1]?.key.slice(0, 4);
  const until = story[0]?.key.slice(0, 4);
  const span = first && last ? (first === last ? first : `${first}–${last}`) : '';
  return {
    story,
    before,
    beforeLabel: until ? `Before ${until}${span ? ` (${span})` : ''}` : `Before${span ? ` (${span})` : ''}`,
    yearUnknown,
  };
}

// The reader is told when the day moved, and when a plan's day went by with no report of it.
function statusNote(event: TimelineEvent): string | null {
  if (event.announcedFor)
    return `Announced for ${dateLabel(event.announcedFor)}; held ${dateLabel(event.date)}, as the later reports say.`;
  if (event.pastDue) {
    const latest = dateLabel({ start: event.pastDue, end: event.pastDue, precision: 'day' });
    return `Its day has passed: the latest source is of ${latest}, and no report that it took place was found.`;
  }
  return null;
}
