/**
 * Reported speech in headline form: who said it, a verb of saying, and what they said cut to
 * its main clause ("Erdoğan says he addressed issue with Trump"), whether the speaker comes
 * first ("Rabie said strong winds…") or after the statement ("“I addressed…,” Erdoğan added").
 */
import nlp from 'compromise';
import { type Lexicon, type Svo, mainClause } from './clause.ts';
import { pronounFor } from './verbs.ts';

import { SPEECH } from '../../lib/lexicon/headline-clauses.ts';
export { SPEECH };
const PRONOUN_SUBJECT = /^(?:it|this|that|there|which|who|we|us|you|they)$/i;
const PRONOUN_SPEAKER = /^(?:he|she|they|it|we|i)$/i;
// Words a verb of saying puts between itself and its statement: "told reporters on Tuesday that…".
const MAX_BEFORE_THAT = 6;
// "…, the ministry said in a statement": a speaker after the statement is a short phrase.
const MAX_TRAILER = 7;
// A statement shorter than this is an aside ("…, he said, adding…"), not what was said.
const MIN_STATEMENT = 4;

type Tagged = { text: string; tags: Set<string> };
const tagged = (text: string): Tagged[] =>
  (nlp(text).document as Tagged[][]).flat().map((t) => ({ text: t.text, tags: new Set(t.tags) }));
const isNoun = (t: Tagged): boolean => ['Noun', 'ProperNoun', 'Pronoun', 'Acronym'].some((g) => t.tags.has(g));

/**
 * A sentence whose speaker follows its statement, read as "speaker said statement": "I addressed
 * this issue…, Erdoğan added" or "…, said the minister". A pronoun speaker ("…, he said") stands
 * for the one speaker the extractor found, when there is exactly one.
 */
export function trailingAttribution(sentence: string, speakers: string[]): Svo | null {
  const text = sentence.replace(/[.!?]+$/, '').trim();
  const comma = text.lastIndexOf(',');
  if (comma < 0) return null;
  const statement = text.slice(0, comma).trim();
  const terms = tagged(text.slice(comma + 1).trim());
  if (terms.length < 2 || terms.length > MAX_TRAILER || statement.split(/\s+/).length < MIN_STATEMENT) return null;
  const v = terms.findIndex((t) => t.tags.has('Verb') && SPEECH.test(t.text));
  if (v < 0) return null;
  // "said Erdoğan" or "the ministry said in a statement": the speaker is the noun phrase on the other side.
  const side = v === 0 ? terms.slice(1) : terms.slice(0, v);
  const end = side.findIndex((t) => t.tags.has('Preposition') || t.tags.has('Verb'));
  const speakerTerms = end < 0 ? side : side.slice(0, end);
  if (!speakerTerms.some(isNoun) || (v > 0 && end >= 0)) return null;
  let speaker = speakerTerms.map((t) => t.text).join(' ');
  if (PRONOUN_SPEAKER.test(speaker)) {
    if (speakers.length !== 1) return null;
    speaker = speakers[0]!;
  }
  const named = speakerTerms.some((t) => t.tags.has('ProperNoun') || t.tags.has('Person')) || speakers.length > 0;
  return {
    subject: speaker.replace(/^(?:the|a|an)\s+/i, ''),
    verb: terms[v]!.text,
    object: '',
    after: statement,
    // Only what statement() makes of it: a pronoun's clause ("They pulled…, officials said") is not one.
    complement: '',
    reported: true,
    named,
    copula: false,
  };
}

/** "he" or "she" for a speaker whose first name tells (compromise's guess), else null. */
function thirdPerson(speaker: string): string | null {
  const [person] = nlp(speaker).people().json() as { person?: { presumed_gender?: string } }[];
  const gender = person?.person?.presumed_gender;
  return gender === 'male' ? 'he' : gender === 'female' ? 'she' : null;
}

/**
 * The reported verb in the tense it was said, the past perfect made simple past ("had caused" →
 * "caused", "had not been" → "were not"): a statement about the past is not retold as present.
 */
export function reportedVerb(subject: string, verb: string): string {
  const been = /^had\s+(not\s+)?been\b/i.exec(verb);
  if (been) return `${pronounFor(subject) === 'they' ? 'were' : 'was'} ${been[1] ?? ''}${verb.slice(been[0].length)}`;
  const perfect = /^had\s+(not\s+)?(\S+)(.*)$/i.exec(verb);
  if (!perfect) return verb;
  const base = nlp(perfect[2]!).verbs().toInfinitive().text() || perfect[2]!;
  if (perfect[1]) return `did not ${base}${perfect[3]}`;
  const past = nlp(`they ${base}`);
  past.verbs().toPastTense();
  return `${past.text().replace(/^they\s+/, '')}${perfect[3]}`;
}

/**
 * What a verb of saying reports, in headline form: "said late on Monday that his family would
 * give 100 million euros" gives "his family would give 100 million euros", "said the vessel was
 * floating" gives "vessel was floating"; null for another verb or a statement without a named
 * subject and a verb. `speaker` is who said it, for "I" in their own words.
 */
export function statement(svo: Svo, speaker: string, lexicon: Lexicon): string | null {
  // "claimed to have struck…": a verb of saying with an infinitive after it reports no statement.
  const words = svo.verb.split(/\s+/);
  const k = words.findIndex((w) => SPEECH.test(w));
  if (k < 0 || words[k + 1]?.toLowerCase() === 'to') return null;
  const match = /^(.*?)\bthat\s+(.+)$/i.exec(svo.after);
  const before = match ? match[1]!.trim().split(/\s+/).filter(Boolean) : [];
  // "announced on Wednesday night a sweeping decree that repeals…": a "that" far off is not the statement's.
  const that = match && before.length <= MAX_BEFORE_THAT ? match : null;
  const reported = that ? that[2]! : svo.after;
  const inner = reported ? mainClause(reported, lexicon) : null;
  if (!inner?.verb) return null;
  // The clause must open the reported words: "said a prayer for…" has an object, not a statement.
  // "said Tuesday the fire was…": a date before the statement is not its opening.
  const told = tagged(reported);
  let d = 0;
  while (told[d] && (told[d]!.tags.has('Date') || (told[d]!.tags.has('Preposition') && told[d + 1]?.tags.has('Date'))))
    d++;
  const opening = told
    .slice(d)
    .map((t) => t.text)
    .join(' ')
    .replace(/^(?:the|a|an|this|these)\s+/i, '');
  if (!that && !opening.toLowerCase().startsWith(inner.subject.toLowerCase())) return null;
  // "announced plans to widen and deepen…": a subject with a verb in it is the object read wrong.
  const verbIn = (t: Tagged, i: number): boolean =>
    i > 0 && t.tags.has('Verb') && !isNoun(t) && !/^\p{Lu}/u.test(t.text);
  // "night a sweeping emergency": a determiner inside it, not after a preposition, joins two phrases.
  const glued = (t: Tagged, i: number, all: Tagged[]): boolean =>
    i > 0 &&
    /^(?:a|an|the)$/i.test(t.text) &&
    !all[i - 1]!.tags.has('Preposition') &&
    !all[i - 1]!.tags.has('Conjunction');
  if (!that && tagged(inner.subject).some((t, i, all) => verbIn(t, i) || glued(t, i, all))) return null;
  let subject = inner.subject;
  if (/^(?:i|me)$/i.test(subject)) subject = thirdPerson(speaker) ?? '';
  if (!subject || PRONOUN_SUBJECT.test(subject)) return null;
  const object = inner.reported && !inner.object ? '' : inner.object;
  return `${subject} ${reportedVerb(inner.subject, inner.verb)} ${object}`.trim();
}
