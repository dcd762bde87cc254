/**
 * The cross-article publication-date rules, run through the pipeline's extraction on each case
 * folder of tests/fixtures/pubdate-corpus/<rule>/<case>/ (`articles/` and `expected.json`): every
 * article comes out with the publication date, its source and the warnings expected.json gives.
 * Rules: `pubdate-reported-days` (src/pubdate/reported-days.ts), `near-duplicate`
 * (src/pubdate/neighbours.ts) and `pubdate-year-after-story` (src/pubdate/year-after-story.ts). A new case is a new folder.
 */
import path from 'node:path';
import { describe, it } from 'vitest';
import { extractCorpus } from '../../src/build/pipeline.ts';
import { expectFixture, fixtureCases } from '../helpers/fixtures.ts';

for (const rule of ['reported-days', 'near-duplicate', 'year-after-story']) {
  describe(`pubdate across articles: ${rule}`, () => {
    for (const c of fixtureCases(path.join('pubdate-corpus', rule))) {
      it(c.name, async () => {
        const corpus = await extractCorpus({ root: c.dir, contentDir: '.', cacheDir: null, threads: 0 });
        const dated = corpus.articles.map((a) => [
          a.id,
          {
            date: a.publication.date,
            from: a.publication.from,
            warnings: corpus.fileOf.get(a.id)!.messages.map((m) => m.ruleId),
          },
        ]);
        expectFixture(c.dir, Object.fromEntries(dated));
      });
    }
  });
}
