/**
 * Two figures a zero-configuration build must get right: how many gold events it finds at all,
 * and how many of its events sit in a year that no article writes and no gold date implies
 * (a date resolved against a default reference, such as chrono's 2000, lands in one).
 */
import type { Article, TimelineEvent } from '../types.ts';
import type { GoldTimeline } from './gold.ts';
import { yearKnown } from '../lib/dates/year-unknown.ts';

/** Gold events with at least one mention found, as a share of all gold events. */
export function eventsFound(gold: GoldTimeline, items: { gold: string; system: string }[]): number {
  const found = gold.events.filter((ge) => items.some((it) => it.gold === ge.id && !it.system.startsWith('missing:')));
  return gold.events.length ? found.length / gold.events.length : 0;
}

/** Events dated in a year no article states and no gold date implies, with one error line each. */
export function inventedYears(
  gold: GoldTimeline,
  events: TimelineEvent[],
  articles: Article[],
): { count: number; errors: string[] } {
  const known = new Set<string>();
  for (const a of articles) {
    const texts = [...a.sentences.map((s) => s.text), ...(a.furniture ?? []).map((f) => f.text)];
    for (const t of texts) for (const y of writtenYears(t)) known.add(y);
  }
  for (const e of gold.events) for (const y of [e.start, e.end]) known.add(y.slice(0, 4));
  for (const info of Object.values(gold.articles)) if (info.published) known.add(info.published.slice(0, 4));
  const errors: string[] = [];
  for (const e of events) {
    // A yearless date ("XXXX-05-08") claims no year, so it invents none; it scores as a date miss instead.
    if (!yearKnown(e.date)) continue;
    if ([e.date.start, e.date.end].every((d) => known.has(d.slice(0, 4)))) continue;
    errors.push(`invented year: event ${e.id} dated ${e.date.start} in a year no article states or implies`);
  }
  return { count: errors.length, errors };
}

// Years a text writes: "2019", and every year of "the 1960s" or "the 12th century".
function writtenYears(text: string): string[] {
  const years: string[] = [...(text.match(/(?<!\d)\d{4}(?!\d)/g) ?? [])];
  const span = (from: number, n: number): string[] =>
    Array.from({ length: n }, (_, k) => String(from + k).padStart(4, '0'));
  for (const m of text.matchAll(/(?<!\d)(\d{3})0s\b/g)) years.push(...span(Number(m[1]) * 10, 10));
  for (const m of text.matchAll(/\b(\d{1,2})(?:st|nd|rd|th)[- ]century\b/gi))
    years.push(...span((Number(m[1]) - 1) * 100, 100));
  return years;
}
