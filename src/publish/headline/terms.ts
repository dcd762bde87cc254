/** The words of a sentence with their parts of speech (compromise), and the helpers the clause reader uses. */
import nlp from 'compromise';
import { isIrregularPastOnly } from '../../lib/lexicon/english-words.ts';
/** A word with the space and punctuation around it and its tags. */
export interface Term {
  text: string;
  pre: string;
  post: string;
  tags: Set<string>;
}

/** Registry names as compromise lexicon entries, so that a name is never read as an adjective. */
export type Lexicon = Record<string, string>;

type Tagged = { text: string; tags: Set<string> };

/** Whether the implicit verb at `i` is followed by a noun and then a past form that is not a participle's. */
function possessive(all: Tagged[], i: number): boolean {
  // "Britain's a country that…": a determiner after it makes it "is".
  if (all[i + 1]?.tags.has('Determiner')) return false;
  const noun = all.findIndex((t, j) => j > i && t.tags.has('Noun'));
  if (noun < 0) return false;
  return all.some((t, j) => j > noun && t.tags.has('PastTense') && !t.tags.has('Passive') && !t.tags.has('Auxiliary'));
}

/**
 * Whether the implicit verb at `i` opens a name and a finite verb follows it: "NBC's The Tonight Show
 * … will go to reruns" is the network's show, not "NBC is" (rule `possessive-before-name`).
 */
function possessiveBeforeName(all: Tagged[], i: number): boolean {
  const next = all[i + 1];
  if (!next || !/^\p{Lu}/u.test(next.text) || !(next.tags.has('ProperNoun') || next.tags.has('Determiner')))
    return false;
  return all.some(
    (t, j) => j > i + 1 && (t.tags.has('Modal') || t.tags.has('PastTense') || t.tags.has('PresentTense')),
  );
}

/** Whether the word at `i`, after "has", "have" or "had", is a participle compromise read as a noun ("has set"). */
function participleAfterHave(all: Tagged[], i: number): boolean {
  const t = all[i]!;
  const after = /^(?:has|have|had)$/i.test(all[i - 1]?.text ?? '');
  if (!after || !t.tags.has('Noun') || !/^\p{Ll}+$/u.test(t.text)) return false;
  const probe = (nlp(`They have ${t.text} it.`).document as Tagged[][])[0]?.[2];
  return probe?.tags.has('PastTense') === true || probe?.tags.has('Participle') === true;
}

/** Words, punctuation and parts of speech of a text. */
export function termsOf(text: string, lexicon: Lexicon): Term[] {
  // The raw document, not .json(): a third of the cost. A lexicon costs four times the parse,
  // so registry names are passed only when a caller has few sentences to read.
  const doc = (Object.keys(lexicon).length ? nlp(text, lexicon) : nlp(text)).document as {
    text: string;
    pre: string;
    post: string;
    tags: Set<string>;
  }[][];
  const all = doc.flat();
  const participles = new Set(all.flatMap((_, i) => (participleAfterHave(all, i) ? [i] : [])));
  return all.flatMap((t, i) => {
    // "Britain's most experienced divers flew in": the "is" compromise reads into "'s" is a possessive when a
    // noun and then a past form follow (rule `possessive-not-verb`); "the ship's refloated" has no noun between.
    const owner = t.text === '' && /['’]s$/.test(all[i - 1]?.text ?? '');
    if (owner && (possessive(all, i) || possessiveBeforeName(all, i))) return [];
    const tags = new Set(t.tags);
    // "Judge Kaplan is known…": a sentence's first word read as a command, a name right after it, is
    // the name's title (rule `title-before-name`).
    if (i === 0 && tags.has('Infinitive') && /^\p{Lu}/u.test(t.text) && all[1]?.tags.has('ProperNoun')) {
      for (const g of [...tags]) if (g !== 'Singular') tags.delete(g);
      for (const g of ['Noun', 'ProperNoun', 'TitleWord']) tags.add(g);
    }
    // "will go to reruns": a form in -s after "to", read only as a present tense, is a plural noun.
    if (all[i - 1]?.text.toLowerCase() === 'to' && /[^su]s$/.test(t.text) && tags.has('PresentTense')) {
      if (!tags.has('Infinitive')) for (const g of ['Verb', 'PresentTense']) tags.delete(g);
      if (!tags.has('Infinitive')) for (const g of ['Noun', 'Plural']) tags.add(g);
    }
    // "has set sentencing": a word after "has", "have" or "had" read as a noun is the perfect's participle when
    // compromise reads it so after "they have" (fixture perfect-not-planned).
    if (participles.has(i)) for (const g of ['Verb', 'PastTense', 'Participle']) tags.add(g);
    if (participles.has(i)) for (const g of ['Noun', 'Singular']) tags.delete(g);
    if (participles.has(i + 1)) tags.add('Auxiliary');
    // "The plan drew criticism", "Prices rose": an irregular past compromise reads as a name or a noun (rule
    // `irregular-past-verb`).
    const past = pastReadAsNoun(all, i);
    if (past) for (const g of ['Noun', 'Singular', 'Person', 'FirstName']) tags.delete(g);
    if (past) for (const g of ['Verb', 'PastTense', IRREGULAR_PAST]) tags.add(g);
    // "on Monday, 91% of the dockers": a percentage is never part of a date.
    if (tags.has('Percent')) tags.delete('Date');
    // A capitalised word inside the sentence that compromise took for an adjective is a name.
    if (/^\p{Lu}/u.test(t.text) && tags.has('Adjective') && !tags.has('Demonym')) tags.add('ProperNoun');
    // "SAG-AFTRA", "WGA": an acronym in capitals names a body, however compromise files it.
    if (tags.has('Acronym') && /^\p{Lu}{2,}$/u.test(t.text)) tags.add('ProperNoun');
    let post = t.post;
    if (all[i + 1]?.text === '' && /['’]s$/.test(t.text)) {
      const read = possessive(all, i + 1)
        ? 'ReadPossessive'
        : possessiveBeforeName(all, i + 1)
          ? 'NamePossessive'
          : null;
      if (read) for (const g of ['Possessive', read]) tags.add(g);
      if (read) post += all[i + 1]!.post;
    }
    return [{ text: t.text, pre: t.pre, post, tags }];
  });
}

/** Rule id, also the tag of an irregular past compromise read as a noun. */
export const IRREGULAR_PAST = 'irregular-past-verb';

// After a noun (not after "the", "a", an adjective or a preposition: "the rose garden"), a lower-case irregular past
// tagged a noun is the verb.
function pastReadAsNoun(all: { text: string; post: string; tags: Set<string> }[], i: number): boolean {
  const t = all[i]!;
  const before = all[i - 1];
  // "left-wing": a word of a hyphenated compound is no verb.
  if (!before || t.tags.has('Verb') || t.post.startsWith('-') || !isIrregularPastOnly(t.text)) return false;
  return !['Determiner', 'Adjective', 'Preposition', 'Possessive', 'Value'].some((g) => before.tags.has(g));
}

export const join = (terms: Term[]): string =>
  terms
    .map((t, i) => `${i === 0 ? '' : t.pre}${t.text}${i === terms.length - 1 ? '' : t.post}`)
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
export const word = (t: Term): string => t.text.toLowerCase();
export const isVerb = (t: Term): boolean => t.tags.has('Verb');
export const isNoun = (t: Term): boolean =>
  t.tags.has('Noun') || t.tags.has('ProperNoun') || t.tags.has('Pronoun') || t.tags.has('Value');

/** Segments of a sentence between commas, dashes, colons and semicolons. */
export function segments(terms: Term[]): Term[][] {
  const out: Term[][] = [[]];
  for (const t of terms) {
    out[out.length - 1]!.push(t);
    if (/[,;:–—]|\s-\s/.test(t.post)) out.push([]);
  }
  return out.filter((s) => s.length > 0);
}
