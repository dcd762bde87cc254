/**
 * Telling page furniture from article text, by structure and shape rather than by exact
 * strings: images and their captions, short labels (ad markers, buttons, counters, crumbs),
 * repeated lines, site boilerplate, reader-question blocks, trailing credits, and the
 * signature lines of embedded posts (whose date is kept as evidence).
 */
import { foldText } from '../lib/names/fold.ts';
import { normaliseDates } from '../lib/dates/index.ts';
import { ENTRY_STAMP } from '../lib/lexicon/time-phrases.ts';
import type { TextLine } from './lines.ts';
import type { FurnitureCode, TemporalExpression } from '../types.ts';

/** What a line is. */
export type LineRole =
  | { role: 'body' }
  | { role: 'headline' }
  | { role: 'embed'; date: string | null }
  | { role: 'furniture'; reason: FurnitureCode; date?: string };

const TERMINAL = /[.!?…]["”’)\]]*\s*$|[.!?]["”’]\s*$|:\s*$/;
const BOILERPLATE_PHRASES =
  'email address|required fields|all rights reserved|cookie|subscribe|newsletter|sign up|log in|advertisement|' +
  String.raw`sponsored content|read more|related articles?|follow us|comments? \(\d+\)|` +
  // "… is in our Sports section": the publisher pointing to its own pages.
  String.raw`in our [a-z ]{1,25} section`;
// A phrase of site boilerplate, or a line ending in the asterisk of a required form field.
const BOILERPLATE = new RegExp(String.raw`\b(?:${BOILERPLATE_PHRASES})\b|\s\*\s*$`, 'i');
const SIGNATURE = /^\s*[—–-]\s*([^()\n]{1,80})\(@\w{1,30}\)\s*(.+)$/;
// "— Capitol Hill reporter @hillwatch_dana, Mar 12, 2023": the handle without brackets.
const BARE_SIGNATURE = /^\s*[—–-]\s*([^()@\n]{0,80}?)@\w{1,30},?\s+(.+)$/;
const EMBED_MARK = /(?:^|\s)@\w{2,}|pic\.twitter\.com\/|https?:\/\/t\.co\/|\bvia @/;

// "Published November 21 · 7:15 a.m.", "Updated: 3 March": the page's own time stamp.
const PAGE_STAMP = /^(?:(?:first\s+)?published|posted|(?:last\s+)?updated|last\s+modified)\b/i;
const STAMP_WORDS = 12;
// The label over a list of links to other stories: every item under it is the site's, not the article's.
const LINK_LIST_LABELS = [
  String.raw`related(?:\s+(?:stories|articles|coverage|content|links|reading|news|posts|topics))?`,
  'more (?:on|about) (?:this|the) (?:story|topic)',
  String.raw`more from [\p{L}\s]{1,30}`,
  'further reading',
  '(?:you (?:may|might) )?also (?:read|like)',
  'recommended(?: for you| reading)?',
  'most (?:read|popular|viewed|shared)',
  'top stories',
  'latest (?:news|stories)',
  'what to read next',
  'in other news',
  'trending(?: now)?',
  "editor's picks",
];
const LINK_LIST_LABEL = new RegExp(String.raw`^(?:${LINK_LIST_LABELS.join('|')})\s*:?$`, 'iu');
// "Related: Who are the strike captains?": the label and one link on a line of their own.
const LINK_LINE = new RegExp(String.raw`^[*_\s]*(?:${LINK_LIST_LABELS.join('|')})[*_\s]*:\s*\S`, 'iu');
// "NEWS · POLITICS", "SPORT | FOOTBALL": a section label or breadcrumb in capitals, its parts set apart by a
// separator; never a headline, which has a verb and lower case.
const SECTION_LABEL = /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*\s[·|›»/]\s[^\p{Ll}]*$/u;
// "Share on Facebook · WhatsApp · Email", "Home | World | Business": three or more short items set apart by a
// separator, with no sentence end, are a share bar or a menu.
const ITEM_SEPARATOR = /\s[·|]\s/;
const MAX_ITEM_WORDS = 3;
const MIN_ITEMS = 3;
function itemBar(text: string): boolean {
  const items = text.split(ITEM_SEPARATOR);
  return items.length >= MIN_ITEMS && items.every((x) => words(x) <= MAX_ITEM_WORDS) && !TERMINAL.test(text);
}

// "Correction: An earlier version of this story…", "Editor's note: …": the publisher speaking about the
// page, not the story's events. Emphasis marks around the label are allowed.
const EDITOR_NOTE = /^[*_\s]*(?:corrections?|clarifications?|editor['’]?s['’]? notes?)[*_\s]*[:—–]/iu;

const words = (text: string): number => (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;

// A clock time: "9:05", "7.15 p.m.", "18:10 BST".
const CLOCK = /\b\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?(?:\s+[A-Z]{2,4}\b)?/gi;

/** "October 10 · 9:05", "Tue 3 March 2020, 18:10": a line that is its dates and a time and nothing else. */
function onlyDateAndTime(text: string, found: TemporalExpression[]): boolean {
  let rest = text;
  for (const e of [...found].reverse()) rest = rest.slice(0, e.start) + rest.slice(e.end);
  return !/\p{L}/u.test(rest.replace(CLOCK, ' ').replace(/\b(?:at|updated|on)\b/gi, ' '));
}

/** A date with its year stated in the text, or null. */
function statedDay(text: string): string | null {
  const found = normaliseDates(text, { date: null }).find((e) => e.precision === 'day' && !e.relative);
  return found ? found.value : null;
}

/** Classify every line of an article. */
export function classifyLines(lines: TextLine[]): LineRole[] {
  const roles: LineRole[] = lines.map(() => ({ role: 'body' }));
  const seen = new Set<string>();
  lines.forEach((_, i) => {
    const role = roleOfLine(lines, roles, i, seen);
    if (role) roles[i] = role;
  });
  markLinkLists(lines, roles);
  markQuestionBlocks(lines, roles);
  markCommentBlocks(lines, roles);
  markClosingNote(lines, roles);
  markTrailing(lines, roles);
  return roles;
}

/** The role a line's block kind, signature, repetition, boilerplate or shape gives it; null leaves it body. */
function roleOfLine(lines: TextLine[], roles: LineRole[], i: number, seen: Set<string>): LineRole | null {
  const line = lines[i]!;
  const text = line.text.trim();
  if (line.image) return { role: 'furniture', reason: text === '' ? 'image' : 'image-with-caption' };
  if (line.kind === 'html' || line.kind === 'code') return { role: 'furniture', reason: 'markup' };
  if (text === '') return null;
  const signature = markEmbedSignature(lines, roles, i, text);
  if (signature) return signature;
  const n = words(text);
  const key = foldText(text).replace(/\s+/g, ' ');
  if (n >= 3 && seen.has(key)) return { role: 'furniture', reason: 'repeated-line' };
  seen.add(key);
  if (BOILERPLATE.test(text) && n < 30) return { role: 'furniture', reason: 'boilerplate' };
  if (EDITOR_NOTE.test(text)) return { role: 'furniture', reason: 'editor-note' };
  if (LINK_LINE.test(text)) return { role: 'furniture', reason: 'link-list' };
  if (SECTION_LABEL.test(text) && !TERMINAL.test(text)) return { role: 'furniture', reason: 'short-fragment' };
  if (itemBar(text)) return { role: 'furniture', reason: 'short-fragment' };
  if (line.kind === 'heading') return { role: 'headline' };
  // A live entry's time on its own line ("**7:20 p.m.**"): with no day to read, the date reader finds nothing in it.
  if (ENTRY_STAMP.test(text)) return { role: 'furniture', reason: 'metadata-stamp' };
  // Only a short line can be a stamp: the dates of a paragraph are never looked for here.
  const found = n <= STAMP_WORDS ? normaliseDates(text, { date: null }) : [];
  if (found.length > 0 && (PAGE_STAMP.test(text) || onlyDateAndTime(text, found)))
    return { role: 'furniture', reason: 'metadata-stamp', date: statedDay(text) ?? undefined };
  return roleByShape(line, text, n, roles, i);
}

/**
 * A dated post signature ("— Name (@handle) May 15, 2025") is furniture carrying its date; the
 * post's own lines, right above it with handles or media links, become embeds. Null when not one.
 */
function markEmbedSignature(lines: TextLine[], roles: LineRole[], i: number, text: string): LineRole | null {
  const signature = SIGNATURE.exec(text) ?? BARE_SIGNATURE.exec(text);
  if (!signature) return null;
  const date = statedDay(signature[2]!);
  if (!date) return null;
  for (let j = i - 1; j >= 0 && j >= i - 4; j--) {
    if (lines[j]!.text.trim() === '') break;
    if (!EMBED_MARK.test(lines[j]!.text)) break;
    roles[j] = { role: 'embed', date };
  }
  return { role: 'furniture', reason: 'embed-signature', date };
}

/** Unpunctuated lines are headlines, datelines or labels by their length and capitals; null for prose. */
function roleByShape(line: TextLine, text: string, n: number, roles: LineRole[], i: number): LineRole | null {
  const terminal = TERMINAL.test(text);
  // A short Title Case line before any prose is the headline ("Flood Hits Varna"), not a label.
  const titleCase =
    n >= 2 &&
    !terminal &&
    line.kind !== 'listItem' &&
    /^(?:\p{Lu}[\p{L}\p{M}’'-]*\s*){2,3}$/u.test(text) &&
    text !== text.toUpperCase();
  if (titleCase && !roles.slice(0, i).some((r) => r.role === 'body' || r.role === 'headline')) {
    return { role: 'headline' };
  }
  if (n <= 3 && (!terminal || /(?:\.\.\.|…)\s*$/.test(text))) return { role: 'furniture', reason: 'short-fragment' };
  if (terminal) return null;
  return n <= 10 && statedDay(text)
    ? { role: 'furniture', reason: 'dateline', date: statedDay(text) ?? undefined }
    : { role: 'headline' };
}

// The list right under a "Related stories" label (blank lines allowed) links elsewhere: its
// items are headlines of other pages, never the article's own events.
function markLinkLists(lines: TextLine[], roles: LineRole[]): void {
  lines.forEach((line, i) => {
    if (!LINK_LIST_LABEL.test(line.text.trim().replace(/^[#*_\s]+|[*_\s]+$/g, ''))) return;
    roles[i] = { role: 'furniture', reason: 'link-list' };
    for (let j = i + 1; j < lines.length; j++) {
      const next = lines[j]!;
      if (next.text.trim() === '') continue;
      if (next.kind !== 'listItem') break;
      roles[j] = { role: 'furniture', reason: 'link-list' };
    }
  });
}

// Reader-question blocks: two or more lines that are each one question, with no article
// text after them (comment widgets and "questions readers ask" boxes close the page).
function markQuestionBlocks(lines: TextLine[], roles: LineRole[]): void {
  const isQuestion = (i: number): boolean => {
    const t = lines[i]!.text.trim();
    return roles[i]!.role === 'body' && /\?["”]?\s*$/.test(t) && !/[.!]\s/.test(t.slice(0, -1));
  };
  for (let i = 0; i < lines.length; i++) {
    if (!isQuestion(i)) continue;
    let j = i;
    while (j + 1 < lines.length && (isQuestion(j + 1) || lines[j + 1]!.text.trim() === '')) j++;
    const count = lines.slice(i, j + 1).filter((l) => l.text.trim() !== '').length;
    const bodyAfter = roles.slice(j + 1).some((r) => r.role === 'body');
    if (count >= 2 && !bodyAfter) {
      for (let k = i; k <= j; k++)
        if (lines[k]!.text.trim() !== '') roles[k] = { role: 'furniture', reason: 'reader-question' };
    }
    i = j;
  }
}

// Reader comments: two or more lines that each open with a user handle and a dash
// ("seoul_watcher – Will Kim come…"), with no article text after them.
const COMMENT = /^[\p{L}\p{N}_.'-]{2,30}\s+[–—-]\s+\S/u;
// "Comments (4)", "12 comments", "Join the conversation": what follows is the readers', to the end.
const COMMENTS_HEADING = new RegExp(
  [
    String.raw`^(?:reader\s+)?comments?(?:\s*\(\d+\))?\s*:?$`,
    String.raw`^\d+\s+comments?$`,
    String.raw`^(?:join the (?:conversation|discussion)|have your say|leave a comment)\s*:?$`,
    String.raw`^comments are (?:closed|disabled)\b`,
  ].join('|'),
  'i',
);
function markCommentBlocks(lines: TextLine[], roles: LineRole[]): void {
  const heading = lines.findIndex((l) => COMMENTS_HEADING.test(l.text.trim()));
  if (heading >= 0) {
    for (let i = heading; i < lines.length; i++)
      if (lines[i]!.text.trim() !== '') roles[i] = { role: 'furniture', reason: 'reader-comments' };
    return;
  }
  const isComment = (i: number): boolean => roles[i]!.role !== 'furniture' && COMMENT.test(lines[i]!.text.trim());
  const first = lines.findIndex((_, i) => isComment(i));
  if (first < 0) return;
  const rest = lines
    .map((_, i) => i)
    .filter((i) => i >= first && lines[i]!.text.trim() !== '' && roles[i]!.role !== 'furniture');
  const comments = rest.filter(isComment);
  // Everything left after the first comment must be comments, questions or labels.
  const prose = rest.filter(
    (i) => !isComment(i) && roles[i]!.role === 'body' && !/\?["”]?\s*$/.test(lines[i]!.text.trim()),
  );
  if (comments.length < 2 || prose.length > 0) return;
  for (const i of rest) roles[i] = { role: 'furniture', reason: 'reader-comments' };
}

// "*Results are provisional until the count is complete.*", "*Market data delayed by 15 minutes.*": a paragraph
// wholly in emphasis that closes the page is the publisher's note to readers, not the story.
const WHOLLY_EMPHASISED = /^\s*([*_])(?!\1)[^*_\n]+\1\s*$/;
function markClosingNote(lines: TextLine[], roles: LineRole[]): void {
  // The last line of prose: reader comments and link lists after it are already furniture.
  let last = lines.length - 1;
  while (last >= 0 && (lines[last]!.text.trim() === '' || roles[last]!.role === 'furniture')) last--;
  if (last >= 0 && roles[last]!.role === 'body' && WHOLLY_EMPHASISED.test(lines[last]!.raw))
    roles[last] = { role: 'furniture', reason: 'editor-note' };
}

// Unpunctuated lines after the last line of prose are credits, bylines and link lists.
function markTrailing(lines: TextLine[], roles: LineRole[]): void {
  for (let i = lines.length - 1; i >= 0; i--) {
    const role = roles[i]!;
    if (role.role === 'body' || role.role === 'embed') break;
    if (role.role === 'headline') roles[i] = { role: 'furniture', reason: 'trailing-line' };
  }
}
