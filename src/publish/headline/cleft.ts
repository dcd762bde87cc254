/**
 * "It was Seoul that carried Kim's invitation…", "It was Seoul's adviser, Chung Eui-yong, who announced…": an it-cleft
 * puts its subject after "it was" to stress it. The headline reads the plain sentence the cleft stands for,
 * "Seoul carried Kim's invitation…" (rule `it-cleft`); read as written, its subject is "it".
 */
import nlp from 'compromise';

// "It was" / "It is" / "And it was" and the rest; "it was not" is left alone.
const CLEFT = /^(?:(?:And|But|Yet|So),?\s+)?[Ii]t\s+(?:was|is|had been|has been)\s+(?!not\b)(.+)$/su;
// The stressed part names someone: a capital or a number opens it ("Seoul", "14-year-old Adul"), not "a remarkable
// turn for a relationship that has swung", whose "that" opens a relative clause.
const NAMED_FOCUS = /^(?:\p{Lu}|\d)/u;
// The cleft's own "who" or "that": the last one after a comma, which closes an appositive ("Adul, a pupil who
// speaks English, who answered…"), else the first.
const PIVOT = /(,\s+|\s+)(who|that)\s+/gu;

/** The plain sentence an it-cleft stands for, or null when the text is no cleft. */
export function uncleft(text: string): string | null {
  const rest = CLEFT.exec(text)?.[1];
  if (!rest || !NAMED_FOCUS.test(rest)) return null;
  const pivots = [...rest.matchAll(PIVOT)];
  const pivot = pivots.filter((p) => p[1]!.startsWith(',')).pop() ?? pivots[0];
  if (!pivot) return null;
  const focus = rest.slice(0, pivot.index);
  const predicate = rest.slice(pivot.index! + pivot[0].length);
  // "It was Seoul's hope that talks would resume": what follows "that" must be a verb, not a new subject.
  if (!nlp(predicate).terms().first().has('#Verb')) return null;
  // The comma that closed an appositive before the pivot still closes it.
  return `${focus}${pivot[1]!.startsWith(',') ? ',' : ''} ${predicate}`;
}
