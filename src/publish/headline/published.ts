/**
 * A published title against a rebuild: it stands while a quote still tells it, every name in it takes part, and
 * today's rules score it at least as well as the fresh title (rule `better-title`).
 */
import type { TimelineEvent } from '../../types.ts';
import type { Headline, HeadlineRegistry } from './headline.ts';
import { titleFlaws } from './shape.ts';

/**
 * Actors who take part in the event in one of its quotes, rather than only report it: named
 * by a quote (as the extractor found, or as the registry spells them) and not its speaker.
 */
export function participantsOf(event: TimelineEvent, registry: HeadlineRegistry): Set<string> {
  const out = new Set<string>();
  for (const m of event.mentions) {
    for (const a of m.actors) if (!m.speakers.includes(a)) out.add(a);
    for (const h of registry.findActors(m.quote)) if (!h.short && !m.speakers.includes(h.id)) out.add(h.id);
  }
  return out;
}

// "… drone attack (Pavutyna)": the event's name in brackets is added to a title, and a rebuild may not find it.
export const withoutName = (title: string): string => title.replace(/\s\([^()]*\)$/, '');

// A title's long words by their first letters, so that "targeted" and "targets" are one word.
const stems = (text: string): string[] => (text.toLowerCase().match(/\p{L}{5,}/gu) ?? []).map((w) => w.slice(0, 4));

/** Whether one of the event's quotes still has most of the title's long words: the title still has a source. */
function toldByAQuote(title: string, event: TimelineEvent): boolean {
  const wanted = stems(withoutName(title));
  if (wanted.length === 0) return true;
  return event.mentions.some((m) => {
    const have = new Set(stems(m.quote));
    return wanted.filter((w) => have.has(w)).length * 3 >= wanted.length * 2;
  });
}

/**
 * Whether a published title may still stand for the event: not cut, every name in it still takes part, and a quote
 * of the event still tells it (a title whose sentence left the event has nothing behind it).
 */
export function stillHolds(title: string, event: TimelineEvent, registry: HeadlineRegistry): boolean {
  if (/…/.test(title) || title.split(/\s+/).length < 2 || !toldByAQuote(title, event)) return false;
  const participants = participantsOf(event, registry);
  const speakers = new Set(event.mentions.flatMap((m) => m.speakers));
  return registry
    .findActors(title)
    .every((h) => participants.has(h.id) || (speakers.has(h.id) && /\bsays?\b/.test(title)));
}

// The flaws that make a title read wrong, whatever it scored: a published title with more of them
// gives way, and a fresh title with more of them never replaces one (rule `better-title`).
const READS_WRONG = new Set(['bare-noun', 'clipped', 'no-finite-verb', 'no-subject', 'agreement', 'says-nothing']);
const wrongs = (title: string): number => titleFlaws(title).filter((f) => READS_WRONG.has(f)).length;

/**
 * The title to publish: the one published before (from the ledger) unless the fresh one is
 * better — fewer flaws that make it read wrong, or as few and a higher score — or the old one no
 * longer holds. A title from before scores were kept has none and gives way. When the fresh title
 * is the published one, nothing was kept: a rebuild of the same content gives the same output.
 */
export function keepPublished(
  old: { title: string; score?: number | undefined } | undefined,
  fresh: Headline,
  event: TimelineEvent,
  registry: HeadlineRegistry,
): Headline {
  if (!old || old.title === fresh.title || old.score === undefined) return fresh;
  if (!stillHolds(old.title, event, registry)) return fresh;
  // A title today's rules built again is judged by today's score; one a guard now refuses gives way.
  const rescored = fresh.judged?.has(withoutName(old.title)) ? fresh.judged.get(withoutName(old.title)) : old.score;
  if (rescored === null || rescored === undefined) return fresh;
  const [was, now] = [wrongs(old.title), wrongs(fresh.title)];
  if (now < was || (now === was && rescored < fresh.score)) return fresh;
  // The fresh headline's sentence still leads the event page: it is the plainest report.
  return { title: old.title, score: rescored, basis: fresh.basis, rules: ['kept-published-title'] };
}
