/**
 * The second dating pass: once every article is extracted, an undated article whose relative days
 * fit other articles' dated reports (pubdate/reported-days.ts) gets that publication day and is
 * extracted again, so that its "on Tuesday" is resolved from evidence rather than left undated.
 */
import type { VFile } from 'vfile';
import type { Article } from '../types.ts';
import { catalogue, warn } from '../lib/report/index.ts';
import type { Extraction } from '../extract/index.ts';
import { dateFromReportedDays } from '../pubdate/reported-days.ts';

/** Articles and their extractions after redating; the same arrays when no article was redated. */
export async function redateFromReports(
  articles: Article[],
  extractions: Extraction[],
  extract: (redated: Article[]) => Promise<Extraction[]>,
  files: Map<string, VFile>,
): Promise<{ articles: Article[]; extractions: Extraction[] }> {
  const found = dateFromReportedDays(
    articles,
    extractions.flatMap((e) => e.mentions),
  );
  if (!found.size) return { articles, extractions };
  const next = articles.map((a) => (found.has(a.id) ? { ...a, publication: found.get(a.id)! } : a));
  const changed = next.filter((a) => found.has(a.id));
  for (const a of changed) {
    const file = files.get(a.id);
    if (!file) continue;
    // The page still has no date of its own; the warning now says which day was taken, and why.
    file.messages = file.messages.filter((m) => m.ruleId !== catalogue.unknownPublication().code);
    warn(file, catalogue.publicationFromReports(a.publication.date!));
  }
  const again = await extract(changed);
  const byId = new Map(changed.map((a, i) => [a.id, again[i]!]));
  return { articles: next, extractions: next.map((a, i) => byId.get(a.id) ?? extractions[i]!) };
}
