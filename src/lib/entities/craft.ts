/**
 * Names of craft: ships, aircraft and spacecraft are named like places and people ("the
 * container ship Dali", "the ferry Estonia"), so a gazetteer or a first-name list misreads
 * them. A craft noun beside the name types it (entity rule `craft-noun-beside-name`); the type
 * then holds for the name in every article (./retype.ts).
 */
import { CRAFT_NOUNS, CRAFT_NOUNS_AFTER_NAME, type CraftKind } from '../lexicon/craft-nouns.ts';
import { alternation } from '../rules/index.ts';
import type { NameSpan } from './spans.ts';
import { isCommonWord, tagsOf } from './words.ts';

// "the container ship ", "The research vessel ": up to two modifiers between "the" and the noun.
const CRAFT_BEFORE = new RegExp(
  String.raw`\bthe\s+(?:[\p{Ll}-]+\s+){0,2}(${alternation([...CRAFT_NOUNS.keys()])})\s+$`,
  'iu',
);
const CRAFT_AFTER = new RegExp(String.raw`^\s+(${alternation([...CRAFT_NOUNS_AFTER_NAME])})\b`, 'i');

/** The craft a noun beside the span says it names: "the tanker X", "the X submersible"; null if none. */
export function craftBeside(s: NameSpan, words: string[]): CraftKind | null {
  const before = CRAFT_BEFORE.exec(s.lead);
  if (before && words.length <= 3) return CRAFT_NOUNS.get(before[1]!.toLowerCase()) ?? null;
  const after = CRAFT_AFTER.exec(s.after);
  const single = words.length === 1 && !isCommonWord(s.text) && !tagsOf(s.text).includes('Organization');
  return after && single && /^the$/i.test(s.before) ? (CRAFT_NOUNS.get(after[1]!.toLowerCase()) ?? null) : null;
}
