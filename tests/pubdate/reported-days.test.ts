/**
 * The cross-article rule pubdate-reported-days (src/pubdate/reported-days.ts), run through the
 * pipeline's extraction on each folder of tests/fixtures/pubdate-corpus/reported-days/: the
 * articles the front matter leaves undated come out with the publication and warnings expected.json gives.
 */
import { describe, it } from 'vitest';
import { extractCorpus } from '../../src/build/pipeline.ts';
import { expectFixture, fixtureCases } from '../helpers/fixtures.ts';

describe('pubdate-reported-days: an undated article dated by the reports its relative days fit', () => {
  for (const c of fixtureCases('pubdate-corpus/reported-days')) {
    it(c.name, async () => {
      const corpus = await extractCorpus({ root: c.dir, contentDir: '.', cacheDir: null, threads: 0 });
      const undated = corpus.articles.filter((a) => !a.file.endsWith('-wire.md'));
      expectFixture(
        c.dir,
        Object.fromEntries(
          undated.map((a) => [
            a.id,
            {
              date: a.publication.date,
              from: a.publication.from,
              warnings: corpus.fileOf.get(a.id)!.messages.map((m) => m.ruleId),
            },
          ]),
        ),
      );
    });
  }
});
