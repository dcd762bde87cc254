/**
 * Text similarity for news: content-word stems, bag-of-words vectors and cosine. Used to
 * find near-duplicate articles (publication-date inference) and to compare mentions (merge).
 */
import { tokens } from '../names/fold.ts';
import { dictionary } from '../text/index.ts';

const STOPWORDS = new Set(
  `a an the and or but if then than that this these those there their they them he she it its his her him we us
  our you your i me my of in on at to for from by with without within into onto over under about after before
  since until while during as also so such is are was were be been being has have had do does did will would
  shall should can could may might must not no nor only just very more most much many some any all both each
  other another same own too up down out off again further once here when where why how what which who whom
  whose said says say according told tell new one two three first last next year years month day days mr mrs ms`.split(
    /\s+/,
  ),
);

// Looked up with words of the text: no inherited names ("constructor") may answer.
const IRREGULAR = dictionary({
  met: 'meet',
  saw: 'see',
  spoke: 'speak',
  held: 'hold',
  began: 'begin',
  led: 'lead',
  took: 'take',
  gave: 'give',
  sent: 'send',
  sat: 'sit',
  went: 'go',
  came: 'come',
  told: 'tell',
});
const STEMS = new Map<string, string>();

/** Crude English stem: enough to make "meets", "meeting" and "met" meet, cheap enough for 10,000 articles. */
export function stem(word: string): string {
  let out = STEMS.get(word);
  if (out !== undefined) return out;
  out =
    IRREGULAR[word] ??
    word
      .replace(/(?:ings?|ed|ers?|ions?|ment|ments|ly|es|s)$/, '')
      .replace(/(.)\1$/, '$1')
      .slice(0, 8);
  // Bounded, so that a huge corpus cannot grow the memo without limit.
  if (STEMS.size < 200_000) STEMS.set(word, out);
  return out;
}

/** Content-word stems of a text, in order, stopwords and numbers removed. */
export function contentTerms(text: string): string[] {
  return tokens(text)
    .filter((t) => t.length > 2 && !STOPWORDS.has(t) && !/^\d+$/.test(t))
    .map((t) => stem(t.replace(/^@/, '')));
}

/** A sparse term-frequency vector. */
export type TermVector = Map<string, number>;

/** Term-frequency vector of a list of terms. */
export function termVector(terms: string[]): TermVector {
  const v: TermVector = new Map();
  for (const t of terms) v.set(t, (v.get(t) ?? 0) + 1);
  return v;
}

const norms = new WeakMap<TermVector, { weight: (term: string) => number; norm: number }>();

function norm(v: TermVector, weight: (term: string) => number): number {
  const cached = norms.get(v);
  if (cached && cached.weight === weight) return cached.norm;
  let sum = 0;
  for (const [t, x] of v) sum += (x * weight(t)) ** 2;
  const n = Math.sqrt(sum);
  norms.set(v, { weight, norm: n });
  return n;
}

/** Cosine similarity of two vectors, optionally weighting terms (e.g. by IDF); norms are cached per vector. */
export function cosine(a: TermVector, b: TermVector, weight: (term: string) => number = UNIT): number {
  const na = norm(a, weight);
  const nb = norm(b, weight);
  if (na === 0 || nb === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [t, x] of small) {
    const y = large.get(t);
    if (y !== undefined) dot += x * y * weight(t) ** 2;
  }
  return dot / (na * nb);
}

const UNIT = (): number => 1;

/** Inverse document frequency over a collection of term sets: log((N + 1) / (df + 1)) + 1. */
export function inverseDocumentFrequency(documents: readonly (readonly string[])[]): (term: string) => number {
  const df = new Map<string, number>();
  for (const doc of documents) for (const t of new Set(doc)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = documents.length;
  const weights = new Map<string, number>();
  for (const [t, d] of df) weights.set(t, Math.log((n + 1) / (d + 1)) + 1);
  const unseen = Math.log(n + 1) + 1;
  return (term) => weights.get(term) ?? unseen;
}
