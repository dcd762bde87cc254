/** Adding one article re-extracts that article only; the rest comes from the cache. */
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/build/pipeline.ts';
import { addArticles, contentRoot } from './corpus.ts';

describe('incremental rebuilds', () => {
  it('re-extracts only the new article', async () => {
    const root = contentRoot('porto', 'v1');
    const cold = await runPipeline({ root });
    expect(cold.fresh.extracted.sort()).toEqual([
      'capital-wire',
      'mayor-office',
      'north-daily',
      'porto-visit',
      'south-post',
    ]);
    const warm = await runPipeline({ root });
    expect(warm.fresh).toEqual({ parsed: [], extracted: [] });
    expect(warm.events).toEqual(cold.events);
    addArticles(root, 'porto', 'v2');
    const next = await runPipeline({ root });
    expect(next.fresh.parsed.sort()).toEqual(['aa-bridge', 'coastal-times', 'evening-news']);
    expect(next.fresh.extracted.sort()).toEqual(['aa-bridge', 'coastal-times', 'evening-news']);
  });
});
