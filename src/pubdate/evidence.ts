/**
 * Where an article's own pages say when it was published, as named rules tried in order of
 * trust: front matter, a metadata stamp, the date in its URL path, a wire dateline, "this
 * morning (May 15)", the latest embedded post. The first that finds a date wins, and its
 * evidence is shown on the source page.
 */
import type { Publication } from '../types.ts';
import type { ParsedArticle } from '../parse/index.ts';
import { normaliseDates } from '../lib/dates/index.ts';
import { DATELINE } from '../lib/lexicon/datelines.ts';
import { FURNITURE_REASONS } from '../lib/report/furniture.ts';
import { parseIsoDay, weekday } from '../lib/dates/calendar.ts';
import { WEEKDAY_NAMES } from '../lib/lexicon/months.ts';

/** What a rule reads: the parsed article and the year its own dates point at. */
export interface EvidenceInput {
  parsed: ParsedArticle;
  yearHint: number | null;
  /** Where that year comes from, in words. */
  yearFrom: string | null;
}

/** A publication-date rule. */
export interface PublicationRule {
  id: string;
  doc: string;
  find(input: EvidenceInput): Omit<Publication, 'yearHint'> | null;
}

const COPYRIGHT = /(?:©|\(c\)|\bcopyright\b)\s*(\d{4})\b/i;
const DEICTIC_WITH_DATE = /\b(this morning|this afternoon|this evening|today|tonight)\s*\(([^()]{3,40})\)/i;
const EMBED_SIGNATURE = 'embed-signature';
// "/2025/05/16/", "/2025-05-16-", "/20250602.htm": a day in the path, between separators.
const URL_DAY = /(?:^|[/_-])((?:19|20)\d{2})([/_-]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?=$|[/_.-])/;

const dayOf = (text: string, yearHint: number | null): string | null =>
  normaliseDates(text, { date: null, yearHint }).find((e) => e.precision === 'day' && !e.value.startsWith('X'))
    ?.value ?? null;

/** Whether a Y-M-D is a real calendar day. */
function realDay(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** The rules, most trusted first. */
export const PUBLICATION_RULES: PublicationRule[] = [
  {
    id: 'front-matter',
    doc: 'The `date:` the user wrote in front matter.',
    find: ({ parsed }) =>
      parsed.frontMatterDate
        ? {
            date: parsed.frontMatterDate,
            from: 'front-matter',
            evidence: `date: ${parsed.frontMatterDate}`,
            confidence: 1,
          }
        : null,
  },
  {
    id: 'metadata-stamp',
    doc:
      'A "Published: 2025-05-16" or byline time stamp on the page; a year-less one takes the year the ' +
      'article gives.',
    find: ({ parsed, yearHint, yearFrom }) => {
      const stamp = parsed.furnitureDates.find((d) => d.reason !== EMBED_SIGNATURE);
      if (stamp)
        return {
          date: stamp.date,
          from: 'text',
          evidence: `${FURNITURE_REASONS[stamp.reason]}: “${stamp.text}”`,
          confidence: 0.95,
        };
      // A bare "Wednesday, October 11" is the weekday-stamp rule's: its weekday picks the year.
      const yearless =
        yearHint === null
          ? null
          : parsed.article.furniture.find((f) => f.reason === 'metadata-stamp' && !WEEKDAY_STAMP.test(f.text.trim()));
      const date = yearless ? dayOf(yearless.text, yearHint) : null;
      return date
        ? { date, from: 'text', evidence: `metadata stamp “${yearless!.text}”; year from ${yearFrom}`, confidence: 0.8 }
        : null;
    },
  },
  {
    id: 'url-path',
    doc: 'A day in the path of the article\'s `url` ("/2025/05/16/", "/20250602.htm").',
    find: ({ parsed }) => {
      const m = parsed.article.url ? URL_DAY.exec(new URL(parsed.article.url, 'https://x.invalid').pathname) : null;
      if (!m || !realDay(Number(m[1]), Number(m[3]), Number(m[4]))) return null;
      const date = `${m[1]}-${m[3]}-${m[4]}`;
      return {
        date,
        from: 'text',
        evidence: `the date in its URL path “${m[0].replace(/^[/_-]/, '')}”`,
        confidence: 0.9,
      };
    },
  },
  {
    id: 'dateline',
    doc:
      'A wire dateline opening the text ("SUEZ, Egypt, March 29 (Nile Wire) –"), its ' +
      'year from the article or its copyright line.',
    find: ({ parsed, yearHint, yearFrom }) => {
      const copyright = parsed.article.furniture.map((f) => COPYRIGHT.exec(f.text)?.[1]).find((y) => y !== undefined);
      // The page's own copyright line is the year it was published; the dates it names come second.
      const year = copyright ? Number(copyright) : yearHint;
      for (const sentence of parsed.article.sentences.slice(0, 4)) {
        const dateline = DATELINE.exec(sentence.text);
        const date = dateline ? dayOf(dateline[1]!, year) : null;
        if (!dateline || !date) continue;
        const stated = /\d{4}/.test(dateline[1]!);
        const from = copyright ? `the copyright line (${copyright})` : yearFrom;
        return {
          date,
          from: 'text',
          evidence: `dateline “${dateline[0].trim()}”${stated ? '' : `; year from ${from}`}`,
          confidence: stated ? 0.95 : 0.8,
        };
      }
      return null;
    },
  },
  {
    id: 'weekday-stamp',
    doc:
      'A bare "Wednesday, October 11" line opening the page: its day, in the hinted ' +
      'year or next to it where the weekday holds.',
    find: ({ parsed, yearHint, yearFrom }) => {
      if (yearHint === null) return null;
      const lines = [...parsed.article.furniture.map((f) => f.text), ...parsed.article.sentences.map((s) => s.text)];
      for (const text of lines.slice(0, STAMP_REACH)) {
        const m = WEEKDAY_STAMP.exec(text.trim());
        const day = m ? weekdayTrueDay(m[2]!, WEEKDAY_NAMES.indexOf(m[1]!.toLowerCase()), yearHint) : null;
        if (!day) continue;
        const from = day.startsWith(String(yearHint)) ? yearFrom : `the first year after ${yearHint} with that weekday`;
        return { date: day, from: 'text', evidence: `a page stamp “${m![0]}”; year from ${from}`, confidence: 0.75 };
      }
      return null;
    },
  },
  {
    id: 'deictic-with-date',
    doc: '"This morning (May 15)": the page states its own day, the year from an embedded post or the article.',
    find: ({ parsed, yearHint, yearFrom }) => {
      const latest = latestPost(parsed);
      for (const sentence of parsed.article.sentences) {
        const m = sentence.origin === 'embed' ? null : DEICTIC_WITH_DATE.exec(sentence.text);
        const year = latest ? Number(latest.slice(0, 4)) : yearHint;
        const date = m ? dayOf(m[2]!, year) : null;
        if (!m || !date) continue;
        const yearEvidence = latest
          ? `; year from the embedded post dated ${latest}`
          : year
            ? `; year from ${yearFrom}`
            : '';
        return { date, from: 'text', evidence: `“${m[0]}”${yearEvidence}`, confidence: 0.85 };
      }
      return null;
    },
  },
  {
    id: 'latest-embedded-post',
    doc: "The latest embedded post's date: the article is no older.",
    find: ({ parsed }) => {
      const latest = latestPost(parsed);
      return latest
        ? {
            date: latest,
            from: 'inferred',
            evidence: `the latest embedded post is dated ${latest}; the article is no older`,
            confidence: 0.6,
          }
        : null;
    },
  },
];

// A stamp sits at the head of the page: the first few furniture lines and sentences.
const STAMP_REACH = 12;
const WEEKDAY_STAMP = new RegExp(
  `^(${WEEKDAY_NAMES.join('|')}),?\\s+([A-Z][a-z]+\\.?\\s+\\d{1,2}|\\d{1,2}\\s+[A-Z][a-z]+)$`,
  'i',
);

// The day in the hinted year when the stated weekday holds there, else the year after (a page
// stamped with a weekday is not older than the dates its article narrates), else none.
function weekdayTrueDay(monthDay: string, wd: number, yearHint: number): string | null {
  for (const year of [yearHint, yearHint + 1]) {
    const day = dayOf(monthDay, year);
    const civil = day ? parseIsoDay(day) : null;
    if (civil && civil.y === year && weekday(civil) === wd) return day;
  }
  return null;
}

function latestPost(parsed: ParsedArticle): string | null {
  const signatures = parsed.furnitureDates
    .filter((d) => d.reason === EMBED_SIGNATURE)
    .map((d) => d.date)
    .sort();
  return signatures[signatures.length - 1] ?? null;
}
