/**
 * The main clause of a report sentence, as subject, verb phrase and object, read from the
 * parts of speech compromise gives. Subordinate clauses, appositives, dates and asides are
 * left out: "On Friday, Russia and Ukraine agreed to swap 1,000 prisoners each, the largest
 * exchange since…" gives ("Russia and Ukraine", "agreed to swap", "1,000 prisoners each").
 */
import { type Lexicon, type Term, isNoun, isVerb, join, segments, termsOf, word } from './terms.ts';
export type { Lexicon } from './terms.ts';
import { CLAUSE_OPENERS as OPENER, SUBORDINATORS as SUBORDINATE } from '../../lib/lexicon/headline-clauses.ts';

/** A clause reduced to who did what. */
export interface Svo {
  /** Whether the object stops at a reported clause ("made clear that…", "recalled that…"). */
  reported: boolean;
  /** The reported clause itself, when there is one. */
  complement: string;
  /** Everything after the verb phrase, as written: where a verb of saying's statement is. */
  after: string;
  /** Whether the subject holds a proper name (a person, a body, a place, a people). */
  named: boolean;
  /** Whether the head verb is a copula ("is eager", "was back"): a state, not an event. */
  copula: boolean;
  /** Who: the noun phrase before the verb, without leading adverbials or appositives. */
  subject: string;
  /** The verb phrase, without adverbs: "agreed to swap", "did not attend", "was executed". */
  verb: string;
  /** What or whom, and where: up to the first subordinate clause, date or aside. */
  object: string;
}

// A longer object is cut back to a whole phrase, before its last preposition ("41 bombers",
// never "41 bombers stationed at Russian air"); one with no preposition to cut at goes on to
// finish its noun phrase, up to the hard limit.
const MAX_OBJECT = 9;
const HARD_MAX_OBJECT = 12;
// A phrase never ends on these: it would read as clipped.
const DANGLING = new Set([
  'Preposition',
  'Determiner',
  'Conjunction',
  'Adjective',
  'Possessive',
  'Auxiliary',
  'Modal',
  'Verb',
  'Adverb',
]);

/** Index of the finite verb that heads a segment, after a subject, or -1. */
function headVerb(seg: Term[]): number {
  for (let i = 0; i < seg.length; i++) {
    const t = seg[i]!;
    if (!isVerb(t) || t.tags.has('Gerund') || (t.tags.has('Infinitive') && !t.tags.has('PresentTense'))) continue;
    // "will", "has", "is" head a verb phrase only when no main verb follows them closely.
    if (t.tags.has('Auxiliary') && seg.slice(i + 1, i + 4).some((x) => isVerb(x) && !x.tags.has('Auxiliary'))) continue;
    // "the Port Adler talks followed…": a word in -s right before a past form is the subject's noun.
    const after = seg[i + 1];
    if (/s$/.test(t.text) && !t.tags.has('Auxiliary') && after?.tags.has('PastTense') && !after.tags.has('Auxiliary'))
      continue;
    // A verb right after "to", or inside a clause opened by "who/which…", is not the head.
    if (i > 0 && word(seg[i - 1]!) === 'to') continue;
    if (seg.slice(0, i).some((x) => SUBORDINATE.has(word(x)) && !['and', 'but', 'so', 'as'].includes(word(x))))
      return -1;
    // "an issue that will hold…": a relative clause's verb.
    const prev = seg
      .slice(0, i)
      .filter((x) => !x.tags.has('Auxiliary') && !x.tags.has('Adverb'))
      .pop();
    if (prev && /^(?:that|which|who)$/i.test(prev.text)) continue;
    // "The exchange agreed upon during the talks was executed": a participle right after its
    // noun, with a finite verb later on, is a reduced relative clause, not the head.
    const then = seg[i + 1];
    // "a tunic said to have belonged to Louis were carried out": "to" and a verb follow a participle too.
    const toVerb = then && word(then) === 'to' && seg[i + 2] !== undefined && isVerb(seg[i + 2]!);
    let chain = i + 1;
    if (toVerb) while (seg[chain] && (word(seg[chain]!) === 'to' || isVerb(seg[chain]!))) chain++;
    // A finite verb after the participle and its infinitive: "claimed to have targeted" alone is the head.
    const later = seg.slice(chain).some((x) => x.tags.has('Auxiliary') || x.tags.has('Copula'));
    const reduced = then && (then.tags.has('Preposition') || then.tags.has('Particle') || toVerb);
    if (
      i > 0 &&
      isNoun(seg[i - 1]!) &&
      t.tags.has('PastTense') &&
      later &&
      reduced &&
      !seg[i - 1]!.tags.has('Pronoun')
    ) {
      // The infinitive after it ("to have belonged") belongs to the participle too.
      i = chain - 1;
      continue;
    }
    return i;
  }
  return -1;
}

/** The verb phrase from the head verb: auxiliaries, negation, "to"-infinitives and particles. */
function verbPhrase(seg: Term[], head: number): { start: number; end: number } {
  let start = head;
  const lead = (t: Term): boolean => t.tags.has('Auxiliary') || t.tags.has('Negative') || t.tags.has('Adverb');
  while (start > 0 && lead(seg[start - 1]!)) start--;
  let end = head + 1;
  for (;;) {
    const t = seg[end];
    if (!t || /[,;:–—]/.test(seg[end - 1]!.post)) break;
    const chain =
      isVerb(t) ||
      t.tags.has('Negative') ||
      t.tags.has('Particle') ||
      (word(t) === 'to' && seg[end + 1] && isVerb(seg[end + 1]!));
    if (!chain) break;
    end++;
  }
  return { start, end };
}

/** Whether a long object goes on to finish its noun phrase; else it may be cut back (see MAX_OBJECT). */
function goesOn(out: Term[], next: Term | undefined): boolean {
  const phrase =
    next && (isNoun(next) || next.tags.has('Adjective')) && !next.tags.has('Date') && !next.tags.has('Pronoun');
  if (!phrase) return false;
  let cut = -1;
  out.forEach((t, i) => {
    if (i >= 2 && t.tags.has('Preposition')) cut = i;
  });
  if (cut > 0) out.length = cut;
  return cut < 0 && out.length < HARD_MAX_OBJECT;
}

/** A noun phrase after a colon, up to the next mark, when no verb makes it a clause; else null. */
function namedAfterColon(after: Term[]): Term[] | null {
  // "a mutual prisoner exchange involving 1,000 individuals": the phrase ends at a mark or a participle.
  const end = after.findIndex(
    (t, i) => /[,;:–—()]/.test(t.post) || (i > 0 && isVerb(after[i + 1] ?? t) && i + 1 < after.length),
  );
  const phrase = after.slice(0, end < 0 ? after.length : end + 1);
  const first = phrase[0];
  if (
    !first ||
    first.tags.has('Pronoun') ||
    !(isNoun(first) || first.tags.has('Determiner') || first.tags.has('Adjective'))
  )
    return null;
  if (phrase.some((t) => isVerb(t) && !t.tags.has('Noun')) || phrase.length > MAX_OBJECT) return null;
  return phrase.some(isNoun) ? phrase : null;
}

/** The object: up to a subordinate clause, a dated phrase or a dangling end. */
function objectOf(rest: Term[]): { terms: Term[]; reported: boolean; complement: string } {
  const out: Term[] = [];
  let reported = false;
  let complement = '';
  for (let i = 0; i < rest.length; i++) {
    const t = rest[i]!;
    const w = word(t);
    // "and" joins nouns ("Russian and Ukrainian leaders") but opens a clause before a verb.
    const coordinate = (w === 'and' || w === 'but') && !(rest[i + 1] && isVerb(rest[i + 1]!));
    if (SUBORDINATE.has(w) && !coordinate && (out.length > 0 || w !== 'as')) break;
    // "recalled that…": what follows is another clause, reported.
    if (
      w === 'that' &&
      (out.length === 0 || isVerb(out[out.length - 1]!) || out[out.length - 1]!.tags.has('Adjective'))
    ) {
      reported = true;
      complement = join(rest.slice(i + 1));
      break;
    }
    // "on Friday", "in May 2025", "last week": the date is on the page already, and what
    // follows it is another phrase.
    if (t.tags.has('Date') || t.tags.has('Time')) {
      // "for six days", "about two years": the number goes with the date.
      while (
        out.length &&
        (out[out.length - 1]!.tags.has('Value') ||
          /^(?:about|some|nearly|almost|over)$/i.test(out[out.length - 1]!.text))
      )
        out.pop();
      if (out.some((x) => !x.tags.has('Preposition'))) break;
      // "mediated, in July of that year, the stipulation of…": the object comes after the date.
      out.length = 0;
      while (rest[i] && !/,/.test(rest[i]!.post) && i < rest.length - 1) i++;
      continue;
    }
    out.push(t);
    // "yielded one significant outcome: a mutual prisoner exchange": what the colon names is the object.
    const named = /:/.test(t.post) ? namedAfterColon(rest.slice(i + 1)) : null;
    if (named) out.splice(0, out.length, ...named);
    if (/[,;:–—()]/.test(t.post)) break;
    if (out.length >= MAX_OBJECT && !goesOn(out, rest[i + 1])) break;
  }
  const dangling = (x: Term, before: Term | undefined): boolean =>
    [...x.tags].some((g) => DANGLING.has(g)) &&
    !x.tags.has('Noun') &&
    // "not guilty", "open": an adjective right after the verb or "not" is the complement.
    !(x.tags.has('Adjective') && (!before || before.tags.has('Negative'))) &&
    // "the grounding": a verb form after a determiner is a noun.
    !(before && (before.tags.has('Determiner') || before.tags.has('Possessive')) && isVerb(x));
  while (out.length && dangling(out[out.length - 1]!, out[out.length - 2])) out.pop();
  if (out.length && out[out.length - 1]!.tags.has('Negative')) out.pop();
  // "said strong winds had not been the cause": a reported clause without "that".
  if (!reported && out.length === 0 && rest.length > 2) complement = join(rest);
  return { terms: out, reported: reported || complement !== '', complement };
}

/** The subject: the noun phrase before the verb, in the verb's segment or the sentence's opening. */
function subjectOf(segs: Term[][], at: number, before: Term[]): Term[] {
  // "Federal jury in Manhattan on Thursday": dates and their prepositions leave the subject.
  let own = before.filter(
    (t, i) =>
      !t.tags.has('Adverb') && !t.tags.has('Date') && !(t.tags.has('Preposition') && before[i + 1]?.tags.has('Date')),
  );
  // "In all these talks Fidan…": an opening phrase without its comma ends before the name.
  if (own.length && OPENER.has(word(own[0]!))) {
    const name = own.findIndex((t, i) => i > 0 && t.tags.has('ProperNoun') && /^\p{Lu}/u.test(t.text));
    if (name > 0) own = own.slice(name);
  }
  // "The exchange agreed upon during these discussions": the participle phrase is not the subject.
  const participle = own.findIndex((t, i) => i > 0 && isVerb(t) && !t.tags.has('PresentTense') && isNoun(own[i - 1]!));
  if (participle > 0) own = own.slice(0, participle);
  if (own.length && own.some(isNoun) && !OPENER.has(word(own[0]!))) return own;
  // "Peter Berdowski, chief executive of Boskalis, said…": the subject opens the sentence.
  if (own.length === 0) {
    for (let i = 0; i < at; i++) {
      const seg = segs[i]!;
      if (!OPENER.has(word(seg[0]!)) && seg.some(isNoun) && !seg.some(isVerb)) return seg;
    }
  }
  return own;
}

/** Where a relative clause opens a subject ("ships that had queued…"), or -1: "that" after a noun, a verb next. */
function relativeAt(subject: Term[]): number {
  return subject.findIndex(
    (t, i) =>
      i > 0 &&
      /^(?:that|which|who|whom|whose)$/i.test(t.text) &&
      isNoun(subject[i - 1]!) &&
      subject.slice(i + 1, i + 4).some((x) => isVerb(x) && !x.tags.has('Gerund')),
  );
}

/** The main clause of a sentence as subject, verb and object, or null when it has none. */
export function mainClause(text: string, lexicon: Lexicon = {}): Svo | null {
  const segs = segments(termsOf(text, lexicon));
  // "While the US proposed…, Turkey emerged as…": the main clause first; only failing it, the
  // subordinate one ("Although Putin has defected from a meeting…" can be what a mention reports).
  return clauseIn(segs, false) ?? clauseIn(segs, true);
}

function clauseIn(all: Term[][], subordinate: boolean): Svo | null {
  const segs = all.map((seg) => [...seg]);
  for (let s = 0; s < segs.length; s++) {
    const seg = segs[s]!;
    if (SUBORDINATE.has(word(seg[0]!))) {
      // "whose novel … had stirred…": a relative clause is never a sentence's report, even read alone.
      if (!subordinate || s > 0 || /^(?:who|whom|whose|which)$/.test(word(seg[0]!))) continue;
      seg.shift();
    }
    if (!seg.length) continue;
    const head = headVerb(seg);
    if (head < 0) continue;
    const vp = verbPhrase(seg, head);
    let subject = subjectOf(segs, s, seg.slice(0, vp.start));
    if (!subject.length || !subject.some(isNoun)) continue;
    // "The last of the ships that had queued … passed": the subject is cut to its head noun phrase.
    const rel = relativeAt(subject);
    if (rel > 0) {
      // "an issue that will hold centre stage at the summit scheduled for…": a bare past form after a
      // relative clause told in another tense is its participle, not the main verb; the clause is refused.
      const present = subject.slice(rel).some((t) => t.tags.has('Modal') || t.tags.has('PresentTense'));
      if (present && vp.start === head && seg[head]!.tags.has('PastTense') && isNoun(seg[head - 1]!)) continue;
      // "the bank that will now rank among…": the verb found is the relative clause's own.
      if (!subject.slice(rel + 1).some(isNoun)) continue;
      subject = subject.slice(0, rel);
    }
    const verb = seg.slice(vp.start, vp.end).filter((t) => !t.tags.has('Adverb') || t.tags.has('Negative'));
    const rest = [...seg.slice(vp.end), ...segs.slice(s + 1).flat()];
    const object = objectOf(rest);
    const copula =
      seg[head]!.tags.has('Copula') && !seg.slice(head + 1, vp.end).some((t) => isVerb(t) && !t.tags.has('Copula'));
    const article = (ts: Term[]): Term[] => (ts[0] && /^(?:the|a|an|this|these)$/i.test(ts[0].text) ? ts.slice(1) : ts);
    // The subject's head, before any "of the…" or "in The Hague", is what names someone.
    const cut = subject.findIndex((t, i) => i > 0 && t.tags.has('Preposition'));
    const named = (cut > 0 ? subject.slice(0, cut) : subject).some(
      (t) =>
        !t.tags.has('Date') && ['ProperNoun', 'Person', 'Organization', 'Place', 'Demonym'].some((g) => t.tags.has(g)),
    );
    return {
      named,
      subject: join(article(subject)),
      verb: join(verb),
      object: join(article(object.terms)),
      reported: object.reported,
      complement: object.complement,
      after: join(rest),
      copula,
    };
  }
  return null;
}
