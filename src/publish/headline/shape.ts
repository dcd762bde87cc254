/**
 * The shape of a headline, read from its words with compromise: the flaws issue 12 names (a
 * bare noun, a clipped phrase, a dateline, no finite verb, no subject, a statement without what
 * was said, too many words). The guards refuse what these find; the audit counts them.
 */
import nlp from 'compromise';
import { pronounFor } from './verbs.ts';
import { escapeRegExp } from '../../lib/rules/index.ts';
import { PHRASAL_PARTICLE as PARTICLE, countedSpan } from '../../lib/lexicon/headline-clauses.ts';
import { SUBJECT_ONLY_PRONOUN } from '../../lib/lexicon/pronouns.ts';

/** The flaws a title can have, in the order they are reported. */
export const HEADLINE_FLAWS = [
  'bare-noun',
  'clipped',
  'heading-or-dateline',
  'no-finite-verb',
  'no-subject',
  'agreement',
  'says-nothing',
  'vague-object',
  'name-not-in-quote',
  'too-long',
  'whole-sentence',
  'sentence-words',
] as const;
export type HeadlineFlaw = (typeof HEADLINE_FLAWS)[number];

/** Longer titles are not read at a glance. */
export const MAX_HEADLINE_WORDS = 12;

// A wire dateline or a live page's time stamp: "ISTANBUL, June 3, 2025 (Wire) –", "10:42 –".
// A percentage ("97.85% of those…") is no time stamp.
const DATELINE = /^(?:\p{Lu}[\p{Lu}\s.'’-]{2,}(?:,[^–—-]{0,40})?(?:\s*[–—]|\s+-|-\s)|\d{1,2}[:.]\d{2}\b(?!\s*%))/u;
// A phrase never ends on these tags: it reads as cut off.
const DANGLING = ['Preposition', 'Determiner', 'Conjunction', 'Possessive', 'Auxiliary', 'Modal'];
const SAYING = /^(?:says?|said|tells?|told|adds?|added|notes?|noted|recalls?|recalled|claims?|claimed)$/i;

interface Tagged {
  text: string;
  tags: Set<string>;
}

function tagged(title: string): Tagged[] {
  const doc = nlp(title).document as { text: string; tags: Set<string> }[][];
  return doc.flat().map((t) => ({ text: t.text, tags: new Set(t.tags) }));
}

const isNoun = (t: Tagged): boolean =>
  ['Noun', 'ProperNoun', 'Pronoun', 'Value', 'Acronym'].some((g) => t.tags.has(g)) ||
  // A capitalised word compromise reads as an adjective is a name (as the headline rules read it).
  (/^\p{Lu}/u.test(t.text) && t.tags.has('Adjective'));

// A name by its tags, not by the capital every title opens with.
const isName = (t: Tagged | undefined): boolean =>
  t !== undefined && ['Acronym', 'Organization', 'Person', 'Place'].some((g) => t.tags.has(g));

// compromise reads a headline's present tense after a name as a noun ("Turkey facilitates
// talks", "Arnault family and LVMH pledge"): a word after a noun that it reads as a verb in
// "They ___ it." is one, when it ends in -s or its subject is plural with "and".
function verbAfterNoun(terms: Tagged[], i: number, byStem = false): boolean {
  const t = terms[i]!;
  if (i === 0 || !isNoun(terms[i - 1]!) || !/^\p{Ll}+$/u.test(t.text) || t.tags.has('Value')) return false;
  const plural = terms.slice(0, i).some((x) => x.text.toLowerCase() === 'and');
  // "South Koreans vote in…", "Thousands march to…": a plural noun's verb has no -s; a phrase must follow it.
  const before = terms[i - 1]!;
  const opens = ['Preposition', 'Determiner', 'Value'].some((g) => terms[i + 1]?.tags.has(g));
  const afterPlural =
    opens && (before.tags.has('Plural') || (before.tags.has('Value') && /\p{L}s$/u.test(before.text)));
  const singular = t.tags.has('Singular') && (plural || afterPlural);
  if (!(t.tags.has('Plural') && t.text.endsWith('s')) && !singular) return false;
  // "Nine countries do not…": a verb right after it makes it the subject's noun.
  const next = terms[i + 1];
  if (next?.tags.has('Verb') && !next.tags.has('Noun') && !next.tags.has('Gerund')) return false;
  const probe = (nlp(`They ${t.text} it.`).document as { tags: Set<string> }[][])[0]?.[1];
  if (probe?.tags.has('PresentTense') || !byStem) return probe?.tags.has('PresentTense') ?? false;
  // In a title with no other verb: "hosts", which compromise reads as a noun even after "They",
  // is a verb when its stem after "will" is one.
  const stem = t.text
    .replace(/ies$/, 'y')
    .replace(/(s|x|z|ch|sh)es$/, '$1')
    .replace(/s$/, '');
  const base = (nlp(`They will ${stem} it.`).document as { tags: Set<string> }[][])[0]?.[2];
  return t.text.endsWith('s') && (base?.tags.has('Infinitive') ?? false);
}

/** Index of the first finite verb: a present or past form, or a "to"-infinitive after a noun. */
function finiteVerb(terms: Tagged[]): number {
  const first = firstVerb(terms, false);
  // Only a title with no other verb reads a noun-looking word by its stem ("Sorel hosts Brek").
  return first >= 0 ? first : firstVerb(terms, true);
}

function firstVerb(terms: Tagged[], byStem: boolean): number {
  return terms.findIndex((t, i) => {
    if (verbAfterNoun(terms, i, byStem)) return true;
    if (!t.tags.has('Verb') || t.tags.has('Gerund')) return false;
    if (t.tags.has('PresentTense') || t.tags.has('PastTense') || t.tags.has('Modal')) return true;
    // "Fidan to visit Ankara": the planned form.
    return t.tags.has('Infinitive') && i > 1 && terms[i - 1]!.text.toLowerCase() === 'to' && isNoun(terms[i - 2]!);
  });
}

/** The flaws of a title's words alone (no event needed). */
export function titleFlaws(title: string): HeadlineFlaw[] {
  const flaws: HeadlineFlaw[] = [];
  const plain = title.replace(/\s*\([^)]*\)\s*$/, '').trim();
  // "Trump and Bolsonaro both hail…": a quantifier after the subject is the subject's, not a word before the verb.
  let terms = tagged(plain).filter(
    (t, i, all) => !(i > 0 && /^(?:both|all|each)$/i.test(t.text) && isNoun(all[i - 1]!) && all[i + 1] !== undefined),
  );
  let verb = finiteVerb(terms);
  // "Fed launches…", "Polls close…": a title's capitalised first word read as a verb is its subject
  // when a verb follows.
  // The second word, read as its subject would have it ("They close it."), is then the verb.
  if (verb === 0 && terms.length > 2 && /^\p{Ll}+$/u.test(terms[1]!.text)) {
    const w = terms[1]!.text;
    const probe = (nlp(`${w.endsWith('s') ? 'He' : 'They'} ${w} it.`).document as { tags: Set<string> }[][])[0]?.[1];
    if (probe?.tags.has('PresentTense') || probe?.tags.has('PastTense')) {
      terms = [{ text: terms[0]!.text, tags: new Set(['Noun']) }, { text: w, tags: probe.tags }, ...terms.slice(2)];
      verb = 1;
    }
  }
  // "Confirmed death toll passes 11,000": a past form opening the title before a noun is that noun's modifier.
  const modifier = verb === 0 && terms[0]!.tags.has('PastTense') && terms[1] !== undefined && isNoun(terms[1]);
  const later = modifier ? finiteVerb(terms.slice(1)) : -1;
  if (later >= 0) verb = later + 1;
  // "Delegation spearheaded by Medinsky": a participle after its noun, its agent next, is a noun phrase.
  const agent = terms[verb + 1]?.text.toLowerCase() === 'by' && isNoun(terms[verb - 1] ?? terms[0]!);
  if (verb > 0 && agent && finiteVerb(terms.slice(verb + 2)) < 0) verb = -1;
  // "Invasion in Kyiv", "Exchange": a noun and at most its place.
  const head = plain.split(/\s+(?:in|at|on|near|of|involving|between)\s+/)[0]!.split(/\s+/);
  // A gerund with its particle or object ("Catching up on…") is a verbless line, not a noun ("Meeting in…").
  const gerund = head.length === 2 && terms[0]?.tags.has('Gerund') === true;
  // "NATO summit in The Hague": a kind of event with the name of its body and its place says who and where.
  const owned = head.length === 2 && head.length < plain.split(/\s+/).length && isName(terms[0]);
  if (verb < 0 && head.length <= 2 && !gerund && !owned) flaws.push('bare-noun');
  const last = terms[terms.length - 1];
  const open = (title.match(/\(/g) ?? []).length !== (title.match(/\)/g) ?? []).length;
  if (/…|\.\.\.|[,;:–—-]$/.test(title) || open || (last && dangling(last))) flaws.push('clipped');
  if (DATELINE.test(title)) flaws.push('heading-or-dateline');
  if (verb < 0) flaws.push('no-finite-verb');
  else if (!terms.slice(0, verb).some(isNoun)) flaws.push('no-subject');
  else if (disagrees(terms, verb)) flaws.push('agreement');
  // "Officials said", "Ellison tells jury": who spoke, not what they said.
  const saying = terms.findIndex((t) => SAYING.test(t.text));
  if (saying >= 0 && terms.length - saying - 1 <= 2) flaws.push('says-nothing');
  if (plain.split(/\s+/).length > MAX_HEADLINE_WORDS) flaws.push('too-long');
  return flaws;
}

/**
 * Whether the verb disagrees with its subject's head noun: "round of negotiations yield". A name
 * is not judged: one in -s ("United States", "Philippines") may be either.
 */
function disagrees(terms: Tagged[], verb: number): boolean {
  const v = terms[verb]!;
  const w = v.text.toLowerCase();
  const present = v.tags.has('PresentTense') || verbAfterNoun(terms, verb);
  if (!present || v.tags.has('PastTense') || v.tags.has('Modal')) return false;
  if (verb === 0 || !isNoun(terms[verb - 1]!) || /^(?:to|that|who|which)$/i.test(terms[verb - 1]!.text)) return false;
  const subject = terms.slice(0, verb).map((t) => t.text);
  const at = terms.slice(1, verb).findIndex((t) => t.tags.has('Preposition'));
  const h = at < 0 ? verb - 1 : at;
  const head = subject[h]!;
  // A title's first word is capitalised whatever it is: only a name there is left alone.
  const name = (/^\p{Lu}/u.test(head) && (h > 0 || terms[0]!.tags.has('ProperNoun'))) || terms[h]!.tags.has('Pronoun');
  const own = subject.slice(0, at < 0 ? verb : at + 1).join(' ');
  if (name || /\s(?:and|&)\s/.test(own)) return false;
  const singularVerb = /^(?:is|was|has|does)$/.test(w) || (/[^s]s$/.test(w) && !/^(?:are|were|have|do)$/.test(w));
  // Not a name: its capital is the title's, and "Talks" is read as "talks".
  const plain = subject.join(' ').replace(/^\p{Lu}/u, (c) => c.toLowerCase());
  return (pronounFor(plain) === 'they') === singularVerb;
}

/**
 * Whether the title stops on a word its lead sentence explains after a colon: "…yielded one
 * significant outcome: a mutual prisoner exchange". The title keeps the placeholder, not what happened.
 */
export function vagueObject(title: string, lead: string): boolean {
  const last = title
    .replace(/\s*\([^)]*\)\s*$/, '')
    .trim()
    .split(/\s+/)
    .pop();
  if (!last) return false;
  const escaped = escapeRegExp(last);
  return new RegExp(`(?:^|[^\\p{L}])${escaped}\\s*:\\s*\\S`, 'u').test(lead);
}

// "still", "late": an adverb ending a headline leaves its phrase open; a particle ("out") does not.
const dangling = (t: Tagged): boolean =>
  NEEDS_COMPLEMENT.test(t.text) ||
  SUBJECT_ONLY_PRONOUN.test(t.text) ||
  // "chances of finding more survivors are": a copula waits for its complement.
  t.tags.has('Copula') ||
  (!PARTICLE.test(t.text) &&
    (DANGLING.some((g) => t.tags.has(g)) || (t.tags.has('Adverb') && !t.tags.has('Particle') && !isNoun(t))));
// Words that cannot end a phrase, whatever compromise tags them: "reported to be worth | $10 billion".
const NEEDS_COMPLEMENT = /^(?:worth|than|whether|via|amid|despite|including)$/i;

// Words that open a new phrase or clause whatever compromise tags them ("in front of" as an adjective).
const OPENS_PHRASE = /^(?:in|on|at|to|from|with|by|for|into|after|before|that|which|who|whom|whose|as|and|or|but)$/i;

type LeadTerm = { text: string; post: string; tags: Set<string> };
// Every candidate of a sentence is checked against it: its parse is kept for the next ones.
const parsed = new Map<string, LeadTerm[]>();
function leadTerms(lead: string): LeadTerm[] {
  let terms = parsed.get(lead);
  if (!terms) {
    // "2-1" is read as three terms, two of them empty: only words are read.
    terms = (nlp(lead).document as LeadTerm[][]).flat().filter((t) => t.text !== '');
    if (parsed.size >= 64) parsed.delete(parsed.keys().next().value!);
    parsed.set(lead, terms);
  }
  return terms;
}

/**
 * Whether a title stops inside a phrase of its lead, whatever the words around: on a pronoun only a subject
 * takes ("…and that she"), on a date's preposition ("…in a call on"), on a wh-word's clause before its verb
 * ("…for what officials"), inside a hyphenated word ("…for a two" before "-hour"), or on a determiner's
 * phrase with no head yet ("held a second," before "unannounced meeting").
 */
export function endsInsidePhrase(title: string, lead: string): boolean {
  const lastWord = lastWordOf(title);
  if (SUBJECT_ONLY_PRONOUN.test(lastWord)) return true;
  // "…in a call on" before "Thursday": the preposition of a date the title left out.
  if (/^(?:on|in|at|by|from|until|since|during)$/i.test(lastWord) && beforeDate(title, lead)) return true;
  // "…for what officials" before "hope will be…": a wh-word's clause stops before its verb.
  if (/\b(?:what|which|whom|whose)(?:\s+\S+){1,2}$/i.test(title) && followedByVerb(title, lead)) return true;
  const terms = leadTerms(lead);
  return terms.some((t, i) => t.text === lastWord && terms[i + 1] !== undefined && insidePhrase(terms, i));
}

/** A title's last word without its marks: "…the summit off," → "off". */
const lastWordOf = (title: string): string => (title.split(/\s+/).pop() ?? '').replace(/[^\p{L}\p{N}’'-]/gu, '');

/** The lead's word after the title's last three, when the lead has them in a row. */
function wordAfter(title: string, lead: string): LeadTerm | undefined {
  const tail = title.split(/\s+/).slice(-3).join(' ');
  const terms = leadTerms(lead);
  const at = terms.findIndex(
    (_, i) =>
      terms
        .slice(i, i + 3)
        .map((t) => t.text)
        .join(' ') === tail,
  );
  return at >= 0 ? terms[at + 3] : undefined;
}
const followedByVerb = (title: string, lead: string): boolean => wordAfter(title, lead)?.tags.has('Verb') === true;
const beforeDate = (title: string, lead: string): boolean => wordAfter(title, lead)?.tags.has('Date') === true;

/** Whether the lead's word at `i` is inside a hyphenated word or a determiner's phrase cut by a comma. */
function insidePhrase(terms: LeadTerm[], i: number): boolean {
  const t = terms[i]!;
  const headless = /^(?:a|an|the)$/i.test(terms[i - 1]?.text ?? '') && !t.tags.has('Noun') && /^,/.test(t.post);
  return /^[-‐]$/.test(t.post) || headless;
}

/**
 * Whether the title stops where its lead sentence's phrase goes on: "…at Russian air" before
 * "bases", "…finds Bankman-Fried" before "guilty". A place or name the headline added after the
 * phrase ("in Ankara", "(Operation X)") is set aside first. A title ending inside one of the lead's phrases
 * is `endsInsidePhrase`'s to tell; callers ask both.
 */
export function cutShort(title: string, lead: string): boolean {
  let core = title.replace(/\s*\([^)]*\)\s*$/, '').trim();
  const added = /\s+in\s+[^,]+$/.exec(core);
  if (added && !lead.includes(added[0].trim())) core = core.slice(0, added.index);
  const lastWord = lastWordOf(core);
  if (!lastWord) return false;
  const terms = leadTerms(lead);
  const has = (t: { tags: Set<string> }, ...g: string[]): boolean => g.some((x) => t.tags.has(x));
  return terms.some((t, i) => {
    const next = terms[i + 1];
    // "declared it “D-Day”": a quotation mark does not end the phrase.
    const post = t.post.replace(/["“”‘’]/g, '');
    if (t.text !== lastWord || !next || /\S/.test(post) || OPENS_PHRASE.test(next.text)) return false;
    // "…at the White House last Thursday": a date is not the phrase going on.
    if (terms.slice(i + 1, i + 4).some((x) => has(x, 'Date', 'Time'))) return false;
    // "…to Port Adler moments before the storm": a span of time counted from something is a time phrase too.
    if (countedSpan(next.text, terms[i + 2]?.text)) return false;
    // "…at Russian air" before "bases,": a word in -s read as a verb, with nothing after it, is the noun going on.
    const nounInS = /s$/.test(next.text) && has(next, 'PresentTense') && /[,;.]/.test(next.post);
    if (has(t, 'Noun', 'ProperNoun', 'Pronoun') && !has(t, 'Gerund'))
      return (has(next, 'Noun', 'Adjective', 'Value', 'Determiner') || nounInS) && !has(next, 'Pronoun');
    if (next.text.toLowerCase() === 'of') return true;
    // "afloat overnight": an adverb after an adjective is an aside; after "are still" it is the phrase going on.
    if (has(next, 'Adverb') && !has(t, 'Adverb', 'Verb')) return false;
    return !has(next, 'Preposition', 'Conjunction', 'Pronoun') || has(next, 'Determiner');
  });
}
