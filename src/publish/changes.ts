/**
 * What's new, as readers want it: each rebuild under the day it was built, events under their
 * current titles (a title may have improved since), merges named by title on both sides.
 */
import type { ChangeEntry } from '../build/changelog.ts';
import type { SiteData } from './index.ts';
import { dateLabel } from './labels.ts';

/** One rebuild on the What's new page. */
export interface ChangesView {
  /** "Built 2 December 2026", or "Built on an unrecorded day" for entries from before build days were kept. */
  heading: string;
  /** "Coverage up to 15 May 2025", or null. */
  coverage: string | null;
  /** Events added, under their current title, linked to their current address. */
  added: { url: string; title: string; date: string }[];
  /** Events found to be part of another: the old title and the survivor's current title. */
  merged: { title: string; url: string; intoTitle: string }[];
  /** Events withdrawn: their last title and address (a "withdrawn" page). */
  withdrawn: { url: string; title: string }[];
}

const day = (iso: string): string =>
  /^\d{4}-\d{2}-\d{2}$/.test(iso) ? dateLabel({ start: iso, end: iso, precision: 'day' }) : iso;

/** The changelog entries with current titles and addresses. */
export function changesView(
  entries: ChangeEntry[],
  data: Pick<SiteData, 'events' | 'eventIndex' | 'redirects'>,
): ChangesView[] {
  const redirect = new Map(data.redirects.map((r) => [r.id, r.to]));
  const current = (id: string): { url: string; title: string } | null => {
    let at = id;
    for (let hops = 0; redirect.has(at) && hops < 20; hops++) at = redirect.get(at)!;
    const e = data.events[data.eventIndex[at] ?? -1];
    return e ? { url: e.url, title: e.title } : null;
  };
  return entries.map((entry) => ({
    heading: entry.built ? `Built ${day(entry.built)}` : 'Built on an unrecorded day',
    coverage: entry.asOf ? `Coverage up to ${day(entry.asOf)}` : null,
    added: entry.added.map((a) => ({
      ...(current(a.id) ?? { url: `/events/${a.id}/`, title: a.title }),
      date: a.date,
    })),
    merged: entry.merged.map((m) => {
      const into = current(m.into);
      return { title: m.title, url: into?.url ?? `/events/${m.into}/`, intoTitle: into?.title ?? m.into };
    }),
    withdrawn: entry.withdrawn.map((w) => ({ url: `/events/${w.id}/`, title: w.title })),
  }));
}
