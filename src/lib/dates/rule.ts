/** The shape of a date rule: a pattern and a resolver for its matches. */
import type { RuleContext } from './resolve.ts';
import type { Resolution } from './units.ts';

/** A pattern that finds one kind of temporal expression, and how to resolve each match. */
export interface DateRule {
  /** Short name, shown when debugging which rule fired. */
  name: string;
  /** Global regular expression; capture groups are the rule's own. */
  pattern: RegExp;
  /** True when the expression is relative to the last mentioned date, not to the reference. */
  anchored?: boolean;
  /** Resolve one match; null rejects it (not a date after all). */
  resolve(match: RegExpExecArray, ctx: RuleContext, text: string): Resolution | null;
}

/** A plausible year of news: 1800–2099. */
export const YEAR = '(?:18|19|20)\\d{2}';
/** An ordinal day number. */
export const DAY = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?';
/** A weekday name, optionally abbreviated, before a date. */
export const WEEKDAY_PREFIX =
  '(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|' +
  'Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)\\.?,?\\s+)?';
/** Modifiers of a month or year: early, mid, late, the end of… */
export const MODIFIER = '(?:(early|mid|late)[\\s-]+|(?:the\\s+)?(beginning|start|middle|end)\\s+of\\s+)';

/** TIMEX3 mod for a modifier word. */
export function modOf(word: string | undefined): string | undefined {
  if (!word) return undefined;
  const w = word.toLowerCase();
  if (w === 'early' || w === 'beginning' || w === 'start') return 'START';
  if (w === 'mid' || w === 'middle') return 'MID';
  return 'END';
}

/** Day number from an ordinal like "24th". */
export function dayNumber(text: string): number {
  return Number.parseInt(text, 10);
}
