/**
 * A date inside a reduced relative clause dates the participle, not the main verb: "nine countries do not reach
 * the target of 2 per cent agreed upon in 2014" reports, for 2014, that the target was agreed. The clause is read
 * as a passive of the noun phrase before it, "the target of 2 per cent was agreed upon" (rule `dated-participle`).
 */
import nlp from 'compromise';
import type { EventMention } from '../../types.ts';
import { type Lexicon, type Svo, mainClause } from './clause.ts';
import { SPEECH } from '../../lib/lexicon/headline-clauses.ts';

export const DATED_PARTICIPLE = 'dated-participle';
const DATED_RELATIVE = 'dated-relative';

// The participle and its particle before the date's own preposition, a short phrase of its own between at most:
// "agreed upon in", "signed with Iran in", "built".
const PARTICIPLE_BEFORE_DATE = new RegExp(
  String.raw`(?:^|\s)(\p{Ll}+(?:ed|en|wn|t)(?:\s+(?:upon|up|out|down|off|back|on))?)` +
    String.raw`(?:\s+(?:with|by|between|among|for|at)\s+(?:\S+\s+){0,2}\S+)?\s+(?:in|on|at|during|by)?\s*$`,
  'u',
);
// "the conflict that began more than three years ago": a relative clause's verb right before the date's words.
const RELATIVE_BEFORE_DATE = /\s(?:that|which)\s+(\p{Ll}+)\s+(?:in|on|at|during)?\s*$/u;
// Words a noun phrase is made of; a verb, a pronoun or a comma ends it.
const IN_PHRASE = ['Noun', 'Adjective', 'Determiner', 'Value', 'Preposition', 'Possessive'];

/** The noun phrase that ends `text`, after a verb or a preposition; null when there is none. */
function phraseBefore(text: string): string | null {
  const terms = nlp(text).terms().json() as { text: string; pre: string; post: string; terms: { tags: string[] }[] }[];
  let from = terms.length;
  for (let i = terms.length - 1; i >= 0; i--) {
    const t = terms[i]!;
    const tags = new Set(t.terms[0]?.tags ?? []);
    const inPhrase = IN_PHRASE.some((tag) => tags.has(tag)) && !tags.has('Pronoun') && !tags.has('Verb');
    if (!inPhrase || (i < terms.length - 1 && /,/.test(t.post))) break;
    from = i;
  }
  const phrase = terms.slice(from);
  const last = phrase[phrase.length - 1]?.terms[0]?.tags ?? [];
  if (phrase.length === 0 || !last.includes('Noun') || last.includes('Pronoun')) return null;
  // The phrase is a verb's object or in a prepositional phrase; at a clause's start it is the subject of the past
  // form after it ("Officials met on Monday"), which is then the main verb.
  const opener = terms[from - 1]?.terms[0]?.tags ?? [];
  if (!opener.includes('Verb') && !opener.includes('Preposition')) return null;
  // After a verb of saying or "that", the phrase is the subject of a reported clause: "said an alarm sounded at…".
  const openerWord = (terms[from - 1]?.text ?? '').toLowerCase().replace(/[^\p{L}]/gu, '');
  if (openerWord === 'that' || SPEECH.test(openerWord)) return null;
  // A phrase opening on a preposition belongs to the verb before it ("reach | for the target").
  while (phrase.length && phrase[0]!.terms[0]?.tags.includes('Preposition')) phrase.shift();
  return phrase.length ? phrase.map((t) => t.text).join(' ') : null;
}

/** The reduced relative clause the mention's date sits in, read as a passive of the noun phrase before it. */
export function datedParticiple(m: EventMention, lexicon: Lexicon): Svo | null {
  if (!m.dateOffsets) return null;
  const before = m.quote.slice(0, m.dateOffsets[0]);
  const participle = PARTICIPLE_BEFORE_DATE.exec(before);
  if (!participle) return null;
  const head = participle[1]!.split(/\s+/)[0]!;
  if (!nlp(`it was ${head}`).terms().last().has('#PastTense')) return null;
  const at = participle.index + participle[0].indexOf(participle[1]!);
  const phrase = phraseBefore(before.slice(0, at).trimEnd());
  if (!phrase) return null;
  // What the participle says, up to the date's own preposition: "agreed with Vesteria".
  const told = before.slice(at).replace(/\s+(?:in|on|at|during|by)?\s*$/, '');
  const svo = mainClause(`${phrase} was ${told}`, lexicon);
  if (!svo || !/^was\s/.test(svo.verb)) return null;
  return { ...svo, shaped: [...(svo.shaped ?? []), DATED_PARTICIPLE] };
}

// The noun a relative clause follows, with its determiner and adjectives: "the prolonged conflict". Not after a
// comma ("…, which began") nor after "of": such a clause may be about more than that noun.
function nounBefore(text: string): string | null {
  if (/,\s*$/.test(text)) return null;
  const terms = nlp(text).terms().json() as { text: string; terms: { tags: string[] }[] }[];
  const inPhrase = (tags: string[]) =>
    ['Noun', 'Adjective', 'Determiner', 'Value'].some((g) => tags.includes(g)) && !tags.includes('Pronoun');
  let from = terms.length;
  while (from > 0 && inPhrase(terms[from - 1]!.terms[0]?.tags ?? [])) from--;
  const phrase = terms.slice(from);
  // "a joint session of two House committees that began": the clause may be the session's, not the committees'.
  if (!phrase.at(-1)?.terms[0]?.tags.includes('Noun') || terms[from - 1]?.text.toLowerCase() === 'of') return null;
  return phrase.map((t) => t.text).join(' ');
}

/**
 * A date right after a relative clause's verb dates that verb: "solutions to the prolonged conflict that began more
 * than three years ago" reports that the conflict began (rule `dated-relative`).
 */
export function datedRelative(m: EventMention, lexicon: Lexicon): Svo | null {
  if (!m.dateOffsets) return null;
  const before = m.quote.slice(0, m.dateOffsets[0]);
  const relative = RELATIVE_BEFORE_DATE.exec(before);
  if (!relative || !nlp(`it ${relative[1]}`).terms().last().has('#PastTense')) return null;
  const phrase = nounBefore(before.slice(0, relative.index));
  // A bare noun ("a deal that closed in January") is too vague a subject to title the event: the sentence's
  // own clause does better ("First Citizens buys CIT Group").
  if (!phrase || phrase.replace(/^(?:the|a|an|this|that|its|their|his|her)\s+/i, '').split(/\s+/).length < 2)
    return null;
  const svo = mainClause(`${phrase} ${relative[1]}`, lexicon);
  return svo ? { ...svo, shaped: [...(svo.shaped ?? []), DATED_RELATIVE] } : null;
}
