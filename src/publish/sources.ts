/**
 * Source pages: each article's metadata, how its publication date was found, its cleaned
 * text with an anchor per sentence and the dating words marked, each mention linked to its
 * event, and the furniture that was dropped.
 */
import type { Article, EventMention, TimelineEvent } from '../types.ts';
import { FURNITURE_REASONS } from '../lib/report/furniture.ts';
import { headlineOf, publisherOf } from './attribution.ts';

/** A piece of a sentence: plain, or the words that dated an event. */
export interface Segment {
  /** The text. */
  text: string;
  /** Whether it is highlighted as dating words. */
  mark: boolean;
}

/** A sentence on a source page. */
export interface SentenceView {
  /** Anchor id, s-<index>. */
  anchor: string;
  /** Sentence pieces with highlights. */
  segments: Segment[];
  /** Paragraph index, to start a new paragraph when it changes. */
  paragraph: number;
  /** headline, body or embed. */
  origin: string;
  /** Ids of the events this sentence reports (look them up in the site's events map). */
  events: string[];
  /** True when the sentence reports something undated. */
  undated: boolean;
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
  /** Paragraphs of sentences. */
  paragraphs: { origin: string; sentences: SentenceView[] }[];
  /** Dropped furniture, with the reason in words. */
  furniture: { text: string; line: number; reason: string }[];
  /** schema.org JSON-LD for the page. */
  jsonld?: object;
  /** Number of events it contributes to. */
  eventCount: number;
}

/** Build the view of one source page. */
export function sourceView(
  article: Article,
  eventsByMention: Map<string, TimelineEvent>,
  undated: Set<string>,
  mentions: EventMention[],
): SourceView {
  const bySentence = new Map<number, EventMention[]>();
  for (const m of mentions) {
    const list = bySentence.get(m.sentence) ?? [];
    list.push(m);
    bySentence.set(m.sentence, list);
  }
  const paragraphs: SourceView['paragraphs'] = [];
  const eventIds = new Set<string>();
  for (const s of article.sentences) {
    const ms = bySentence.get(s.index) ?? [];
    const events: SentenceView['events'] = [];
    const marks: [number, number][] = [];
    for (const m of ms) {
      const e = eventsByMention.get(m.id);
      if (e && !events.includes(e.id)) {
        events.push(e.id);
        eventIds.add(e.id);
      }
      if (m.dateOffsets) marks.push(m.dateOffsets);
    }
    const view: SentenceView = {
      anchor: `s-${s.index}`,
      segments: segment(s.text, marks),
      paragraph: s.paragraph,
      origin: s.origin,
      events,
      undated: ms.some((m) => undated.has(m.id)),
    };
    const last = paragraphs[paragraphs.length - 1];
    if (last && last.sentences[0]!.paragraph === s.paragraph) last.sentences.push(view);
    else paragraphs.push({ origin: s.origin, sentences: [view] });
  }
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
    paragraphs,
    furniture: article.furniture.map((f) => ({ text: f.text, line: f.line, reason: FURNITURE_REASONS[f.reason] })),
    eventCount: eventIds.size,
  };
}

function segment(text: string, marks: [number, number][]): Segment[] {
  const sorted = [...marks].sort((a, b) => a[0] - b[0]);
  const out: Segment[] = [];
  let at = 0;
  for (const [start, end] of sorted) {
    if (start < at) continue;
    if (start > at) out.push({ text: text.slice(at, start), mark: false });
    out.push({ text: text.slice(start, end), mark: true });
    at = end;
  }
  if (at < text.length) out.push({ text: text.slice(at), mark: false });
  return out;
}
