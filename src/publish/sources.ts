/**
 * Source pages: each article's metadata, how its publication date was found, and the article
 * as written (./article/) with an anchor per sentence, the dating words marked, each mention
 * linked to its event, and the furniture set apart.
 */
import type { Article, EventMention, TimelineEvent } from '../types.ts';
import { FURNITURE_REASONS } from '../lib/report/furniture.ts';
import { headlineOf, publisherOf } from './attribution.ts';
import { type SentenceNotes, renderArticle } from './article/index.ts';
import { dateLabel } from './labels.ts';

/** A sentence of a source page, for the search index and the exports (the page shows `html`). */
export interface SentenceView {
  /** Anchor id, s-<index>. */
  anchor: string;
  /** The sentence, verbatim. */
  text: string;
  /** headline, body or embed. */
  origin: string;
  /** Ids of the events this sentence reports (look them up in the site's events map). */
  events: string[];
}

/** A source page. */
export interface SourceView {
  /** Article id. */
  id: string;
  /** Page URL. */
  url: string;
  /** Title. */
  title: string;
  /** Publisher, when known. */
  publisher: string | null;
  /** Where the publisher was found: front matter, dateline, byline or copyright line. */
  publisherFrom: string | null;
  /** Where the title comes from: the article, or its file name when the article has no headline. */
  titleFrom: string;
  /** Original URL, when known. */
  originalUrl: string | null;
  /** Path of the file in the repository. */
  file: string;
  /** Publication date label or null. */
  published: string | null;
  /** front-matter, text, inferred or unknown. */
  publishedFrom: string;
  /** Evidence for the publication date. */
  publishedEvidence: string | null;
  /** Confidence 0–1. */
  publishedConfidence: number;
  /** The article as written, sanitised, with sentence anchors and furniture set apart: print it as it is. */
  html: string;
  /** Sentences whose words were not found in the rendered text (they keep an empty anchor). */
  unplaced: number;
  /** The kept sentences, in order. */
  sentences: SentenceView[];
  /** Furniture, with the reason in words (shown set apart in `html`, listed here by line). */
  furniture: { text: string; line: number; reason: string }[];
  /** schema.org JSON-LD for the page. */
  jsonld?: object;
  /** Number of events it contributes to. */
  eventCount: number;
}

/** Build the view of one source page from the article's file text; `eventsByMention` holds the quoted mentions. */
export function sourceView(
  article: Article,
  text: string,
  eventsByMention: Map<string, TimelineEvent>,
  undated: Set<string>,
  mentions: EventMention[],
): SourceView {
  const notes = new Map<number, SentenceNotes>();
  const eventIds = new Set<string>();
  for (const m of mentions) {
    const note = notes.get(m.sentence) ?? { events: [], marks: [], undated: false };
    notes.set(m.sentence, note);
    const e = eventsByMention.get(m.id);
    if (e && !note.events.some((x) => x.id === e.id)) {
      note.events.push({ id: e.id, url: `/events/${e.id}/`, title: e.title, dateLabel: dateLabel(e.date) });
      eventIds.add(e.id);
    }
    if (m.dateOffsets) note.marks.push(m.dateOffsets);
    if (undated.has(m.id)) note.undated = true;
  }
  const rendered = renderArticle(text, article, notes);
  const sentences = article.sentences.map((s) => ({
    anchor: `s-${s.index}`,
    text: s.text,
    origin: s.origin,
    events: (notes.get(s.index)?.events ?? []).map((e) => e.id),
  }));
  const publisher = publisherOf(article);
  const headline = headlineOf(article);
  return {
    id: article.id,
    url: `/sources/${article.id}/`,
    title: headline.title,
    titleFrom: headline.from,
    publisher: publisher?.name ?? null,
    publisherFrom: publisher?.from ?? null,
    originalUrl: article.url,
    file: article.file,
    published: article.publication.date,
    publishedFrom: article.publication.from,
    publishedEvidence: article.publication.evidence,
    publishedConfidence: article.publication.confidence,
    html: rendered.html,
    unplaced: rendered.unplaced,
    sentences,
    furniture: article.furniture.map((f) => ({ text: f.text, line: f.line, reason: FURNITURE_REASONS[f.reason] })),
    eventCount: eventIds.size,
  };
}
