/**
 * The last resort, trimmed (rule `fallback-main-clause`): when no candidate says who did what, a report
 * sentence stands in its own words, but without what follows its main clause — a subordinate clause, a
 * second clause, an aside — nor a relative clause set off inside it, nor the time phrase opening it: "Kim
 * first met Moon at Panmunjom on April 27, when the two leaders pledged…" → "Kim first met Moon at Panmunjom
 * on April 27". Words are only taken away, never changed, so the title claims nothing its source does not say.
 */
import { type Lexicon, mainClause } from './clause.ts';
import nlp from 'compromise';
import { CLAUSE_OPENERS, SPEECH, SUBORDINATORS, TIME_SPAN_UNITS } from '../../lib/lexicon/headline-clauses.ts';
import { endsInsidePhrase, titleFlaws } from './shape.ts';

/** Rule id, named in the evidence of a title that is a report sentence's main clause in its own words. */
export const MAIN_CLAUSE_FALLBACK = 'fallback-main-clause';

// Fewer words than this are no longer a report of their own ("The boys entered").
const MIN_WORDS = 4;
// ", which killed some 33,000 people,": a relative clause set off by commas inside the sentence (a comma inside a
// number is not one of them).
const INNER_RELATIVE = /,\s+(?:which|who|whose|whom)\b(?:[^,;:()]|,(?=\d))*,\s+/giu;
// After the main verb: a mark before a subordinator or a lower-case word (", when…", ", a sharp turn…"), a
// semicolon, colon or dash, or a subordinator that opens a clause without a comma ("…ago after Kaplan finished").
const SUBORDINATE = [...SUBORDINATORS].join('|');
const AFTER_COMMA = new RegExp(String.raw`^,\s+(?:(?:${SUBORDINATE})\b|\p{Ll})`, 'u');
const BARE_SUBORDINATE = /^\s+(?:because|although|though|whereas|while|after|before|when|until|unless)\s/u;
const STRONG_MARK = /^(?:[;:]\s|\s[—–]\s)/u;

/** A relative clause set off inside the sentence taken out; the comma kept when it closes an appositive. */
function withoutInnerRelatives(sentence: string): string {
  return sentence.replace(INNER_RELATIVE, (_match, at: number) => {
    const open = (sentence.slice(0, at).match(/,\s/g) ?? []).length % 2 === 1;
    return open ? ', ' : ' ';
  });
}

/**
 * The time phrase or connective opening the sentence, up to the subject: "Then, in March 2022, | the Fed…"; never
 * a clause ("But the operation isn't over, | the governor said").
 */
function withoutOpener(sentence: string, subject: string): string {
  const at = sentence.indexOf(subject);
  const lead = at > 0 ? sentence.slice(0, at).replace(/(?:the|a|an)\s+$/iu, '') : '';
  const first = /^\p{L}+/u.exec(lead)?.[0]?.toLowerCase() ?? '';
  if (!/,\s*$/u.test(lead) || !CLAUSE_OPENERS.has(first) || nlp(lead).has('#Verb')) return sentence;
  const rest = sentence.slice(lead.length);
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

// ", two powerful seagoing tugs and round-the-clock dredging": a list goes on after the comma, no clause opens; one
// a subordinator or a form in -ing opens (", leaving four boys and their coach inside") is a clause all the same.
const OPENS_CLAUSE = new RegExp(String.raw`^(?:(?:${SUBORDINATE})\b|\p{Ll}+ing\b)`, 'u');
function listGoesOn(after: string): boolean {
  const item = after.replace(/^,\s+/, '').split(/[,;.]/)[0]!;
  return /\band\b/.test(item) && !OPENS_CLAUSE.test(item);
}

// "…moments | before the storm", "two hours | after": a span of time before the subordinator goes with it.
const UNITS = [...TIME_SPAN_UNITS].join('|');
const QUANTITY = String.raw`a|an|few|several|just|only|some|\d+|one|two|three|\p{Ll}+ty`;
const COUNTED_SPAN = new RegExp(String.raw`(?:\s+(?:${QUANTITY}))*\s+(?:${UNITS})$`, 'iu');

/** Where the main clause ends, searched from its verb: the first mark or subordinator that opens another clause. */
function clauseEnd(text: string, from: number, saying: boolean): number {
  for (let i = from; i < text.length; i++) {
    const rest = text.slice(i);
    if (STRONG_MARK.test(rest)) return i;
    // A verb of saying goes on with what was said: only a semicolon, colon or dash ends its clause.
    if (saying) continue;
    if (AFTER_COMMA.test(rest) && !listGoesOn(rest)) return i;
    if (BARE_SUBORDINATE.test(rest)) return i - (COUNTED_SPAN.exec(text.slice(from, i))?.[0].length ?? 0);
  }
  return text.length;
}

/** Whether the words a trim cut off, after a comma, say who said it: ", provincial governor X said on Monday". */
const saidAfter = (cut: string): boolean =>
  /^\s*,/.test(cut) && (cut.split(',')[1] ?? '').split(/\s+/).some((w) => SPEECH.test(w));

/**
 * The sentence's main clause in its own words, or null when trimming leaves no whole report or takes away the
 * words `kept` (the clause that reports the event).
 */
export function trimmedSentence(sentence: string, lexicon: Lexicon, kept = ''): string | null {
  const plain = withoutInnerRelatives(sentence);
  const svo = mainClause(plain, lexicon);
  if (!svo) return null;
  const opened = withoutOpener(plain, svo.subject);
  const verb = svo.verb.split(/\s+/).pop() ?? '';
  const verbAt = opened.indexOf(verb, Math.max(0, opened.indexOf(svo.subject)));
  if (verbAt < 0) return null;
  const saying = svo.verb.split(/\s+/).some((w) => SPEECH.test(w));
  const trimmed = opened.slice(0, clauseEnd(opened, verbAt + verb.length, saying)).replace(/[\s,;:–—-]+$/u, '');
  if (trimmed === sentence || trimmed.split(/\s+/).length < MIN_WORDS || !trimmed.includes(kept)) return null;
  // "The operation isn't over, the governor said": a judgement (a copula's) is never trimmed from the one who made
  // it; "They pulled 14 sailors from the water, officials said" is a report, and drops its attribution.
  if (svo.copula && saidAfter(opened.slice(trimmed.length))) return null;
  const flaws = titleFlaws(trimmed);
  const wrong = ['clipped', 'no-finite-verb', 'bare-noun', 'says-nothing'] as const;
  // "…held a second" before ", unannounced meeting": the comma was the phrase's, not the clause's end.
  return flaws.some((f) => (wrong as readonly string[]).includes(f)) || endsInsidePhrase(trimmed, sentence)
    ? null
    : trimmed;
}
