/**
 * A clause set off by commas inside its sentence, read as its own report when the mention's clause is only
 * that and the sentence's dates set it apart: a participle after its subject is a passive ("Kirchner,
 * elected in 2003" → "Kirchner elected", rule `participle-aside-passive`), and a relative clause after a
 * name takes the name for subject ("Milei, the economist who founded his party in 2021" → "Milei founds
 * his party", rule `relative-clause-antecedent`).
 */
import nlp from 'compromise';
import { type Lexicon, type Svo, mainClause } from './clause.ts';
import { OBJECT_PRONOUNS } from '../../lib/lexicon/pronouns.ts';
import { DATE_RULES } from '../../extract/event-dates.ts';
import type { EventMention } from '../../types.ts';

// Rules that give a clause a date apart from the rest of its sentence.
const DATED_APART = new Set(
  [DATE_RULES.betweenDates, DATE_RULES.comparison, DATE_RULES.sinceOnset, DATE_RULES.recordSince].map((r) => r.id),
);

/**
 * Whether the sentence's dates set the mention's clause apart from the rest of it: then the clause is its own
 * report (guard `dated-apart`); else an aside in it ("Sorel, elected in 2026, turned to…") dates the main verb.
 */
export const datedApart = (m: EventMention): boolean => m.rules.some((r) => DATED_APART.has(r));

/** Rule ids, named in the evidence when they shape a candidate. */
export const ASIDE_PASSIVE = 'participle-aside-passive';
export const RELATIVE_SUBJECT = 'relative-clause-antecedent';

// "succeeds him": an object pronoun says whom to no one without its sentence; such a clause is refused.
const pronounObject = (svo: Svo): boolean => OBJECT_PRONOUNS.has(svo.object.trim().split(/\s+/)[0]!.toLowerCase());

/** Whether a past form can be a past participle: not "went" (participle "gone"). */
function participleForm(verb: string): boolean {
  const forms = nlp(verb).verbs().conjugate()[0] as { Participle?: string; PastTense?: string } | undefined;
  const w = verb.toLowerCase();
  return forms !== undefined && (forms.Participle ? forms.Participle === w : forms.PastTense === w);
}

/**
 * The aside read as a passive, when the clause's verb is a participle set off after its subject and nothing
 * after it has a verb of its own (clause.ts): "Macri, elected in 2015 on a promise…" → "was elected"; else null.
 */
export function asidePassive(svo: Svo): Svo | null {
  if (!svo.aside || /\s/.test(svo.verb) || !participleForm(svo.verb) || pronounObject(svo)) return null;
  return { ...svo, verb: `was ${svo.verb}`, aside: false, shaped: [...(svo.shaped ?? []), ASIDE_PASSIVE] };
}

// "who", "which" opening a relative clause; "that" is left out: it also opens a reported clause.
const RELATIVE = /(?:^|[\s,])(who|which)\s+/i;

/** The name a relative clause follows: the last segment before it that names someone, through appositives. */
function antecedentOf(before: string): string | null {
  const segs = before
    .split(',')
    .map((s) => s.trim().replace(/^(?:and|but)\s+/i, ''))
    .filter(Boolean);
  for (let i = segs.length - 1; i >= 0; i--) {
    const doc = nlp(segs[i]!);
    // "The result is a recovery for Massa, who…": a segment with a verb is a clause, not a name.
    if (doc.has('#Verb')) return null;
    if (doc.has('#ProperNoun') && /^(?:the\s+)?\p{Lu}/iu.test(segs[i]!)) return segs[i]!;
    // "the libertarian economist who…": an appositive of the name before it; anything else stops the search.
    if (!/^(?:the|a|an)\s/i.test(segs[i]!) && i < segs.length - 1) return null;
  }
  return null;
}

/**
 * The relative clause that ends a mention's clause, with the name it follows for subject: "Ana Sorel, the
 * economist who founded the Nordland Party in 2019" → ("Ana Sorel", "founded", "the Nordland Party"); else null.
 */
export function relativeSubject(clause: string, lexicon: Lexicon): Svo | null {
  const rel = RELATIVE.exec(clause);
  if (!rel) return null;
  const subject = antecedentOf(clause.slice(0, rel.index + rel[0].indexOf(rel[1]!)));
  // The relative clause up to its end or its first comma: what the name did.
  const predicate = clause
    .slice(rel.index + rel[0].length)
    .split(',')[0]!
    .trim();
  if (!subject || !predicate) return null;
  const own = mainClause(`${subject} ${predicate}`, lexicon);
  // The verb must be the relative clause's own, opening it (an adverb or an auxiliary before it at most).
  const head = own?.verb.split(/\s+/)[0]?.toLowerCase() ?? '';
  const opening = predicate.toLowerCase().split(/\s+/).slice(0, 3);
  if (!own || own.subject !== subject || own.aside || !opening.includes(head) || pronounObject(own)) return null;
  return { ...own, shaped: [...(own.shaped ?? []), RELATIVE_SUBJECT] };
}
