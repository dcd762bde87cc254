/**
 * The main clause of a report sentence, as subject, verb phrase and object, read from the
 * parts of speech compromise gives. Subordinate clauses, appositives, dates and asides are
 * left out: "On Friday, Russia and Ukraine agreed to swap 1,000 prisoners each, the largest
 * exchange since…" gives ("Russia and Ukraine", "agreed to swap", "1,000 prisoners each").
 */
import { DAY_PART_WORD } from '../../lib/lexicon/day-words.ts';
import { IRREGULAR_PAST, type Lexicon, type Term, isNoun, isVerb, join, segments, termsOf, word } from './terms.ts';
import { objectAfter } from './said-aside.ts';
import { contactRelative, ownSubject, relativeAt } from './subject-relative.ts';
import { INNER_ADVERB, MODIFIER, headVerb, progressive, verbPhrase } from './verb-phrase.ts';
import { reread } from './reread.ts';
export type { Lexicon } from './terms.ts';
import {
  DATE_OPENERS,
  NEGATING_ADVERBS,
  CLAUSE_OPENERS as OPENER,
  SPEECH,
  SUBORDINATORS as SUBORDINATE,
} from '../../lib/lexicon/headline-clauses.ts';

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
  /** Whether the head verb is a form in -ing after "is", "was"…: "decline was ending" (rule `progressive-verb`). */
  progressive?: boolean;
  /**
   * Whether the verb opens the segment right after its subject's, a comma between them: "Macri, elected
   * in 2015" is a participle set off as an aside, not what the subject did (rule `no-comma-before-verb`).
   */
  aside?: boolean;
  /** Whether the subject opens with a title compromise read as a verb: "Judge Kaplan" (rule `title-before-name`). */
  /** Whether the object stops before a relative clause: "a deal that closed…" (rule `object-relative-clause`). */
  relative?: boolean;
  /** Whether an "'s" before the verb is a possessive compromise read as "is" (rule `possessive-not-verb`). */
  possessive?: boolean;
  /** Shape rules the object's reading fired (`date-not-set-off`). */
  shaped?: string[];
  /** Whether a clause read first had a prepositional phrase for subject (rule `prepositional-not-subject`). */
  prepositional?: boolean;
  /** Whether an "'s" before a name is its owner's, not "is" (rule `possessive-before-name`). */
  namePossessive?: boolean;
  titled?: boolean;
}

/** Rule id, also the tag of the word where it cut the subject: an opening phrase without its comma ends before it. */
const OPENER_CUT = 'opener-without-comma';

/** Whether segments leave a relative clause open: one opened by who/whose/which, its verb still to come. */
function relativeOpen(between: Term[][]): boolean {
  let open = false;
  for (const seg of between) {
    if (/^(?:who|whom|whose|which)$/.test(word(seg[0]!))) open = !seg.slice(1).some((t) => isVerb(t));
    // A participle and its preposition ("published in 2020") is an aside, not the clause's verb.
    else if (open && headVerb(seg) >= 0 && !(seg[0]!.tags.has('PastTense') && seg[1]?.tags.has('Preposition')))
      open = false;
  }
  return open;
}

const THIS_OR_THAT = /^(?:this|that)$/i;
const dayPart = (t: Term | undefined): boolean => DAY_PART_WORD.test(t?.text ?? '');

/** The subject: the noun phrase before the verb, in the verb's segment or the sentence's opening. */
function subjectOf(segs: Term[][], at: number, before: Term[]): Term[] {
  // "Federal jury in Manhattan on Thursday": dates and their prepositions leave the subject.
  // "Four years ago France": a number before a date's word is the date's, when a noun is left ("Five years would").
  const dated = (t: Term | undefined): boolean => t?.tags.has('Date') === true;
  const kept = (withNumber: boolean): Term[] =>
    before.filter(
      (t, i) =>
        // "more than 2,300 people": an adverb before "than" is the number's.
        (!t.tags.has('Adverb') || word(before[i + 1] ?? t) === 'than') &&
        !dated(t) &&
        // "Aid workers there say": "there" after the subject says where, it is no part of who.
        !(i > 0 && /^(?:there|here)$/i.test(t.text)) &&
        // "On Tuesday afternoon ERCOT asked", "That evening demand reached": the part of the day goes with its day.
        !(DAY_PART_WORD.test(t.text) && (dated(before[i - 1]) || THIS_OR_THAT.test(before[i - 1]?.text ?? ''))) &&
        !(THIS_OR_THAT.test(t.text) && DAY_PART_WORD.test(before[i + 1]?.text ?? '')) &&
        !((t.tags.has('Preposition') || (withNumber && t.tags.has('Value'))) && dated(before[i + 1])) &&
        // "Within three days Microsoft…": a preposition before a counted span of time is the span's.
        !(t.tags.has('Preposition') && before[i + 1]?.tags.has('Value') && dated(before[i + 2])) &&
        // "The Television Academy last week", "Police late on Monday": the word a date opens with is the date's.
        !(DATE_OPENERS.has(word(t)) && [before[i + 1], before[i + 2]].some((x) => dated(x) || dayPart(x))),
    );
  let own = kept(true);
  if (!own.some(isNoun)) own = kept(false);
  // "In all these talks Fidan…", "By midnight thousands had marched": an opening phrase without its comma
  // ends before the name, else before a new noun phrase (rule `opener-without-comma`).
  if (own.length && OPENER.has(word(own[0]!))) {
    const name = own.findIndex((t, i) => i > 0 && t.tags.has('ProperNoun') && /^\p{Lu}/u.test(t.text));
    const phrase = name > 0 ? name : openerEnd(own);
    if (phrase > 0 && name < 0) own[phrase]!.tags.add(OPENER_CUT);
    if (phrase > 0) own = own.slice(phrase);
  }
  // "The exchange agreed upon during these discussions": the participle phrase is not the subject.
  const participle = own.findIndex((t, i) => i > 0 && isVerb(t) && !t.tags.has('PresentTense') && isNoun(own[i - 1]!));
  if (participle > 0) own = own.slice(0, participle);
  if (own.length && own.some(isNoun) && !OPENER.has(word(own[0]!))) return own;
  // "Peter Berdowski, chief executive of Boskalis, said…": the subject opens the sentence.
  if (own.length === 0) {
    for (let i = 0; i < at; i++) {
      const seg = segs[i]!;
      // Not a relative clause's opening ("whose novel Notre-Dame de Paris,"): it names no subject.
      // Nor a date ("Three days later,"): it says when, not who.
      const when = (t: Term): boolean => t.tags.has('Date') || t.tags.has('Value') || !isNoun(t);
      const dated = seg.some((t) => t.tags.has('Date')) && seg.every(when);
      const opener = OPENER.has(word(seg[0]!)) || SUBORDINATE.has(word(seg[0]!)) || dated;
      if (!opener && seg.some(isNoun) && !seg.some(isVerb)) {
        // "Brek, whose novel…, had stirred…": a verb after a relative clause's opening is that clause's,
        // until that clause has had its verb ("…, had stirred…, was honoured": the second is the head).
        return relativeOpen(segs.slice(i + 1, at)) ? [] : seg;
      }
    }
  }
  return own;
}

/**
 * Where a new noun phrase opens after an opening phrase with no name and no comma, or -1: a subject pronoun,
 * a determiner or a number right after the opening phrase's noun ("On the night of July 2 they", "By Wednesday
 * the death toll", "By midnight thousands").
 */
function openerEnd(own: Term[]): number {
  return own.findIndex((t, i) => {
    const prev = own[i - 1];
    if (i < 2 || !prev || !isNoun(prev) || prev.tags.has('Pronoun') || prev.tags.has('Determiner')) return false;
    const pronoun = /^(?:he|she|it|they|we)$/i.test(t.text);
    return pronoun || /^(?:the|a|an)$/i.test(t.text) || (t.tags.has('Value') && !prev.tags.has('Value'));
  });
}

/** The main clause of a sentence as subject, verb and object, or null when it has none. */
export function mainClause(text: string, lexicon: Lexicon = {}): Svo | null {
  const segs = segments(termsOf(text, lexicon));
  // "While the US proposed…, Turkey emerged as…": the main clause first; only failing it, the
  // subordinate one ("Although Putin has defected from a meeting…" can be what a mention reports).
  const read = clauseIn(segs, false) ?? clauseIn(segs, true);
  if (read) return read;
  // No clause: the tagger may have read the subject as a verb or the verb as a noun (reread.ts).
  const fired = reread(segs);
  const again = fired.length ? (clauseIn(segs, false) ?? clauseIn(segs, true)) : null;
  return again && { ...again, shaped: [...(again.shaped ?? []), ...fired] };
}

/**
 * Whether a segment opens its sentence's noun phrase: it is the first, or only a date or an adverb
 * comes before it ("Three days later, Macri,"); after "On Tuesday the boards of the guild," it is an appositive.
 */
const opens = (segs: Term[][], i: number): boolean =>
  i === 0 || segs[i - 1]!.every((t) => !isNoun(t) || t.tags.has('Date') || t.tags.has('Value'));

/**
 * "The last time these two leaders sat down": a determiner inside the subject, after no preposition
 * or conjunction, opens the phrase that does the verb's work.
 */
function unglued(subject: Term[]): Term[] {
  const glued = subject.findIndex(
    (t, i) =>
      i > 0 &&
      /^(?:the|a|an|these|this|those)$/i.test(t.text) &&
      !['Preposition', 'Conjunction', 'Determiner', 'Possessive', 'Value', 'ProperNoun', 'Verb'].some((g) =>
        subject[i - 1]!.tags.has(g),
      ),
  );
  return glued > 0 ? subject.slice(glued) : subject;
}

/** Whether the subject's head, before any "of the…" or "in The Hague", names someone. */
function namesSomeone(subject: Term[]): boolean {
  const cut = subject.findIndex((t, i) => i > 0 && t.tags.has('Preposition'));
  return (cut > 0 ? subject.slice(0, cut) : subject).some(
    (t) =>
      !t.tags.has('Date') && ['ProperNoun', 'Person', 'Organization', 'Place', 'Demonym'].some((g) => t.tags.has(g)),
  );
}

/** The clause read from its segment, verb phrase and subject: what the verb does, to whom, and how it was read. */
function svoOf(segs: Term[][], s: number, vp: { start: number; end: number }, head: number, subject: Term[]): Svo {
  const seg = segs[s]!;
  // "may no longer film": adverbs go, save those that negate the verb (rule `negation-kept`).
  const verb = seg
    .slice(vp.start, vp.end)
    .filter((t) => !t.tags.has('Adverb') || t.tags.has('Negative') || NEGATING_ADVERBS.has(word(t)));
  const rest = [...seg.slice(vp.end), ...segs.slice(s + 1).flat()];
  // A comma right after the verb sets off what follows it ("mediated, in July of that year, the…").
  const setOff = vp.end >= seg.length;
  const object = objectAfter(
    rest,
    verb.some((t) => SPEECH.test(t.text)),
    setOff,
  );
  const copula =
    seg[head]!.tags.has('Copula') && !seg.slice(head + 1, vp.end).some((t) => isVerb(t) && !t.tags.has('Copula'));
  const article = (ts: Term[]): Term[] => (ts[0] && /^(?:the|a|an|this|these)$/i.test(ts[0].text) ? ts.slice(1) : ts);
  return {
    named: namesSomeone(subject),
    subject: join(article(subject)),
    verb: join(verb),
    object: join(article(object.terms)),
    reported: object.reported,
    complement: object.complement,
    after: join(rest),
    copula,
    progressive: progressive(seg, head),
    titled: subject.some((t) => t.tags.has('TitleWord')),
    possessive: subject.some((t) => t.tags.has('ReadPossessive')),
    namePossessive: subject.some((t) => t.tags.has('NamePossessive')),
    relative: object.relative,
    shaped: [
      ...object.shaped,
      ...[OPENER_CUT, MODIFIER, INNER_ADVERB, IRREGULAR_PAST].filter((id) =>
        [...subject, ...seg].some((t) => t.tags.has(id)),
      ),
    ],
  };
}

function clauseIn(all: Term[][], subordinate: boolean): Svo | null {
  const segs = all.map((seg) => [...seg]);
  let prepositional = false;
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
    // "Macri, elected in 2015, turned to the IMF": a segment opened by a participle and its preposition
    // is an aside when a later segment has its own verb ("Ellison, 28, told the jury…" is the head).
    const participle = head === 0 && seg[0]!.tags.has('PastTense') && seg[1]?.tags.has('Preposition');
    if (s > 0 && participle && segs.slice(s + 1).some((x) => headVerb(x) >= 0)) continue;
    const vp = verbPhrase(seg, head);
    let subject = subjectOf(segs, s, seg.slice(0, vp.start));
    if (!subject.length || !subject.some(isNoun)) continue;
    // "In a vote announced on April 17, 97.85% … authorised": a phrase a preposition opens is never the
    // subject; the clause is read on from the next segment (rule `prepositional-not-subject`).
    if (subject[0]!.tags.has('Preposition') && OPENER.has(word(subject[0]!))) {
      prepositional = true;
      continue;
    }
    let aside = false;
    const bare = vp.start === 0 && !seg.slice(0, head).some((t) => t.tags.has('Auxiliary'));
    if (s > 0 && bare && subject === segs[s - 1] && seg[head]!.tags.has('PastTense') && opens(segs, s - 1)) {
      // "The Emmy ceremony, moved once from September, is now scheduled…", "The summit, twice postponed, is…":
      // the clause's verb comes later.
      if (segs.slice(s + 1).some((x) => headVerb(x) >= 0)) continue;
      aside = true;
    }
    // "a meeting that the guild said went nowhere": a relative clause with a subject of its own ("the guild")
    // has the verb found; the phrase it ends has none (rule `relative-clause-own-subject`).
    if (ownSubject(subject) || contactRelative(subject)) continue;
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
    subject = unglued(subject);
    return { ...svoOf(segs, s, vp, head, subject), aside, prepositional };
  }
  return null;
}
