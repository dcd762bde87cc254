/**
 * The publish stage: permanent ids from the ledger, then every view and export the site
 * needs, finished. Templates render this data and compute nothing.
 */
import type { Actor, Article, EventMention, Place, SiteSettings, TimelineEvent } from '../types.ts';
import type { MergeResult } from '../merge/index.ts';
import { type Ledger, assignIds } from './ledger.ts';
import { type EventView, type TimelineView, eventView, groupTimeline } from './views.ts';
import { onePerSentence, quotable } from './quotes.ts';
import { type SourceView, sourceView } from './sources.ts';
import { type ActorView, actorView, groupActors, joinClauseActors } from './actors.ts';
import { dateLabel } from './labels.ts';
import { actorJsonLd, eventJsonLd, sourceJsonLd } from './jsonld.ts';
import { eventsCsv, icsCalendar, timelineJs } from './exports.ts';
import { spellingFinder } from './search.ts';
import { type Headline, distinctTitles, headlineOf, headlineRegistry, keepPublished } from './headline/index.ts';
import {
  type ActorsExport,
  ActorsExportSchema,
  type ArticlesExport,
  ArticlesExportSchema,
  type EventsExport,
  EventsExportSchema,
} from '../schemas.ts';

export { type Ledger, LedgerSchema, emptyLedger } from './ledger.ts';
export type { ActorView } from './actors.ts';

/** Everything the site renders. */
export interface SiteData {
  /** Settings. */
  site: SiteSettings;
  /** Events in date order: the one place event views live. */
  events: EventView[];
  /** Position of each event in `events`, by id: how every other view looks an event up. */
  eventIndex: Record<string, number>;
  /** The timeline: the story's periods, then the background; days reference events by id. */
  timeline: TimelineView;
  /** Actors with at least one event, by name. */
  actors: ActorView[];
  /** Source pages, by title. */
  sources: SourceView[];
  /** Retired ids that redirect to their survivor. */
  redirects: { id: string; to: string; title: string; moved: boolean; toTitle: string }[];
  /** Ids whose event lost all its sources. */
  withdrawn: { id: string; title: string; dateLabel: string }[];
  /** The exports: JSON, plus iCalendar (ics), CSV (csv) and TimelineJS3 JSON (timelinejs), finished. */
  api: {
    events: EventsExport;
    actors: ActorsExport;
    articles: ArticlesExport;
    ics: string;
    csv: string;
    timelinejs: unknown;
  };
  /**
   * Spellings of the actors an event or source page names that the page itself lacks, by page URL, for the search
   * index.
   */
  spellings: Record<string, string[]>;
  /** Latest day any event was reported, for feed headers. */
  feedUpdated: string;
  /** Counts for the report and the home page. */
  counts: { articles: number; mentions: number; events: number; actors: number; undated: number };
}

/** Inputs of the publish stage. */
export interface PublishInput {
  /** Parsed, dated articles. */
  articles: Article[];
  /** All mentions, as extracted. */
  mentions: EventMention[];
  /** The merge result. */
  merged: MergeResult;
  /** Registry. */
  actors: Actor[];
  /** Gazetteer. */
  places: Place[];
  /** The ledger from the previous build. */
  ledger: Ledger;
  /** Site settings. */
  settings: SiteSettings;
  /** The decoded text of each article's file, by article id: source pages show the article as written. */
  texts: ReadonlyMap<string, string>;
}

/** Build the site data and the updated ledger. */
export function publish(input: PublishInput): { data: SiteData; ledger: Ledger; events: TimelineEvent[] } {
  const assigned = assignIds(input.merged.events, input.ledger);
  const headlines = retitle(assigned.events, input);
  for (const e of assigned.events) {
    const h = headlines.get(e.id)!;
    e.title = h.title;
    assigned.ledger.events[e.id] = { ...assigned.ledger.events[e.id]!, title: h.title, score: h.score };
  }
  joinClauseActors(assigned.events, input.merged.undated);
  // Ids from the ledger can change the order; the export is sorted by start, then id.
  const events = [...assigned.events].sort((a, b) =>
    a.date.start < b.date.start ? -1 : a.date.start > b.date.start ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
  );
  const actors = new Map(input.actors.map((a) => [a.id, a]));
  const views = eventViewsById(events, input, actors, headlines);
  const eventViews = events.map((e) => views.get(e.id)!);
  const sources = sourceViews(events, input);

  const sourceById = new Map(sources.map((s) => [s.id, s]));
  for (const e of eventViews) e.jsonld = eventJsonLd(e, sourceById, input.settings);
  for (const s of sources) s.jsonld = sourceJsonLd(s, input.settings);
  const actorViews = groupActors(
    input.actors.map((a) => actorView(a, eventViews, actors)).filter((a) => a.events.length > 0),
    actors,
  );
  for (const a of actorViews) a.jsonld = actorJsonLd(a, input.settings);

  const data: SiteData = {
    site: input.settings,
    events: eventViews,
    eventIndex: Object.fromEntries(eventViews.map((e, i) => [e.id, i])),
    timeline: groupTimeline(events, views),
    actors: actorViews,
    sources,
    redirects: assigned.redirects.map((r) => ({ ...r, toTitle: views.get(r.to)?.title ?? r.title })),
    withdrawn: assigned.withdrawn.map((w) => ({ id: w.id, title: w.title, dateLabel: w.date })),
    api: checkedExports({ events, eventViews, actorViews, sources, redirects: assigned.redirects }, input.settings),
    spellings: searchSpellings(input.actors, { eventViews, sources, actorViews }),
    feedUpdated:
      eventViews
        .map((e) => e.updated)
        .filter((d): d is string => d !== null)
        .sort()
        .pop() ?? '1970-01-01',
    counts: {
      articles: input.articles.length,
      mentions: input.mentions.length,
      events: events.length,
      actors: actorViews.length,
      undated: input.merged.undated.length,
    },
  };
  return { data, ledger: assigned.ledger, events };
}

/** Each event's view, by id; events that ended before the year the coverage begins are background. */
function eventViewsById(
  events: TimelineEvent[],
  input: PublishInput,
  actors: Map<string, Actor>,
  headlines: Map<string, Headline>,
): Map<string, EventView> {
  const articles = new Map(input.articles.map((a) => [a.id, a]));
  const places = new Map(input.places.map((p) => [p.id, p]));
  const years = input.articles
    .map((a) => a.publication.date)
    .filter((d): d is string => d !== null)
    .sort();
  const backgroundBefore = years[0] ? `${years[0].slice(0, 4)}` : '0000';
  return new Map(
    events.map((e) => [e.id, eventView(e, articles, actors, places, backgroundBefore, headlines.get(e.id)!)]),
  );
}

/** One source page per article, each sentence linked to its event or marked undated, sorted by title. */
function sourceViews(events: TimelineEvent[], input: PublishInput): SourceView[] {
  // A source page links a sentence to the events that quote it (a heading names an event, it is no quote).
  const eventsByMention = new Map<string, TimelineEvent>();
  for (const e of events) for (const m of quotable(e.mentions)) eventsByMention.set(m.id, e);
  const undated = new Set(input.merged.undated.map((m) => m.id));
  const mentionsByArticle = new Map<string, EventMention[]>();
  for (const m of [...events.flatMap((e) => e.mentions), ...input.merged.undated]) {
    const list = mentionsByArticle.get(m.article) ?? [];
    list.push(m);
    mentionsByArticle.set(m.article, list);
  }
  return input.articles
    .map((a) => sourceView(a, input.texts.get(a.id) ?? '', eventsByMention, undated, mentionsByArticle.get(a.id) ?? []))
    .sort((a, b) => a.title.localeCompare(b.title, 'en') || a.id.localeCompare(b.id));
}

/** For the search index: the registry spellings of its actors that each event or source page lacks. */
function searchSpellings(
  actors: Actor[],
  views: { eventViews: EventView[]; sources: SourceView[]; actorViews: ActorView[] },
): Record<string, string[]> {
  const { eventViews, sources, actorViews } = views;
  const spell = spellingFinder(actors);
  const spellings: Record<string, string[]> = {};
  // An actor page shows its spellings in a list the index skips: they are indexed here instead,
  // so that a search excerpt is never that list. Events and sources show only what their sources wrote.
  for (const a of actorViews) if (a.aliases.length > 0) spellings[a.url] = a.aliases;
  for (const e of eventViews)
    spellings[e.url] = spell(
      [e.title, ...e.actors.map((a) => a.name), ...e.quotes.map((q) => q.quote)],
      e.actors.map((a) => a.id),
    );
  for (const s of sources) spellings[s.url] = spell([s.title, ...s.sentences.map((x) => x.text)], []);
  return spellings;
}

/** The exports, the JSON ones checked against their public schemas. */
function checkedExports(
  views: {
    events: TimelineEvent[];
    eventViews: EventView[];
    actorViews: ActorView[];
    sources: SourceView[];
    redirects: { id: string; to: string }[];
  },
  settings: SiteSettings,
): SiteData['api'] {
  const { events, eventViews, actorViews, sources } = views;
  return {
    // Checked against the public schemas at every build: a drifting shape fails the build, not its readers.
    events: EventsExportSchema.parse(eventsExport(events, eventViews, views.redirects)),
    actors: ActorsExportSchema.parse({
      actors: actorViews.map((a) => ({
        id: a.id,
        name: a.name,
        aliases: a.aliases,
        role: a.role,
        kind: a.kind,
        country: a.country,
        wikidata: a.wikidata,
        events: a.events,
        url: a.url,
      })),
    }),
    articles: ArticlesExportSchema.parse({
      articles: sources.map((s) => ({
        id: s.id,
        title: s.title,
        publisher: s.publisher,
        url: s.originalUrl,
        published: s.published,
        publishedFrom: s.publishedFrom,
        publishedEvidence: s.publishedEvidence,
        file: s.file,
        events: [...new Set(s.sentences.flatMap((x) => x.events))].sort(),
        page: s.url,
      })),
    }),
    ics: icsCalendar(eventViews, settings),
    csv: eventsCsv(eventViews, settings),
    timelinejs: timelineJs(eventViews, settings),
  };
}

/**
 * Each event's headline: the best under the headline rules, unless the title published before
 * scores at least as well and every name in it still takes part in the event; no two alike.
 */
function retitle(events: TimelineEvent[], input: PublishInput): Map<string, Headline> {
  const registry = headlineRegistry(input.actors, input.places, input);
  const out = new Map<string, Headline>();
  for (const e of events) {
    const old = input.ledger.events[e.id];
    out.set(e.id, keepPublished(old?.state === 'active' ? old : undefined, headlineOf(e, registry), e, registry));
  }
  return distinctTitles(events, out, (e, taken) => headlineOf(e, registry, taken));
}

function eventsExport(
  events: TimelineEvent[],
  views: EventView[],
  redirects: { id: string; to: string }[],
): EventsExport {
  return {
    events: events.map((e, i) => {
      const view = views[i]!;
      return {
        id: e.id,
        url: `/events/${e.id}/`,
        start: e.date.start,
        end: e.date.end,
        precision: e.date.precision,
        status: e.status,
        title: e.title,
        titleEvidence: view.titleEvidence,
        dateLabel: dateLabel(e.date),
        summary: e.summary,
        actors: view.actors,
        places: view.places.map((p) => p.name),
        aliases: redirects.filter((r) => r.to === e.id).map((r) => r.id),
        sources: onePerSentence(quotable(e.mentions)).map((m) => ({
          article: m.article,
          quote: m.quote,
          dateText: m.dateText,
          dateSource: m.dateSource,
          url: `/sources/${m.article}/#s-${m.sentence}`,
        })),
        merge: e.links,
      };
    }),
  };
}
