/**
 * Shared domain types. Every stage speaks these; nothing else crosses a stage boundary. The
 * public shapes (settings, registries, exports) are zod schemas in schemas.ts, their types inferred.
 */
import type { z } from 'zod';
import type { ActorEntrySchema, PlaceEntrySchema, SettingsSchema } from './schemas.ts';

/** How exact a date on the timeline is. */
export type Precision = 'day' | 'month' | 'year';

/** Whether the reported thing took place, or is scheduled/expected/announced. */
export type Status = 'happened' | 'planned';

/** Granularity of a TIMEX3 value produced by the date normaliser. */
export type TimexPrecision = 'day' | 'week' | 'month' | 'year' | 'decade' | 'present' | 'duration';

/** A temporal expression found in text and normalised (TIMEX3 conventions). */
export interface TemporalExpression {
  /** The words as written. */
  text: string;
  /** Offset of the first character in the input, in JS string units. */
  start: number;
  /** Offset one past the last character. */
  end: number;
  /** TIMEX3 value: 2025-05-15, 2025-05, 2025, 2025-W20, 199, PRESENT_REF, P3Y… */
  value: string;
  /** Last unit of a range, same form as value; absent for a single unit. */
  endValue?: string;
  /** Granularity of value. */
  precision: TimexPrecision;
  /** TIMEX3 modifier: START, MID, END, APPROX, MORE_THAN… */
  mod?: string;
  /** Whether the value needed the reference date (relative) or stands alone (absolute). */
  relative: boolean;
}

/**
 * A date at timeline precision: the span an event occupies. When no evidence gives the year of
 * "May 8", the year is spelled XXXX as in TIMEX3 (`XXXX-05-08`, precision day): the value itself
 * says so, sorts after every dated span, equals only the same month and day, and contains no
 * dated span (lib/dates/year-unknown.ts).
 */
export interface DateSpan {
  /** First unit, at precision: YYYY-MM-DD | YYYY-MM | YYYY, or XXXX-MM-DD | XXXX-MM when the year is unknown. */
  start: string;
  /** Last unit, same form; equals start for one unit. */
  end: string;
  /** Granularity of start and end. */
  precision: Precision;
}

/** A problem found in the input, located in a file. */
export interface Problem {
  /** Path of the file, relative to the project root. */
  file: string;
  /** 1-based line. */
  line: number;
  /** 1-based column. */
  column: number;
  /** Stable machine-readable code from the error catalogue. */
  code: string;
  /** What happened, why, and what to do. */
  message: string;
  /** warning: the build carries on; error: the file was skipped. */
  severity: 'warning' | 'error';
}

/** A file as read from content/articles, decoded to text. */
export interface SourceFile {
  /** Article id: slug of the file name, unique in the corpus. */
  id: string;
  /** Path relative to the project root, e.g. content/articles/x.txt. */
  path: string;
  /** Decoded text, BOM removed, line endings normalised to LF. */
  text: string;
  /** SHA-256 of the raw bytes; the cache key of everything derived from the file. */
  hash: string;
  /** Encoding the bytes were decoded from. */
  encoding: string;
}

/** One sentence of an article's cleaned text. */
export interface Sentence {
  /** 0-based index within the article; the anchor is `s-<index>`. */
  index: number;
  /** The sentence, verbatim from the article. */
  text: string;
  /** Offset of the sentence in the file text. */
  offset: number;
  /** 1-based line in the file. */
  line: number;
  /** 1-based column in the file. */
  column: number;
  /** Index of the paragraph (block) the sentence belongs to. */
  paragraph: number;
  /** Whether the sentence is the article's own prose or quoted from an embedded post. */
  origin: 'body' | 'embed' | 'headline';
  /** Publication date of the embedded post it comes from, when the post is signed with one. */
  embedDate?: string;
}

/** Why a line was judged page furniture (FURNITURE_REASONS in lib/report gives the words shown to readers). */
export type FurnitureCode =
  | 'metadata-stamp'
  | 'image'
  | 'image-with-caption'
  | 'repeated-sentence'
  | 'bare-link'
  | 'repeated-words'
  | 'markup'
  | 'embed-signature'
  | 'repeated-line'
  | 'boilerplate'
  | 'short-fragment'
  | 'dateline'
  | 'reader-question'
  | 'reader-comments'
  | 'trailing-line'
  | 'link-list'
  | 'editor-note'
  | 'page-address';

/** A piece of page furniture removed from the text before extraction. */
export interface Furniture {
  /** The dropped text, verbatim. */
  text: string;
  /** 1-based line in the file. */
  line: number;
  /** Why it was judged furniture. */
  reason: FurnitureCode;
}

/** How the publication date was established. */
export interface Publication {
  /** Publication day YYYY-MM-DD, or null when unknown. */
  date: string | null;
  /** Where it came from. */
  from: 'front-matter' | 'text' | 'inferred' | 'unknown';
  /** The words or reasoning that gave it. */
  evidence: string | null;
  /** 0–1: how sure the pipeline is. */
  confidence: number;
  /** A year the article's own text establishes, used to complete bare dates when date is null. */
  yearHint: number | null;
  /**
   * When the year hint comes from dated neighbours, the earliest day they were published: an undated article's
   * "set for March 28" lies after it, so in the next year when March 28 of the hint's year is earlier.
   */
  hintAfter?: string;
}

/** An article after reading and parsing: metadata, clean sentences and furniture. */
export interface Article {
  /** Stable id, slug of the file name. */
  id: string;
  /** Path relative to the project root. */
  file: string;
  /** Content hash of the source bytes. */
  hash: string;
  /** Offset in the file text where the body starts (after the front matter); sentence offsets count from the file. */
  bodyOffset: number;
  /** Title from front matter or the first headline-like line; null if none. */
  title: string | null;
  /** Publisher from front matter; null if none. */
  publisher: string | null;
  /** Original URL from front matter (http/https only); null if none. */
  url: string | null;
  /** BCP 47 language tag; defaults to en. */
  language: string;
  /** Publication date and its provenance. */
  publication: Publication;
  /** The kept sentences, in order. */
  sentences: Sentence[];
  /** What was dropped as furniture, in order. */
  furniture: Furniture[];
}

/** An actor of the registry (content/actors.yaml), optional fields made null. */
export type Actor = Omit<z.output<typeof ActorEntrySchema>, 'role' | 'country' | 'wikidata'> & {
  /** Role as the coverage describes it. */
  role: string | null;
  /** ISO 3166-1 alpha-2 country code. */
  country: string | null;
  /** Wikidata Q-id. */
  wikidata: string | null;
};

/** A place of the gazetteer (content/places.yaml), its country made null when absent. */
export type Place = Omit<z.output<typeof PlaceEntrySchema>, 'country'> & {
  /** ISO country code. */
  country: string | null;
};

/** One sentence reporting one event. */
export interface EventMention {
  /** `<article>#s-<sentence>`; unique because a sentence yields at most one mention. */
  id: string;
  /** Article id. */
  article: string;
  /** Sentence index in the article. */
  sentence: number;
  /** The sentence, verbatim. */
  quote: string;
  /** 1-based line of the sentence in the article file. */
  line: number;
  /** 1-based column. */
  column: number;
  /** The event date, or null when the sentence cannot be dated. */
  date: DateSpan | null;
  /** The words that gave the date, or null. */
  dateText: string | null;
  /**
   * Where the date came from: the sentence, the embedded post's signature, the sentence before, another dated mention,
   * or a merge.
   */
  dateSource: 'sentence' | 'embed' | 'paragraph' | 'anchor' | 'merge' | null;
  /** Offsets of dateText inside quote, for highlighting. */
  dateOffsets: [number, number] | null;
  /** Offsets of the part of quote that reports this event (a sentence can report several). */
  clause: [number, number];
  /** happened or planned. */
  status: Status;
  /** Actor ids named in the sentence, in order of first appearance. */
  actors: string[];
  /** Place ids named in the sentence. */
  places: string[];
  /** Normalised content words, for similarity. */
  terms: string[];
  /** Event words found (met, signed, attack…), used for headlines and similarity. */
  triggers: string[];
  /** Mention whose time this one shares ("At the end of the meeting, …"), resolved after merging. */
  tiedTo: string | null;
  /** Mention of the sentence before whose occasion this one reports within ("There, …", "During the meeting, …"). */
  sameOccasion: string | null;
  /**
   * The date a "since" phrase gives the state an undated clause tells ("on strike since May 2"): not a date of its
   * own, but the start it may join when an event of that day is reported.
   */
  since?: DateSpan | null;
  /**
   * The weekday an undated clause names (0 = Sunday) when nothing resolves it: its article has no publication day.
   * Only an event that falls on that weekday can be the one it reports ("On Tuesday, Barr told the Senate").
   */
  weekday?: number;
  /**
   * Mention of the sentence before whose event this undated one goes on reporting ("He also said…", a quotation going
   * on).
   */
  goesOnFrom: string | null;
  /** Whether the sentence is a headline, a body sentence, or from an embedded post. */
  origin: 'body' | 'embed' | 'headline';
  /** Index of the paragraph the sentence belongs to. */
  paragraph: number;
  /** Actors who only report the event ("Zelensky indicated that…", "announced by…"), not take part in it. */
  speakers: string[];
  /**
   * Names nobody and no event of its own ("Thank you for the results on May 16."): it may join an event, never found
   * one.
   */
  weak: boolean;
  /**
   * Undated and told in the present, as headlines and summaries tell the page's own news ("Milei wins the runoff"):
   * read once at extraction, where it is cached, so that merging needs no tagger.
   */
  present?: boolean;
  /** Undated, every verb only a state ("The outcome remains uncertain"): read at extraction, like `present`. */
  statesOnly?: boolean;
  /** Ids of the extraction rules that shaped this mention (its date, its link to the sentence before, its clause). */
  rules: string[];
}

/** Why mentions were merged into one event. */
export interface MergeLink {
  /** Mention that joined. */
  mention: string;
  /** Mention it was matched with. */
  with: string;
  /** Combined score, 0–1. */
  score: number;
  /** Date compatibility: same, contained or inherited. */
  date: 'same' | 'contained' | 'inherited';
  /** Actors both mentions name. */
  sharedActors: string[];
  /** Places both mentions name. */
  sharedPlaces: string[];
  /** Text similarity, 0–1. */
  similarity: number;
  /** Why it joined, in words: the rule that decided. */
  why: string;
  /** Id of the merge rule that decided. */
  rule: string;
  /** Id of the acceptance rule that accepted the pair outright, when one did. */
  accepted?: string;
}

/** One event on the timeline: several mentions of one real-world occurrence. */
export interface TimelineEvent {
  /** Permanent id, [a-z0-9-]+; page /events/<id>/. */
  id: string;
  /** Date span at precision. */
  date: DateSpan;
  /** happened or planned (latest source wins). */
  status: Status;
  /** Short neutral headline. */
  title: string;
  /** The most informative mention's sentence, verbatim. */
  summary: string;
  /** Actor ids, most cited first. */
  actors: string[];
  /** Place ids. */
  places: string[];
  /** All mentions, ordered by article then sentence. */
  mentions: EventMention[];
  /** Why the mentions were merged. */
  links: MergeLink[];
  /** Versions of the date the sources give when they disagree. */
  disagreements: { date: DateSpan; mentions: string[] }[];
  /** The day it was announced for, when it was held a few days later. */
  announcedFor?: DateSpan;
  /** For a plan whose day is over: the latest source's publication day, none of which reports it done. */
  pastDue?: string;
}

/** Site-wide settings, from content/site.yaml (the schema says what each field is). */
export type SiteSettings = z.output<typeof SettingsSchema>;
