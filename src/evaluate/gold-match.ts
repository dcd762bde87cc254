/**
 * Which system mention reports each gold mention: the mention of the same article whose sentence
 * holds the gold quote and whose clause covers most of it.
 */
import type { EventMention, TimelineEvent } from '../types.ts';
import { type GoldTimeline, norm } from './gold.ts';

/** Which system mention reports each gold mention: the clause covering most of its quote. */
export interface GoldMatch {
  /** Gold event of each matched system mention. */
  goldOf: Map<string, GoldTimeline['events'][number]>;
  /** The system event holding each system mention. */
  eventOf: Map<string, TimelineEvent>;
  /** For each gold mention in gold order: its gold event and the system mention, if found. */
  pairs: { ge: GoldTimeline['events'][number]; quote: string; article: string; mention: EventMention | undefined }[];
}

/** Match every gold mention to the system mention that reports it. */
export function matchGold(gold: GoldTimeline, events: TimelineEvent[]): GoldMatch {
  const eventOf = new Map<string, TimelineEvent>();
  for (const e of events) for (const m of e.mentions) eventOf.set(m.id, e);
  const bySentence = new Map<string, EventMention[]>();
  for (const m of events.flatMap((e) => e.mentions)) {
    const key = `${m.article}|${norm(m.quote)}`;
    bySentence.set(key, [...(bySentence.get(key) ?? []), m]);
  }
  const find = (article: string, quote: string): EventMention[] => {
    const q = norm(quote);
    const out: EventMention[] = [];
    for (const [key, ms] of bySentence) {
      const [a, text] = key.split('|') as [string, string];
      if (a === article && (text.includes(q) || (q.includes(text) && text.length > 20)))
        for (const x of ms) out.push(x);
    }
    return out;
  };
  const goldOf = new Map<string, GoldTimeline['events'][number]>();
  const pairs: GoldMatch['pairs'] = [];
  for (const ge of gold.events) {
    for (const gm of ge.mentions) {
      const mention = reporting(find(gm.article, gm.quote), gm.quote);
      if (mention) goldOf.set(mention.id, ge);
      pairs.push({ ge, quote: gm.quote, article: gm.article, mention });
    }
  }
  return { goldOf, eventOf, pairs };
}

// A sentence can yield several mentions, one per clause: the gold quote is scored against
// the mention whose clause covers most of it, never against whichever happens to be right.
function reporting(candidates: EventMention[], quote: string): EventMention | undefined {
  let best: { m: EventMention; overlap: number } | undefined;
  for (const m of candidates) {
    const at = m.quote.indexOf(quote);
    const [from, to] = at < 0 ? [0, m.quote.length] : [at, at + quote.length];
    const overlap = Math.max(0, Math.min(to, m.clause[1]) - Math.max(from, m.clause[0]));
    if (!best || overlap > best.overlap) best = { m, overlap };
  }
  return best?.m;
}
