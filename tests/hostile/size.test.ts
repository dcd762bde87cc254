/**
 * Very large input finishes in bounded time and memory (the test timeout is the bound). The
 * 10 MB article and the line of 2 million characters are benchmark cases (`npm run bench --
 * --stress`); here inputs a few times past each limit show the same behaviour.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/build/pipeline.ts';

function corpus(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'timeline-size-'));
  mkdirSync(path.join(root, 'content', 'articles'), { recursive: true });
  // No registry: the text names Ana Lopes, and the build finds her.
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(root, 'content', 'articles', name), text);
  return root;
}

describe('size', () => {
  it('a 300 kB article is capped at the mention limit and reported', async () => {
    const para = (i: number) =>
      `Ana Lopes met delegation ${i} in Porto on March ${1 + (i % 28)}, 2024, to discuss relief. `;
    const text = `---\ndate: 2024-03-30\n---\n${Array.from({ length: 4_000 }, (_, i) => para(i) + (i % 6 === 5 ? '\n\n' : '')).join('')}`;
    expect(text.length).toBeGreaterThan(300_000);
    const before = process.memoryUsage().rss;
    const result = await runPipeline({ root: corpus({ 'big.txt': text }), cacheDir: null });
    expect(result.data.counts.articles).toBe(1);
    expect(result.events.length).toBeGreaterThan(0);
    expect(result.problems.map((p) => p.code)).toContain('extract/too-many-mentions');
    expect(process.memoryUsage().rss - before).toBeLessThan(1_000_000_000);
  });
  it('a single line of 400,000 characters is split, reported and finishes', async () => {
    const result = await runPipeline({
      root: corpus({ 'line.txt': `Ana Lopes met them on March 3, 2024 ${'and talked '.repeat(36_400)}.` }),
      cacheDir: null,
    });
    expect(result.problems.map((p) => p.code)).toContain('parse/long-line');
  }, 120_000);
  it('a sentence with 500 dates', async () => {
    const dates = Array.from(
      { length: 500 },
      (_, i) => `Ana Lopes met envoy ${i} on March ${1 + (i % 28)}, ${1800 + i}`,
    ).join(', ');
    const result = await runPipeline({
      root: corpus({ 'dates.txt': `---\ndate: 2024-03-05\n---\n${dates}.\n` }),
      cacheDir: null,
    });
    expect(result.mentions.length).toBeGreaterThanOrEqual(400);
    expect(result.mentions.length).toBeLessThanOrEqual(500);
  }, 120_000);
});
