/** Headline tense: what happened told in the present, what is planned as "to" + infinitive (compromise conjugates). */
import nlp from 'compromise';
import { Inflectors } from 'en-inflectors';
import { isEnglishWord } from '../../lib/lexicon/english-words.ts';
import { INTENDS_TO } from '../../lib/lexicon/headline-clauses.ts';

/** "they" for a plural subject ("Russia and Ukraine", "talks"), else "it": the verb agrees with it. */
export function pronounFor(whole: string): 'they' | 'it' {
  // The verb agrees with the subject's head, not a noun of its modifier: "round of negotiations yields".
  const phrase = whole.split(/\s+(?:of|in|at|from|for|with|on|by|near|between|including|among|to)\s+/i)[0]!;
  // "the last writers' strike begins": a possessive is the head's modifier, not its number.
  const owned = /^(.*\S)['’]s?\s+(\p{Ll}.*)$/u.exec(phrase);
  const subject = owned && !/\s(?:and|&)\s/i.test(phrase) ? owned[2]! : phrase;
  // "97.85% of those taking part", "half of the members": a share takes the number of what it is a share of.
  const share = /^(?:[\d.,]+\s*(?:%|per\s*cent|percent)|half|most|all|some|none|part|the majority)\s+of\s+(.+)$/i.exec(
    whole,
  );
  if (share) return /^(?:those|them|these)\b/i.test(share[1]!) ? 'they' : pronounFor(share[1]!);
  if (/\s(?:and|&)\s/i.test(subject) || /^(?:they|we|you|i)$/i.test(subject.trim())) return 'they';
  // "The two met": a number above one stands for a plural.
  if (/^(?:the\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|both)$/i.test(subject)) return 'they';
  // "the talks", "Ukrainian forces": a lower-case last word in -s is a plural however it is tagged;
  // so is a sentence's capitalised first word that is no name ("Delegates", not "Athens").
  const first = nlp(subject).terms().first();
  const name = ['#ProperNoun', '#Place', '#Organization', '#Person'].some((tag) => first.has(tag));
  const lower = name ? subject : subject.replace(/^\p{Lu}/u, (c) => c.toLowerCase());
  if (/(?:^|\s)\p{Ll}+[^su\s]s$/u.test(lower)) return 'they';
  // "Writers Guild", "Directors Guild": a name's head is its last word; capitalised and not in -s, it is one body.
  if (/(?:^|\s)\p{Lu}[\p{L}\p{M}'’-]*[^s\s]$/u.test(subject) && /\s/.test(subject)) return 'it';
  // "the" before it: "Polls" alone reads as a verb, "the Polls" as the plural noun it opens a sentence with.
  const noun = /^(?:the|a|an|this|these|those|its|their)\s/i.test(subject) ? subject : `the ${subject}`;
  const plural = (text: string): boolean => nlp(text).nouns().last().has('#Plural');
  return plural(noun) || plural(subject) ? 'they' : 'it';
}

/**
 * The verb phrase conjugated after a pronoun standing for its subject; the subject itself could be misread as a verb
 * ("talks").
 */
function conjugated(subject: string, verb: string, change: (doc: ReturnType<typeof nlp>) => void): string {
  const pronoun = pronounFor(subject);
  const doc = nlp(`${pronoun} ${verb}`);
  change(doc);
  const text = doc.text();
  return text.toLowerCase().startsWith(`${pronoun} `) ? text.slice(pronoun.length + 1).trim() : verb;
}

const PROGRESSIVE = /\b(?:am|is|are|was|were|be|been|being)\s+(?:\p{L}+ly\s+)?\p{L}+ing$/iu;

/** The verb phrase in headline tense: present for what happened, "to" + infinitive for what is planned. */
export function headlineVerb(subject: string, verb: string, planned: boolean): string {
  // "is due to start": planned, "to start"; else the plan as written, "was due to start" (rule `due-to-planned`).
  const due = /^(?:is|are|was|were|will be)\s+(?:due|set|poised|slated|about)\s+to\s+(.+)$/i.exec(verb);
  if (due) return planned ? `to ${due[1]}` : verb;
  // "plans to return", planned: "to return"; the plan is the headline's "to" already (rule `due-to-planned`).
  const meant = INTENDS_TO.exec(verb);
  if (meant && planned) return `to ${meant[1]}`;
  // "is preparing", "has been celebrating": told as what happens, "prepares", "celebrates" (rule `progressive-verb`).
  // The form in -ing right after the auxiliary, an adverb between at most: "were derailed following" is a passive.
  const ing = nlp(verb).terms().last();
  if (ing.has('#Gerund') && PROGRESSIVE.test(verb) && !/\bnot\b/i.test(verb)) {
    // Alone, "moving" reads as an adjective: after "they are" it is a verb again.
    const base =
      nlp(ing.text()).verbs().toInfinitive().text() ||
      nlp(`they are ${ing.text()}`).verbs().toInfinitive().text() ||
      ing.text();
    return headlineVerb(subject, planned ? `will ${base}` : base, planned);
  }
  const passive = /\b(?:was|were|is|are|been|be|being)\s+\w+(?:ed|en|wn|t)\b/i.test(verb);
  // Headlines drop the auxiliary of a passive: "Exchange carried out", "Rubio expected to arrive".
  if (passive) return verb.replace(/^.*?\b(?:was|were|is|are|been|being|be)\s+/i, '');
  // "has not finished": a negated perfect tells what is not yet done, planned or not ("has not won").
  const negated = /^(?:has|have|had)\s+(?=not\b)/i.exec(verb);
  if (negated) return `${pronounFor(subject) === 'they' ? 'have' : 'has'} ${verb.slice(negated[0].length)}`;
  if (planned) {
    const base = conjugated(subject, verb, (doc) => doc.verbs().toInfinitive());
    return `to ${base.replace(/^(?:will|would|shall|is to|are to|to)\s+/i, '')}`.replace(/^to to /, 'to ');
  }
  // "have been out since May 2": the state goes on, "are out".
  if (/^(?:has|have)\s+been$/i.test(verb)) return pronounFor(subject) === 'they' ? 'are' : 'is';
  // "had mediated" is told as "mediates": a headline's present stands for the past.
  const perfect = /^(?:has|have|had)\s+(?!not\b|been\b)(\S+)/i.exec(verb);
  if (perfect) return headlineVerb(subject, verb.slice(perfect[0].length - perfect[1]!.length), planned);
  // "claimed to have targeted": what is claimed stays done, "claim to have targeted" (rule `perfect-infinitive-kept`).
  const perfectInfinitive = /^(\S+)(\s+to\s+have\s+\S+)$/i.exec(verb);
  if (perfectInfinitive) return `${presentOf(subject, perfectInfinitive[1]!)}${perfectInfinitive[2]}`;
  return presentOf(subject, verb);
}

/**
 * The verb phrase in the present, by compromise; where compromise does not know a past form (it leaves "drew" as
 * it is or adds an "s", it cuts "reconvened" to "reconven"), by en-inflectors. Each can be wrong where the other is
 * right (en-inflectors reads "towed" as "towe"), so an English word list decides which base is a word.
 */
function presentOf(subject: string, verb: string): string {
  const [head = '', ...rest] = verb.split(/\s+/);
  const conjugation = conjugated(subject, verb, (doc) => {
    doc.verbs().toPresentTense();
  }).split(/\s+/);
  // "looked doomed": only the head verb is told anew; "doomed" after it is its complement, not "dooms".
  const headTold = conjugation.length === rest.length + 1 && conjugation[0]!.toLowerCase() !== head.toLowerCase();
  const told = (headTold ? [conjugation[0]!, ...rest] : conjugation).join(' ');
  const lower = head.toLowerCase();
  if (AUXILIARY.test(lower)) return told;
  const inflected = new Inflectors(lower);
  const base = inflected.toPresent();
  // Only a past form is told anew: "routes" (a noun compromise read as a verb) is no past of "rout".
  if (base === lower || /^(?:be|have|do)$/.test(base) || new Inflectors(base).toPast() !== lower) return told;
  const toldHead = (told.split(/\s+/)[0] ?? '').toLowerCase();
  const unchanged = toldHead === lower || toldHead === `${lower}s`;
  const toldIsWord = [toldHead, toldHead.replace(/s$/, ''), toldHead.replace(/es$/, '')].some(isEnglishWord);
  if ((!unchanged && toldIsWord) || !isEnglishWord(base)) return told;
  return [pronounFor(subject) === 'they' ? base : inflected.toPresentS(), ...rest].join(' ');
}

const AUXILIARY = /^(?:will|would|can|could|shall|should|may|might|must|ought)$/;
