/**
 * The headline rules: shapes that make a candidate's words, guards that refuse a candidate
 * outright, and scores that rank the rest. Each has an id, a one-line doc (a score also a weight
 * with its reason), and a fixture folder under
 * tests/fixtures/publish/headline/<id>/. The rules that fired are the headline's evidence.
 */
import nlp from 'compromise';
import { datedApart } from './apart.ts';
import { verbOnlyQuoted } from './quoted-verb.ts';
import { ownDated } from '../../lib/mentions/own-dated.ts';
import type { Candidate, HeadlineContext } from './candidate.ts';
import { cutShort, endsInsidePhrase, titleFlaws } from './shape.ts';
import { SHAPES } from './shape-rules.ts';
import { ORDER_VERBS, PASSIVE_SAYING, SPEECH } from '../../lib/lexicon/headline-clauses.ts';

export { SHAPES, type ShapeRule } from './shape-rules.ts';

/** A rule that refuses a candidate headline. */
export interface Guard {
  /** Stable id, also the fixture folder name. */
  id: string;
  /** What it refuses, in one line. */
  doc: string;
  /** True when the candidate must not be a headline. */
  refuses(c: Candidate, ctx: HeadlineContext): boolean;
}

/** A rule that adds to a candidate's score. */
export interface ScoreRule {
  /** Stable id, also the fixture folder name. */
  id: string;
  /** What it rewards, in one line. */
  doc: string;
  /** Points when it fires, and why that many. */
  weight: number;
  /** Why the weight. */
  reason: string;
  /** How many times it fires (0 = not at all; fractions allowed for graded rules). */
  fires(c: Candidate, ctx: HeadlineContext): number;
}

// A wire dateline: "ISTANBUL, June 3, 2025 (Example Wire) –", "SEOUL —", "MAE SAI, Thailand, July 3 -".
const DATELINE = /^\p{Lu}[\p{Lu}\s.'’-]{2,}(?:,[^–—-]{0,40})?(?:\s*[–—]|\s+-|-\s)/u;
const PRONOUN = /^(?:he|she|it|they|we|i|you|this|that|these|those|there|which|who)$/i;
const POSSESSIVE = /^(?:his|her|its|their|our|my|your)\s/i;
// "Sam and I", "we and our partners": the speaker of a quotation, whom a timeline cannot name so ("US" is a name).
const SPEAKER_IN = /(?:^|\s)(?:I|[Ww]e|us|me|[Yy]ou)(?=\s|$)/u;

// A title this short that ends on "to" and an infinitive says what was meant, not what happened.
const THIN = 4;
const thinInfinitive = (c: Candidate): boolean =>
  /(?:^|\s)to\s+\S+$/.test(c.verb) && c.title.split(/\s+/).length <= THIN;

/** Guards, in the order they are tried. */
export const GUARDS: Guard[] = [
  {
    id: 'not-a-heading',
    doc: 'A headline or a subheading of an article is not evidence: never built from one.',
    refuses: (c) => c.basis.origin === 'headline' || c.headingLike,
  },
  {
    id: 'no-dateline',
    doc: 'A dateline ("ISTANBUL, June 3, 2025 (Wire) –") is never part of a headline.',
    refuses: (c) => DATELINE.test(c.title),
  },
  {
    id: 'says-who',
    doc: 'The subject names someone or something: never a pronoun, nor one with "I" or "we" in it, never nothing.',
    refuses: (c) => c.subject.trim() === '' || PRONOUN.test(c.subject.trim()) || SPEAKER_IN.test(c.subject),
  },
  {
    id: 'says-whose',
    doc: 'A subject a possessive pronoun opens ("Its contract") is read as its antecedent\'s, or refused.',
    // "Its previous contract runs out" says whose to no one; pronoun-antecedent reads it as "SAG-AFTRA’s…".
    refuses: (c) => POSSESSIVE.test(c.subject.trim()),
  },
  {
    id: 'no-comma-before-verb',
    doc: 'A past form right after its subject and a comma ("Macri, elected in 2015") is an aside, never the verb.',
    refuses: (c) => c.aside,
  },
  {
    id: 'verb-not-quoted',
    doc: "The headline's verb is its sentence's own, never one inside a quotation its subject stands outside.",
    // "Sassoon ended by telling jurors the defendant "was the mastermind"": never "Sassoon is mastermind".
    refuses: (c) => verbOnlyQuoted(c.basis.quote, c.written, c.subject),
  },
  {
    id: 'passive-saying',
    doc: 'The subject of a passive verb of saying ("was told") heard it: never the speaker of a headline.',
    // "Altman was told on a video call at about noon": never "Altman says video call at about noon".
    refuses: (c) => PASSIVE_SAYING.test(c.written),
  },
  {
    id: 'dated-apart',
    doc: "A clause its sentence's dates set apart is titled by its own verb, never by a main verb outside it.",
    // "Milei, who founded his party in 2021, beat Massa on Sunday": the 2021 event is no "Milei beats Massa".
    refuses: (c) => c.fromSentence && !c.verbInClause && datedApart(c.basis),
  },
  {
    id: 'not-clipped',
    doc: 'A whole phrase: a subject and a verb, no dangling last word, not stopped where its sentence goes on.',
    // Two words only when they are the whole report: "SVB collapses", never "Zelensky indicates".
    // "…at Russian air" before "bases", "…finds Bankman-Fried" before "guilty": cut, whatever its tags say.
    refuses: (c) =>
      c.verb.trim() === '' ||
      (c.title.split(/\s+/).length < 3 && !c.complete) ||
      titleFlaws(c.title).some((f) => f === 'clipped' || f === 'bare-noun') ||
      cutShort(c.title, c.basis.quote) ||
      // "…and that she", "…for what officials": also where a place added after it hides the end.
      endsInsidePhrase(c.bare, c.basis.quote),
  },
  {
    id: 'says-enough',
    doc: 'The verb says what happened: not a copula alone, nor "to" and an infinitive closing a short title.',
    // "Emmy ceremony is", "Divers to go", "Trial expected to last"; a whole report stays ("Bankman-Fried to
    // testify"), and so does a longer one ("Writers can go back to work").
    // "Many architects and heritage specialists say": a verb of saying without what was said says nothing.
    refuses: (c) =>
      !c.object.trim() &&
      ((!c.where && (c.copula || (thinInfinitive(c) && !c.complete))) ||
        c.verb.split(/\s+/).some((w) => SPEECH.test(w))),
  },
  {
    id: 'progressive-not-planned',
    doc: 'A main clause in the progressive ("ministers are addressing") never titles a planned event dated elsewhere.',
    // It tells what happens as the page is written; the planned event is elsewhere in the sentence.
    refuses: (c, ctx) => ctx.planned && c.fromSentence && c.shaped.includes('progressive-verb'),
  },
  {
    id: 'names-take-part',
    doc: 'Every registry name in the headline takes part in the event according to one of its quotes.',
    // The subject of a verb of saying takes part in the statement the event is; the name a quote's
    // pronoun stands for takes part in what that quote says.
    refuses: (c, ctx) =>
      c.names.some((id) => !ctx.participants.has(id) && !c.speakers.includes(id) && !c.antecedent.includes(id)),
  },
];

/** Score rules: the candidate with the highest total wins. */
const ARTICLE = /^(?:the|a|an)$/i;

export const SCORES: ScoreRule[] = [
  {
    id: 'named-subject',
    doc: 'The subject is a registry actor or a proper name: the headline says who.',
    weight: 3,
    reason: 'who acted is the first thing a reader looks for in a timeline entry',
    fires: (c) => (c.subjectNamed ? 1 : 0),
  },
  {
    id: 'event-verb',
    doc: 'The verb is an event word the extractor found in the sentence (met, signed, struck…).',
    weight: 2,
    reason: 'the event word is what the sentence reports; another verb is usually a side remark',
    fires: (c) => (c.eventVerb ? 1 : 0),
  },
  {
    id: 'copula',
    doc: 'The verb is "is", "was" or the like: the clause describes a state, not an event.',
    weight: -2,
    reason: '"Zelensky is eager to meet Putin" says how someone is, not what happened',
    fires: (c) => (c.copula ? 1 : 0),
  },
  {
    id: 'has-object',
    doc: 'The verb has an object or a complement: the headline says to whom or what.',
    weight: 1,
    reason: '"Erdoğan receives Rutte" says more than "Erdoğan receives"',
    fires: (c) => (c.object.trim() ? 1 : 0),
  },
  {
    id: 'says-where',
    doc: 'The headline names the place the event happened.',
    weight: 1,
    reason: 'where is the third question after who and what',
    fires: (c) => (c.where ? 1 : 0),
  },
  {
    id: 'named-event',
    doc: 'The headline carries the name sources give the event ("Operation Spider Web").',
    weight: 2,
    reason: 'the name is how readers and later reports refer to it',
    fires: (c) => (c.namedEvent ? 1 : 0),
  },
  {
    id: 'self-dated',
    doc: 'Built from a sentence that dates the event by its own words ("on Monday", "after a 17-day hiatus").',
    weight: 1,
    reason: 'the sentence that dates an event reports it most directly',
    fires: (c) => (ownDated(c.basis) ? 1 : 0),
  },
  {
    id: 'sentence-main-clause',
    doc: 'Built from the main clause of the sentence rather than from the clause that reports the event.',
    weight: -0.5,
    reason: "the sentence's main clause may report something else: it wins only when the clause says less",
    fires: (c) => (c.ownClause ? 0 : 1),
  },
  {
    id: 'corroborated',
    doc: 'Other sources name the same participants (per extra source, up to three).',
    weight: 0.5,
    reason: 'a headline most sources agree with is the safest claim',
    fires: (c) => Math.min(3, c.corroboration),
  },
  {
    id: 'tells-order',
    doc: 'The verb only places one happening against another in time ("talks follow the attack").',
    weight: -3,
    reason: 'subject and object are two events, so the title misleads on one; it stands only when nothing else does',
    // "formal talks followed on Thursday", "a quake followed later": with no noun after it, the verb reports.
    fires: (c) => (ORDER_VERBS.test(c.verb.trim()) && nlp(c.object).nouns().length > 0 ? 1 : 0),
  },
  {
    id: 'reported-speech',
    doc: 'A verb of saying makes the headline about a statement, not the event.',
    weight: -1,
    reason: '"Erdoğan recalls…" reports talk about the event rather than the event',
    fires: (c) => (c.speech ? 1 : 0),
  },
  {
    id: 'long',
    doc: 'Words beyond ten, articles not counted (per word).',
    weight: -0.25,
    reason: 'a timeline entry is read at a glance; "the" and "a" cost the eye nothing',
    fires: (c) => Math.max(0, c.title.split(/\s+/).filter((w) => !ARTICLE.test(w)).length - 10),
  },
];

/** The score of a candidate and the rules that fired, or null when a guard refuses it. */
export function judge(c: Candidate, ctx: HeadlineContext): { score: number; rules: string[] } | null {
  const refused = GUARDS.find((g) => g.refuses(c, ctx));
  if (refused) return null;
  let score = 0;
  const rules = c.shaped.filter((id) => SHAPES.some((r) => r.id === id));
  for (const r of SCORES) {
    const n = r.fires(c, ctx);
    if (n === 0) continue;
    score += n * r.weight;
    rules.push(r.id);
  }
  return { score: Math.round(score * 100) / 100, rules };
}

/** The id of the first guard that refuses a candidate, or null (for tests and `explain`). */
export function refusal(c: Candidate, ctx: HeadlineContext): string | null {
  return GUARDS.find((g) => g.refuses(c, ctx))?.id ?? null;
}
