/**
 * Two events on one timeline never share a title (rule `distinct-title`): the event whose claim
 * to it is weaker takes its best other candidate, or, when that says less, the shared title with
 * its own date ("… (2 June 2025)"), which tells the two apart on any timeline.
 */
import type { TimelineEvent } from '../../types.ts';
import { dateLabel } from '../labels.ts';

/** What the rule needs of a headline. */
interface Titled {
  title: string;
  score: number;
  rules: string[];
}

/** The rule's id, named in the evidence of a title it changed. */
export const DISTINCT_TITLE = 'distinct-title';

const key = (title: string): string => title.toLowerCase();

/**
 * Each event's headline, no two alike. Of events sharing a title, the one that keeps it is the
 * one whose title was published before, then the higher score, then the earlier date, then the id;
 * `retitle` gives an event's best headline avoiding the titles taken.
 */
export function distinctTitles<H extends Titled>(
  events: TimelineEvent[],
  chosen: Map<string, H>,
  retitle: (event: TimelineEvent, taken: Set<string>) => H,
): Map<string, H> {
  const out = new Map(chosen);
  const claim = (e: TimelineEvent): [number, number] => {
    const h = out.get(e.id)!;
    return [h.rules.includes('kept-published-title') ? 1 : 0, h.score];
  };
  const order = [...events].sort((a, b) => {
    const [ka, sa] = claim(a);
    const [kb, sb] = claim(b);
    return kb - ka || sb - sa || a.date.start.localeCompare(b.date.start) || a.id.localeCompare(b.id);
  });
  const taken = new Set<string>();
  const owners = new Set<string>();
  for (const e of order) {
    const h = out.get(e.id)!;
    if (!taken.has(key(h.title))) {
      taken.add(key(h.title));
      owners.add(e.id);
    }
  }
  for (const e of order) {
    if (owners.has(e.id)) continue;
    const shared = out.get(e.id)!;
    let h = retitle(e, taken);
    // A quoted sentence or a title that scores nothing says less than the shared title with its date.
    const weak = h.score <= 0 || h.rules.includes('fallback-whole-sentence');
    if (weak || taken.has(key(h.title))) h = { ...shared, title: `${shared.title} (${dateLabel(e.date)})` };
    // The same title and the same date: the event's id, the one thing two events never share.
    if (taken.has(key(h.title))) h = { ...h, title: `${shared.title} (${e.id})` };
    out.set(e.id, { ...h, rules: [...h.rules.filter((r) => r !== DISTINCT_TITLE), DISTINCT_TITLE] });
    taken.add(key(h.title));
  }
  return out;
}
