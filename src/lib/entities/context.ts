/**
 * What compromise makes of a whole sentence, for the rules that read a name in its context: its
 * tagger weighs the words around a name ("met Bill Clinton", "parents Joseph Bankman and Barbara
 * Fried"), which the word-by-word lexicon tests cannot. One sentence is read once: the last
 * reading is kept, as the rules ask about every span of a sentence in turn.
 */
import nlp from 'compromise';

interface Reading {
  text: string;
  /** Start offsets of the words compromise tags as part of a person's name (no honorific). */
  personWords: Set<number>;
}

let last: Reading | null = null;

interface TermJson {
  tags: string[];
  offset: { start: number };
}

function read(text: string): Reading {
  if (last?.text === text) return last;
  const found = nlp(text).people().out('offset') as { terms: TermJson[] }[];
  const personWords = new Set(
    found.flatMap((p) => p.terms.filter((t) => !t.tags.includes('Honorific')).map((t) => t.offset.start)),
  );
  last = { text, personWords };
  return last;
}

/** Whether compromise, reading the whole sentence, takes every word of text[start, end) for a person's name. */
export function readAsPerson(sentence: string, start: number, end: number): boolean {
  const words = [...sentence.slice(start, end).matchAll(/\S+/g)].map((m) => start + m.index);
  const { personWords } = read(sentence);
  return words.length > 0 && words.every((w) => personWords.has(w));
}
