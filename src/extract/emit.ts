/**
 * From the parts of one read sentence to its mentions: a dated part takes its own date; an
 * undated one takes its embedded post's date, or the time or occasion of the sentence before,
 * or goes on about that sentence's event, or stands undated if it names an event of its own.
 */
import nlp from 'compromise';
import type { Article, DateSpan, EventMention, Sentence } from '../types.ts';
import type { NameHit } from '../lib/names/matcher.ts';
import { contentTerms } from '../lib/similarity/index.ts';
import { ruleMeta } from '../lib/rules/index.ts';
import { WORD_RULES, clauseEventWords, elidedVerbWords, governedEventWords } from './clauses.ts';
import type { Part } from './clause-cuts.ts';
import { type Told, sameOccasion } from './discourse.ts';
import { nextToGatheringIn } from './anchored-gaps.ts';
import { type SentenceNames, reportsIt, speakersIn, unique, withoutNames } from './names.ts';
import { statusOf } from './status.ts';
import { DATE_RULES, type SinceDate } from './event-dates.ts';
import { LIVE_ENTRY_RULE } from './live-entries.ts';
import { orientationOf } from '../lib/modality/index.ts';
import { verbCues } from '../lib/grammar/action-verbs.ts';
import { WEEKDAY_NAMES } from '../lib/lexicon/months.ts';

/** The rules applied while emitting mentions. */
export const EMIT_RULES = {
  embeddedPost: ruleMeta(
    'date-embedded-post',
    'A sentence of an embedded post, undated, takes the date its signature gives.',
  ),
  nameless: ruleMeta(
    'mention-nameless',
    "An event word with no name beside it can only join its article's event of that kind.",
  ),
} as const;

/** One sentence as read: what its mentions are made from. */
export interface ReadSentence {
  article: Article;
  sentence: Sentence;
  names: SentenceNames;
  /** Reference day of the sentence: its embedded post's date, else the article's. */
  reference: string | null;
  /** Time tie to a sentence before ("Afterwards, …") and the rule that made it. */
  tie: { to: Told | null; rule: string } | null;
  /** The mention this sentence goes on about, and the rule that linked it. */
  goesOn: { to: Told; rule: string } | null;
  /** Sentence-level rules that fired (names, dates). */
  fired: string[];
  /** The day of the live-page entry the sentence stands in, if any. */
  entryDay?: string | null;
  /** Whether the sentence goes on with a quotation the sentence before opened. */
  inQuote?: boolean;
  /** Dates of "since" phrases that open a state, dropped as dates of their own. */
  since?: SinceDate[];
}

type Base = Omit<
  EventMention,
  | 'date'
  | 'dateText'
  | 'dateSource'
  | 'dateOffsets'
  | 'status'
  | 'tiedTo'
  | 'sameOccasion'
  | 'goesOnFrom'
  | 'origin'
  | 'weak'
>;

// What every mention of a part shares, whatever its date.
function baseOf(r: ReadSentence, k: number, part: Part): Base & { text: string } {
  const { sentence, article, names } = r;
  const clause = part.clause;
  const text = sentence.text.slice(clause[0], clause[1]);
  const inClause = (h: NameHit) => h.start >= clause[0] && h.end <= clause[1];
  const rules = [...r.fired, ...(part.rule ? [part.rule] : []), ...(part.folded ? [part.folded] : [])];
  const speakers = speakersIn(sentence.text, names.actorHits.filter(inClause));
  if (speakers.length) rules.push(reportsIt.id);
  return {
    id: `${article.id}#s-${sentence.index}${k > 0 ? `-${k}` : ''}`,
    article: article.id,
    sentence: sentence.index,
    quote: sentence.text,
    line: sentence.line,
    column: sentence.column,
    actors: unique([...names.author, ...names.actorHits.filter(inClause).map((h) => h.id)]),
    places: unique(names.placeHits.filter(inClause).map((h) => h.id)),
    terms: contentTerms(withoutNames(sentence.text, clause, [...names.actorHits, ...names.placeHits])),
    triggers: clauseEventWords(text, rules, !r.inQuote, presentTold(r)),
    clause,
    paragraph: sentence.paragraph,
    speakers,
    rules,
    text,
  };
}

/** The mentions of a read sentence's parts, in order. */
export function emitParts(r: ReadSentence, parts: Part[]): EventMention[] {
  const out: EventMention[] = [];
  parts.forEach((part, k) => {
    const { text, ...m } = baseOf(r, k, part);
    const before = out[out.length - 1];
    // Only a clause that writes its own date can be one of a list sharing a verb ("and four more on Monday").
    if (part.date?.rule === DATE_RULES.ownWords.id && before && m.triggers.length === 0)
      m.triggers = elidedVerbWords(r.sentence.text, part.clause, before.triggers, m.rules);
    const made = part.date ? datedMention(r, part, m, text) : undatedMention(r, part, m, text);
    if (made) out.push(made);
  });
  return out;
}

function datedMention(r: ReadSentence, part: Part, m: Base, text: string): EventMention {
  const { sentence } = r;
  const d = part.date!;
  if (m.triggers.length === 0 && !r.inQuote) m.triggers = governedEventWords(text, m.rules);
  if (d.role === 'comparison') {
    // "ready to host them, as was the case in March 2022": an earlier event of the main clause's kind.
    m.triggers = unique([...m.triggers, ...clauseEventWords(sentence.text.slice(0, part.clause[0]))]);
    m.rules.push(WORD_RULES.comparisonKind.id);
  }
  m.rules.push(d.rule);
  return {
    ...m,
    date: d.date,
    dateText: sentence.text.slice(d.words[0], d.words[1]),
    dateSource: 'sentence',
    dateOffsets: d.words[0] >= part.clause[0] && d.words[1] <= part.clause[1] ? d.words : null,
    status: statusOf(sentence.text, d.date, r.reference, d.words),
    tiedTo: null,
    sameOccasion: null,
    goesOnFrom: null,
    origin: sentence.origin,
    // A headline or standfirst says in other words what the body reports: it may join an event, never found one.
    weak: (m.actors.length === 0 && m.triggers.length === 0) || sentence.origin === 'headline',
    rules: unique(m.rules),
  };
}

function undatedMention(r: ReadSentence, part: Part, m: Base, text: string): EventMention | null {
  const { sentence } = r;
  const opensSentence = part.clause[0] === 0;
  const goesOn = r.goesOn && opensSentence ? r.goesOn : null;
  // "just before the talks" dates an event word on its own, even with no name beside it.
  const relative = m.triggers.length > 0 && nextToGatheringIn(text);
  if (!goesOn && !relative && m.triggers.length === 0) return null;
  // An event word with no name ("the exchange was executed") can only join its article's event of that kind.
  let weak = !goesOn && !relative && m.actors.length === 0 && m.places.length === 0;
  let date: DateSpan | null = null;
  let dateText: string | null = null;
  let dateSource: EventMention['dateSource'] = null;
  let tiedTo: string | null = null;
  let scene: string | null = null;
  if (sentence.origin === 'embed' && sentence.embedDate && !goesOn) {
    date = { start: sentence.embedDate, end: sentence.embedDate, precision: 'day' };
    dateText = `post dated ${sentence.embedDate}`;
    dateSource = 'embed';
    m.rules.push(EMIT_RULES.embeddedPost.id);
  } else if (r.tie?.to && opensSentence) {
    const tied = r.tie.to;
    m.rules.push(r.tie.rule);
    // "There, …", "During the meeting, …": the same occasion as the sentence before;
    // "At the end of the meeting, …", "Back then, …": only its time.
    if (sameOccasion.apply(sentence.text)) {
      scene = tied.mention.id;
      m.rules.push(sameOccasion.id);
    }
    if (tied.mention.date) {
      date = tied.mention.date;
      dateText = tied.mention.dateText;
      dateSource = 'paragraph';
    } else if (!scene) {
      tiedTo = tied.mention.id;
    }
  }
  if (!date && !goesOn && !tiedTo && !scene && r.entryDay && orientationOf(text) !== 'future') {
    date = { start: r.entryDay, end: r.entryDay, precision: 'day' };
    dateText = null;
    dateSource = 'paragraph';
    m.rules.push(LIVE_ENTRY_RULE.id);
    // An entry its stamp dates is as good as a dated sentence: its event words alone let it found an event.
    // A fragment with no verb ("More on the arrests") is a subheading, not an entry's report.
    weak = m.triggers.length === 0 || !nlp(text).has('#Verb');
  }
  if (weak) m.rules.push(EMIT_RULES.nameless.id);
  const goesOnFrom = scene || date || !goesOn ? null : goesOn.to.mention.id;
  if (goesOnFrom) m.rules.push(goesOn!.rule);
  const status = statusOf(text, date, r.reference);
  return {
    ...m,
    ...(date === null ? undatedCues(r, part, text) : {}),
    date,
    dateText,
    dateSource,
    dateOffsets: null,
    status,
    tiedTo,
    sameOccasion: scene,
    goesOnFrom,
    origin: sentence.origin,
    weak,
    rules: unique(m.rules),
  };
}

// The one weekday a clause names ("on Tuesday", "Sunday's vote"), as Date#getDay counts; null for none or two.
const WEEKDAY = new RegExp(`\\b(${WEEKDAY_NAMES.join('|')})\\b`, 'gi');
function namedWeekday(text: string): number | null {
  const named = new Set([...text.matchAll(WEEKDAY)].map((m) => WEEKDAY_NAMES.indexOf(m[1]!.toLowerCase())));
  return named.size === 1 ? [...named][0]! : null;
}

// A page's headline, and a live page's entries, tell what just happened in the present ("Mbappé volleys in").
function presentTold(r: ReadSentence): 'headline' | 'live' | null {
  return leadHeadline(r.article, r.sentence) ? 'headline' : r.entryDay ? 'live' : null;
}

// What an undated clause still tells: told in the present, a "since" start, an unresolved weekday, only states.
function undatedCues(
  r: ReadSentence,
  part: Part,
  text: string,
): Pick<EventMention, 'present' | 'since' | 'weekday' | 'statesOnly'> {
  const since = sinceIn(r.since ?? [], part);
  const weekday = r.reference === null ? namedWeekday(text) : null;
  const cues = verbCues(text);
  return {
    ...(cues.present ? { present: true } : {}),
    ...(cues.statesOnly ? { statesOnly: true } : {}),
    ...(since ? { since } : {}),
    ...(weekday === null ? {} : { weekday }),
  };
}

// The start of the state an undated clause tells, from a "since" phrase inside it.
function sinceIn(since: SinceDate[], part: Part): DateSpan | null {
  return since.find((x) => x.words[0] >= part.clause[0] && x.words[1] <= part.clause[1])?.date ?? null;
}

// The index of each article's first body sentence: what comes before it heads the page.
const firstBody = new WeakMap<Article, number>();

/** Whether a sentence is the page's own headline or standfirst, above its first body sentence. */
function leadHeadline(article: Article, sentence: Sentence): boolean {
  if (sentence.origin !== 'headline') return false;
  let first = firstBody.get(article);
  if (first === undefined) {
    first = article.sentences.find((x) => x.origin === 'body')?.index ?? Number.POSITIVE_INFINITY;
    firstBody.set(article, first);
  }
  return sentence.index < first;
}
