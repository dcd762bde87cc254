/** schema.org JSON-LD for event, actor and source pages, with absolute URLs. */
import type { SiteSettings } from '../types.ts';
import type { EventView } from './views.ts';
import type { SourceView } from './sources.ts';
import { hasYear } from '../lib/dates/year-unknown.ts';

/** Absolute URL of a site path. */
export function absolute(settings: SiteSettings, url: string): string {
  return `${settings.baseUrl}${settings.pathPrefix.replace(/\/$/, '')}${url}`;
}

/** An Event, citing the NewsArticles that report it. */
export function eventJsonLd(e: EventView, sources: Map<string, SourceView>, settings: SiteSettings): object {
  const articles = [...new Set(e.quotes.map((q) => q.article))].map((id) => {
    const s = sources.get(id);
    return {
      '@type': 'NewsArticle',
      headline: s?.title ?? id,
      url: s?.originalUrl ?? absolute(settings, `/sources/${id}/`),
      ...(s?.published ? { datePublished: s.published } : {}),
      ...(s?.publisher ? { publisher: { '@type': 'Organization', name: s.publisher } } : {}),
    };
  });
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    '@id': absolute(settings, e.url),
    name: e.title,
    description: e.summary,
    // ISO 8601 has no yearless date: an event whose year is unknown states none rather than a guessed one.
    ...(hasYear(e.start) ? { startDate: e.start, endDate: e.end } : {}),
    eventStatus: e.status === 'planned' ? 'https://schema.org/EventScheduled' : 'https://schema.org/EventCompleted',
    url: absolute(settings, e.url),
    ...(e.places.length ? { location: e.places.map((p) => ({ '@type': 'Place', name: p.name })) } : {}),
    ...(e.actors.length
      ? {
          performer: e.actors.map((a) => ({
            '@type': 'Thing',
            name: a.name,
            url: absolute(settings, `/actors/${a.id}/`),
          })),
        }
      : {}),
    subjectOf: articles,
  };
}

/** A Person or Organization. */
export function actorJsonLd(
  a: { name: string; kind: string; role: string | null; wikidata: string | null; aliases: string[]; url: string },
  settings: SiteSettings,
): object {
  return {
    '@context': 'https://schema.org',
    '@type':
      a.kind === 'person'
        ? 'Person'
        : a.kind === 'organization'
          ? 'Organization'
          : a.kind === 'vessel'
            ? 'Vehicle'
            : 'Thing',
    name: a.name,
    url: absolute(settings, a.url),
    ...(a.aliases.length ? { alternateName: a.aliases } : {}),
    ...(a.role ? { description: a.role } : {}),
    ...(a.wikidata ? { sameAs: `https://www.wikidata.org/wiki/${a.wikidata}` } : {}),
  };
}

/** The NewsArticle a source page describes. */
export function sourceJsonLd(s: SourceView, settings: SiteSettings): object {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: s.title,
    url: s.originalUrl ?? absolute(settings, s.url),
    ...(s.published ? { datePublished: s.published } : {}),
    ...(s.publisher ? { publisher: { '@type': 'Organization', name: s.publisher } } : {}),
  };
}
