/**
 * Heuristics as named rules, in the spirit of remark-lint's `lintRule({origin, url}, fn)`: each
 * has a stable id (its fixture folder is tests/fixtures/<stage>/<id>/ and the evidence it leaves
 * names it) and a one-line doc. A stage lists its rules in the order it applies them.
 */

/** What every rule declares. */
export interface RuleMeta {
  /** Stable id: kebab-case, named for the mechanism, never for a corpus word. */
  readonly id: string;
  /** One line: what the rule decides. */
  readonly doc: string;
}

/** A rule: its id and doc, and the function that applies it. */
export type Rule<F> = RuleMeta & { readonly apply: F };

/** Declare a rule. */
export function rule<F>(meta: RuleMeta, apply: F): Rule<F> {
  return { id: meta.id, doc: meta.doc, apply };
}

/** Declare a rule that is applied inline by its stage: only its id and doc are shared. */
export function ruleMeta(id: string, doc: string): RuleMeta {
  return { id, doc };
}

/** An alternation of words or phrases for a regular expression; spaces match any whitespace run when `loose`. */
export function alternation(words: readonly string[], loose = false): string {
  return words.map((w) => (loose ? w.replace(/ /g, '\\s+') : w)).join('|');
}

/** A literal string made safe inside a regular expression ("St. Peter's (Rome)" matches itself only). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
