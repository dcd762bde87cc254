/**
 * The parse stage: front matter, Markdown structure, furniture, sentences and title.
 * A pure function of the decoded file; problems go on the file's VFile.
 */
import type { VFile } from 'vfile';
import type { Article, Furniture, FurnitureCode, Sentence, SourceFile } from '../types.ts';
import { catalogue, warn } from '../lib/report/index.ts';
import { foldText } from '../lib/names/fold.ts';
import { splitFrontMatter } from './front-matter.ts';
import { type LineRole, classifyLines } from './furniture.ts';
import { type TextLine, toLines } from './lines.ts';
import { splitSentences } from './sentences.ts';
import { ENTRY_LABEL, ENTRY_STAMP } from '../lib/lexicon/time-phrases.ts';
import { addressesReaders } from '../lib/lexicon/page-address.ts';

/** An article after parsing, with what publication dating needs from the text. */
export interface ParsedArticle {
  /** The article, with publication still unknown. */
  article: Article;
  /** Front matter date, if valid. */
  frontMatterDate: string | null;
  /** Dates found on furniture lines (datelines, metadata stamps, post signatures), with their text. */
  furnitureDates: { date: string; text: string; reason: FurnitureCode }[];
}

const STAMP = /^\s*(?:date|published|posted|updated)[:\s]+(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]+Z?)?\s+/i;
const MAX_REPEAT_SCAN = 5000;
const LONG_LINE = 20_000;
const CHUNK = 2_000;
const LINK_ONLY = /^(?:https?:\/\/\S+|(?:pic\.twitter\.com|t\.co|bit\.ly)\/\S*|@\w+)[.!]?$/i;

/** Map a body offset to a 1-based line and column of the file. */
function locate(lineStarts: number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - lineStarts[lo]! + 1 };
}

/** What the walk over an article's lines gathers. */
interface LineWalk {
  furniture: Furniture[];
  furnitureDates: ParsedArticle['furnitureDates'];
  sentences: Sentence[];
  /** Folded sentence texts already kept, to tell a repeated sentence. */
  seenSentences: Set<string>;
  paragraph: number;
  headline: string | null;
}

type Locate = (bodyOffsetOfChar: number) => { line: number; column: number };

/** Parse a decoded file into an article. */
export function parseArticle(source: SourceFile, file: VFile): ParsedArticle {
  const { data, body, bodyOffset } = splitFrontMatter(source.text, file);
  const lineStarts = lineStartsOf(source.text);
  const at: Locate = (bodyOffsetOfChar) => locate(lineStarts, bodyOffset + bodyOffsetOfChar);

  const lines = toLines(body);
  const roles = classifyLines(lines);
  const walk: LineWalk = {
    furniture: [],
    furnitureDates: [],
    sentences: [],
    seenSentences: new Set<string>(),
    paragraph: -1,
    headline: null,
  };
  lines.forEach((line, i) => {
    walkLine(walk, line, roles[i]!, { at, bodyOffset, file });
  });
  const { furniture, furnitureDates, sentences } = walk;
  if (sentences.length === 0) warn(file, catalogue.noSentences());

  const title = data.title ?? walk.headline ?? firstSentenceTitle(sentences);
  const article: Article = {
    id: source.id,
    file: source.path,
    hash: source.hash,
    bodyOffset,
    title,
    publisher: data.publisher ?? null,
    url: data.url ?? null,
    language: data.language ?? 'en',
    publication: { date: null, from: 'unknown', evidence: null, confidence: 0, yearHint: null },
    sentences,
    furniture,
  };
  return { article, frontMatterDate: data.date ?? null, furnitureDates };
}

/** The offset of the start of every line of `text`. */
function lineStartsOf(text: string): number[] {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  return lineStarts;
}

/** File the line as furniture, or cut its stamp and stutter and split the rest into sentences. */
function walkLine(
  walk: LineWalk,
  line: TextLine,
  role: LineRole,
  where: { at: Locate; bodyOffset: number; file: VFile },
): void {
  const lineAt = where.at(line.offsets[0] ?? line.start);
  if (role.role === 'furniture') {
    walk.furniture.push({ text: (line.raw || line.text).trim(), line: lineAt.line, reason: role.reason });
    if (role.date) walk.furnitureDates.push({ date: role.date, text: line.text.trim(), reason: role.reason });
    return;
  }
  let { text, offsets } = cutMetadataStamp(walk, line.text, line.offsets, lineAt.line);
  ({ text, offsets } = cutEntryLabel(walk, line.raw, { text, offsets }, lineAt.line));
  ({ text, offsets } = dropStutter(text, offsets, walk.furniture, lineAt.line));
  if (text.trim() === '') return;
  walk.paragraph++;
  if (role.role === 'headline' && walk.headline === null && walk.sentences.length === 0) walk.headline = text.trim();
  if (text.length > LONG_LINE) warn(where.file, catalogue.longLine(text.length), lineAt.line, 1);
  for (const slice of sentencesOf(text)) {
    const sentenceText = text.slice(slice.start, slice.end);
    const pos = where.at(offsets[slice.start] ?? 0);
    if (fileSentenceAsFurniture(walk, sentenceText, pos.line)) continue;
    const sentence: Sentence = {
      index: walk.sentences.length,
      text: sentenceText,
      offset: where.bodyOffset + (offsets[slice.start] ?? 0),
      line: pos.line,
      column: pos.column,
      paragraph: walk.paragraph,
      origin: role.role === 'embed' ? 'embed' : role.role === 'headline' ? 'headline' : 'body',
    };
    if (role.role === 'embed' && role.date) sentence.embedDate = role.date;
    walk.sentences.push(sentence);
  }
}

/** A leading "date 2025-05-13" stamp becomes furniture (and a dated one); the rest of the line stays. */
function cutMetadataStamp(
  walk: LineWalk,
  text: string,
  offsets: number[],
  line: number,
): { text: string; offsets: number[] } {
  const stamp = STAMP.exec(text);
  if (!stamp) return { text, offsets };
  walk.furniture.push({ text: stamp[0].trim(), line, reason: 'metadata-stamp' });
  walk.furnitureDates.push({ date: stamp[1]!, text: stamp[0].trim(), reason: 'metadata-stamp' });
  return cut(text, offsets, stamp[0].length, text.length);
}

// "**9:04am** Donald Trump…", "**Update** Air Force One…": the bold label opening a live page's entry is its stamp,
// not the first words of its sentence. Filed as a stamp, it also tells the page is live.
const BOLD_LEAD = /^\s*(\*\*|__)([^*_\n]{1,24})\1\s+\S/;
function cutEntryLabel(
  walk: LineWalk,
  raw: string,
  visible: { text: string; offsets: number[] },
  line: number,
): { text: string; offsets: number[] } {
  const label = BOLD_LEAD.exec(raw)?.[2]?.trim();
  const { text, offsets } = visible;
  if (!label || !(ENTRY_STAMP.test(label) || ENTRY_LABEL.test(label)) || !text.trimStart().startsWith(label)) {
    return visible;
  }
  walk.furniture.push({ text: label, line, reason: 'metadata-stamp' });
  const from = text.indexOf(label) + label.length;
  const skip = from + (text.slice(from).length - text.slice(from).trimStart().length);
  return cut(text, offsets, skip, text.length);
}

/**
 * A sentence seen before (four words or more), a bare link, or the page addressing its readers (`page-address`) is
 * furniture; true when it was filed so.
 */
function fileSentenceAsFurniture(walk: LineWalk, sentenceText: string, line: number): boolean {
  const key = foldText(sentenceText).replace(/\s+/g, ' ');
  if (walk.seenSentences.has(key) && key.split(' ').length >= 4) {
    walk.furniture.push({ text: sentenceText, line, reason: 'repeated-sentence' });
    return true;
  }
  walk.seenSentences.add(key);
  if (LINK_ONLY.test(sentenceText)) {
    walk.furniture.push({ text: sentenceText, line, reason: 'bare-link' });
    return true;
  }
  if (addressesReaders(sentenceText)) {
    walk.furniture.push({ text: sentenceText, line, reason: 'page-address' });
    return true;
  }
  return false;
}

// A line of tens of thousands of characters is not prose a reader wrote (a pasted dump, a
// minified blob); splitting it in bounded pieces keeps the splitter's time and memory bounded.
function sentencesOf(text: string): { start: number; end: number }[] {
  if (text.length <= LONG_LINE) return splitSentences(text);
  const out: { start: number; end: number }[] = [];
  for (let from = 0; from < text.length; ) {
    let to = Math.min(text.length, from + CHUNK);
    const space = text.lastIndexOf(' ', to);
    if (to < text.length && space > from) to = space;
    for (const s of splitSentences(text.slice(from, to))) out.push({ start: from + s.start, end: from + s.end });
    from = to;
  }
  return out;
}

function cut(text: string, offsets: number[], from: number, to: number): { text: string; offsets: number[] } {
  return { text: text.slice(from, to), offsets: offsets.slice(from, to) };
}

// Scrapers sometimes paste a phrase twice ("… counterpart The Ukrainian president saw his
// Turkish counterpart, …"): the first copy is an artefact, the second is the sentence.
function dropStutter(
  text: string,
  offsets: number[],
  furniture: Furniture[],
  line: number,
): { text: string; offsets: number[] } {
  if (text.length > MAX_REPEAT_SCAN) return { text, offsets };
  const m = /(?<=^|[.!?]\s+)(\p{Lu}[^.!?]{24,}?)\s+(?=\1)/u.exec(text);
  if (!m) return { text, offsets };
  furniture.push({ text: m[1]!, line, reason: 'repeated-words' });
  return {
    text: text.slice(0, m.index) + text.slice(m.index + m[0].length),
    offsets: [...offsets.slice(0, m.index), ...offsets.slice(m.index + m[0].length)],
  };
}

function firstSentenceTitle(sentences: Sentence[]): string | null {
  const first = sentences.find((s) => s.origin !== 'embed');
  if (!first) return null;
  const words = first.text.split(/\s+/);
  return words.length <= 20 ? first.text.replace(/[.!?]+$/, '') : `${words.slice(0, 14).join(' ')}…`;
}
