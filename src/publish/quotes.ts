/**
 * Which sentences an event page quotes, and in what order: sentences that report the event (no
 * heading), each once, the best of each source first.
 */
import type { Article, EventMention } from '../types.ts';

const fold = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
// How plainly a sentence reports its event: dated by its own words, names who, not a side remark.
const plainness = (m: EventMention): number =>
  (m.dateSource === 'sentence' || m.dateSource === 'embed' ? 3 : 0) +
  Math.min(3, m.actors.length) +
  (m.weak ? -3 : 0) +
  (m.origin === 'headline' ? -5 : 0) -
  m.quote.length / 200;

/**
 * The quotes of an event, each sentence once (a sentence two articles share verbatim too): the
 * best sentence of each source — the headline's own first, then by publication date — then the
 * rest in article order.
 */
export function orderQuotes(
  mentions: EventMention[],
  basis: string | null,
  articles: Map<string, Article>,
): { ordered: EventMention[]; bestCount: number } {
  const seen = new Set<string>();
  const unique = quotable(mentions).filter((m) => {
    const keys = [`${m.article}#${m.sentence}`, fold(m.quote)];
    if (keys.some((k) => seen.has(k))) return false;
    for (const k of keys) seen.add(k);
    return true;
  });
  const byArticle = new Map<string, EventMention[]>();
  for (const m of unique) byArticle.set(m.article, [...(byArticle.get(m.article) ?? []), m]);
  const best = [...byArticle.values()].map(
    (list) =>
      list.find((m) => m.id === basis) ??
      [...list].sort((a, b) => plainness(b) - plainness(a) || a.sentence - b.sentence)[0]!,
  );
  const day = (m: EventMention): string => articles.get(m.article)?.publication.date ?? '9999';
  best.sort(
    (a, b) =>
      Number(b.id === basis) - Number(a.id === basis) ||
      day(a).localeCompare(day(b)) ||
      a.article.localeCompare(b.article),
  );
  const chosen = new Set(best);
  return { ordered: [...best, ...unique.filter((m) => !chosen.has(m))], bestCount: best.length };
}

/**
 * The mentions an event may quote: a headline or a section heading ("Stalemate on Ceasefire
 * Demands") names an event but reports nothing; it helps group the reports, it is not evidence.
 * Only an event no sentence reports keeps its headline, rather than show no source at all.
 */
export function quotable(mentions: EventMention[]): EventMention[] {
  const reported = mentions.filter((m) => m.origin !== 'headline');
  return reported.length > 0 ? reported : mentions;
}

/** Mentions with each sentence once (a sentence cut into clauses yields a mention per clause), in order. */
export function onePerSentence(mentions: EventMention[]): EventMention[] {
  const seen = new Set<string>();
  return mentions.filter((m) => {
    const key = `${m.article}#${m.sentence}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
