/**
 * A year from the articles published beside an undated one. An article about the same story as
 * dated ones was written in their year, or in the year of the one it most resembles: evidence
 * enough to complete "June 12" on its dateline, never a day of its own.
 */
import type { Article } from '../types.ts';
import { contentTerms, cosine, inverseDocumentFrequency, termVector } from '../lib/similarity/index.ts';

/** The evidence behind a neighbour year, for the source page. */
export interface NeighbourYear {
  year: number;
  evidence: string;
  /** The earliest publication day of that evidence: what the undated article plans lies after it. */
  after: string;
  /** The months (YYYY-MM) that evidence was published in: the months of the story. */
  months: string[];
}

/** For each undated article, the year its neighbours were published in. */
export function neighbourYears(articles: Article[]): Map<string, NeighbourYear> {
  const out = new Map<string, NeighbourYear>();
  const dated = articles.filter((a) => a.publication.date !== null);
  const wanting = articles.filter((a) => a.publication.date === null);
  if (dated.length === 0 || wanting.length === 0) return out;
  const years = [...new Set(dated.map((a) => Number(a.publication.date!.slice(0, 4))))];
  if (years.length === 1) {
    const after = dated.map((a) => a.publication.date!).sort()[0]!;
    const evidence = `every dated article of the corpus was published in ${years[0]}`;
    const months = [...new Set(dated.map((a) => a.publication.date!.slice(0, 7)))].sort();
    for (const a of wanting) out.set(a.id, { year: years[0]!, evidence, after, months });
    return out;
  }
  const terms = new Map(articles.map((a) => [a.id, contentTerms(a.sentences.map((s) => s.text).join(' '))]));
  const idf = inverseDocumentFrequency([...terms.values()]);
  const vectors = new Map([...terms].map(([id, t]) => [id, termVector(t)]));
  for (const a of wanting) {
    let best: Article | null = null;
    let bestScore = 0;
    for (const d of dated) {
      const score = cosine(vectors.get(a.id)!, vectors.get(d.id)!, idf);
      if (score > bestScore) [best, bestScore] = [d, score];
    }
    if (best)
      out.set(a.id, {
        year: Number(best.publication.date!.slice(0, 4)),
        evidence: `the most similar dated article (${best.id}) was published in ${best.publication.date!.slice(0, 4)}`,
        after: best.publication.date!,
        months: [best.publication.date!.slice(0, 7)],
      });
  }
  return out;
}
