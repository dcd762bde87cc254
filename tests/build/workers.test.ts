/** Parse and extract on worker threads give the same build as the main thread alone. */
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/build/pipeline.ts';
import { addArticles, contentRoot } from './corpus.ts';

describe('worker threads', () => {
  it('build the same events, mentions and problems as the main thread', async () => {
    const root = contentRoot('porto', 'v1');
    addArticles(root, 'porto', 'v2');
    const alone = await runPipeline({ root, cacheDir: null, threads: 0 });
    const pooled = await runPipeline({ root, cacheDir: null, threads: 1, mainThread: false });
    expect(alone.threads).toBe(0);
    expect(pooled.threads).toBe(1);
    expect(pooled.fresh).toEqual(alone.fresh);
    expect(pooled.mentions).toEqual(alone.mentions);
    expect(pooled.problems).toEqual(alone.problems);
    expect(JSON.stringify(pooled.data)).toBe(JSON.stringify(alone.data));
  });
});
