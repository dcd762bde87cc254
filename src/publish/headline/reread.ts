/**
 * A second reading of a sentence in which compromise finds no main clause: the words its tagger
 * reads wrongly at a clause's two joints, the subject's first word and the verb after the subject.
 * Only a sentence that gave no clause is read again, so a sentence read right never changes.
 */
import nlp from 'compromise';
import { type Term, isNoun, isVerb } from './terms.ts';
import { headVerb } from './verb-phrase.ts';

/** Rule: a capitalised first word read as a verb, a verb following it, is the subject's noun. */
export const SUBJECT_READ_AS_VERB = 'subject-read-as-verb';
/** Rule: a word read as a noun right after the subject, a verb after a pronoun, is the clause's verb. */
export const VERB_READ_AS_NOUN = 'verb-read-as-noun';

type Tagged = { text: string; tags: Set<string> };

/**
 * The tags compromise gives a word as the verb of "They ___ it.", when it reads the word alone as a verb too:
 * "beat", "runs", "swung", never "envoy" or "tugs" (nouns alone, verbs only where a verb must be).
 */
function asVerb(word: string): Set<string> | null {
  const alone = (nlp(word).document as Tagged[][])[0]?.[0];
  if (!alone?.tags.has('Verb')) return null;
  const probe = (nlp(`They ${word} it.`).document as Tagged[][])[0]?.[1];
  const finite = probe && (probe.tags.has('PastTense') || probe.tags.has('PresentTense')) && !probe.tags.has('Noun');
  return finite ? probe.tags : null;
}

/** Whether a word is its verb's past form as compromise conjugates it ("set", "put"), never "vote" or "runs". */
function participle(word: string): boolean {
  const [forms] = nlp(word).verbs().conjugate() as { PastTense?: string }[];
  return forms?.PastTense?.toLowerCase() === word.toLowerCase();
}

const finite = (t: Term): boolean =>
  isVerb(t) && (t.tags.has('PastTense') || t.tags.has('PresentTense')) && !t.tags.has('Gerund');

/**
 * "Engineers hope a tide will lift…", "Deposits roughly tripled", "Aid workers there say…": the first word
 * of the sentence, capitalised and read as a verb, is a noun when a finite verb comes after it, past
 * adverbs, or a noun follows it directly (it modifies that noun).
 */
function subjectFirst(first: Term[]): boolean {
  const w = first[0];
  if (
    !w ||
    !isVerb(w) ||
    !/^\p{Lu}\p{Ll}+$/u.test(w.text) ||
    ['Auxiliary', 'Modal', 'Copula'].some((g) => w.tags.has(g))
  )
    return false;
  let i = 1;
  while (first[i]?.tags.has('Adverb')) i++;
  const next = first[i];
  const plural = /[^s]s$/.test(w.text) && next !== undefined && finite(next);
  const modifier = i === 1 && next !== undefined && isNoun(next) && !next.tags.has('Pronoun') && !isVerb(next);
  if (!plural && !(modifier && first.slice(2).some(finite))) return false;
  for (const g of [...w.tags]) if (g !== 'ProperNoun') w.tags.delete(g);
  for (const g of plural ? ['Noun', 'Plural'] : ['Noun', 'Singular']) w.tags.add(g);
  return true;
}

/**
 * "France beat Croatia 4-2", "The contract runs until May 1", "South Koreans vote in…": in a segment with no
 * verb, the first lower-case word read as a noun right after a noun, that compromise reads as a past or present
 * form after "They", is the verb; something must follow it (the clause goes on to its object or phrase).
 */
function verbAfterSubject(seg: Term[]): boolean {
  if (headVerb(seg) >= 0) return false;
  for (let i = 1; i < seg.length - 1; i++) {
    const t = seg[i]!;
    const before = seg[i - 1]!;
    const plain = t.tags.has('Noun') && !['Pronoun', 'Value', 'Date', 'ProperNoun'].some((g) => t.tags.has(g));
    if (
      !plain ||
      !/^\p{Ll}+$/u.test(t.text) ||
      !isNoun(before) ||
      ['Date', 'Possessive'].some((g) => before.tags.has(g)) ||
      /,/.test(before.post)
    )
      continue;
    const tags = asVerb(t.text);
    // "a topic set for the summit": a past participle before a preposition is a reduced relative clause's.
    if (!tags || (seg[i + 1]!.tags.has('Preposition') && participle(t.text))) continue;
    t.tags = new Set([...tags].filter((g) => g !== 'Infinitive'));
    return true;
  }
  return false;
}

/** Read a sentence's segments again where compromise's tags leave no clause; the ids of the rules that fired. */
export function reread(segs: Term[][]): string[] {
  const fired: string[] = [];
  if (segs[0] && subjectFirst(segs[0])) fired.push(SUBJECT_READ_AS_VERB);
  if (segs.some((seg) => verbAfterSubject(seg))) fired.push(VERB_READ_AS_NOUN);
  return fired;
}
