/**
 * The verb phrase of a clause, read from compromise's tags: the finite verb that heads a segment
 * and the auxiliaries, negation, infinitives and particles that go with it.
 */
import { type Term, isNoun, isVerb, word } from './terms.ts';
import {
  INNER_ADVERBS,
  PLANNED_AFTER_BE,
  SPEECH,
  SUBORDINATORS as SUBORDINATE,
} from '../../lib/lexicon/headline-clauses.ts';

/** Rule id, also the tag of a past form read as its noun's modifier: "the confirmed death toll". */
export const MODIFIER = 'participle-after-determiner';

/** Rule id, also the tag of an adverb of time read inside its verb phrase: "is now scheduled". */
export const INNER_ADVERB = 'inner-adverb';

/** Whether a form in -ing is the head of a progressive: "is preparing", "was not ending" (compromise's tags). */
export function progressive(seg: Term[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && (seg[j]!.tags.has('Adverb') || seg[j]!.tags.has('Negative'))) j--;
  const be = seg[j];
  return seg[i]!.tags.has('Gerund') && be !== undefined && (be.tags.has('Auxiliary') || be.tags.has('Copula'));
}

/** Index of the finite verb that heads a segment, after a subject, or -1. */
export function headVerb(seg: Term[]): number {
  for (let i = 0; i < seg.length; i++) {
    const t = seg[i]!;
    if (!isVerb(t) || (t.tags.has('Gerund') && !progressive(seg, i))) continue;
    if (t.tags.has('Infinitive') && !t.tags.has('PresentTense')) continue;
    // "will", "has", "is" head a verb phrase only when no main verb follows them closely.
    if (t.tags.has('Auxiliary') && seg.slice(i + 1, i + 4).some((x) => isVerb(x) && !x.tags.has('Auxiliary'))) continue;
    // "the Port Adler talks followed…": a word in -s right before a past form is the subject's noun.
    const after = seg[i + 1];
    if (/s$/.test(t.text) && !t.tags.has('Auxiliary') && after?.tags.has('PastTense') && !after.tags.has('Auxiliary'))
      continue;
    // A verb right after "to", or inside a clause opened by "who/which…", is not the head.
    if (i > 0 && word(seg[i - 1]!) === 'to') continue;
    // "the confirmed death toll": a past form between an article and a noun is an adjective
    // (rule `participle-after-determiner`).
    const modifies = seg[i + 1] !== undefined && isNoun(seg[i + 1]!) && !seg[i + 1]!.tags.has('Pronoun');
    const article = i > 0 && /^(?:the|a|an)$/i.test(seg[i - 1]!.text);
    if (t.tags.has('PastTense') && article && modifies) {
      t.tags.add(MODIFIER);
      continue;
    }
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
    // "Sorel said on Wednesday that the guard would…": what follows "that" is what the saying reports.
    const reports = SPEECH.test(t.text) && seg.slice(i + 1).some((x) => word(x) === 'that');
    const reduced = then && (then.tags.has('Preposition') || toVerb) && !reports;
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
export function verbPhrase(seg: Term[], head: number): { start: number; end: number } {
  let start = head;
  const lead = (t: Term): boolean => t.tags.has('Auxiliary') || t.tags.has('Negative') || t.tags.has('Adverb');
  while (start > 0 && lead(seg[start - 1]!)) start--;
  let end = head + 1;
  for (;;) {
    const t = seg[end];
    if (!t || /[,;:–—]/.test(seg[end - 1]!.post)) break;
    // "is due to start": the plan's words after "is" go with the verb (rule `due-to-planned`).
    // The word after "to" is its verb whatever compromise tags it ("due to meet" reads "meet" as a noun).
    const due = PLANNED_AFTER_BE.has(word(t)) && seg[head]!.tags.has('Copula') && word(seg[end + 1] ?? t) === 'to';
    if (due && /^\p{Ll}+$/u.test(seg[end + 2]?.text ?? '')) {
      for (const x of seg.slice(end + 1, end + 3))
        x.tags = new Set([...x.tags, 'Verb', 'Infinitive', 'PlannedAfterBe']);
      end += 3;
      continue;
    }
    // "is now scheduled": an adverb of time between two verbs of one phrase is the phrase's (rule `inner-adverb`).
    if (INNER_ADVERBS.has(word(t)) && seg[end + 1] && isVerb(seg[end + 1]!) && !/[,;:–—]/.test(t.post)) {
      t.tags = new Set([...t.tags, 'Adverb', INNER_ADVERB]);
      end++;
      continue;
    }
    // "has set sentencing": a form in -ing right after a verb other than "be" is its object, not a progressive.
    const object =
      t.tags.has('Gerund') &&
      !SUBORDINATE.has(word(t)) &&
      !/^(?:am|is|are|was|were|be|been|being)$/i.test(seg[end - 1]!.text);
    const chain =
      (isVerb(t) && !object) ||
      t.tags.has('Negative') ||
      t.tags.has('Particle') ||
      (word(t) === 'to' && seg[end + 1] && isVerb(seg[end + 1]!));
    if (!chain) break;
    end++;
  }
  return { start, end };
}
