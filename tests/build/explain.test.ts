/** `explain` prints an event's merge record and the candidates it rejected. */
import { describe, expect, it, vi } from 'vitest';
import { explain } from '../../src/cli/explain.ts';
import { runPipeline } from '../../src/build/pipeline.ts';
import { addArticles, contentRoot } from './corpus.ts';

describe('explain', () => {
  it('prints why mentions were merged and what was rejected', async () => {
    const root = contentRoot('porto', 'v1');
    addArticles(root, 'porto', 'v2');
    const { events } = await runPipeline({ root });
    const merged = events.find((e) => e.links.length > 0)!;
    let out = '';
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      out += String(chunk);
      return true;
    });
    try {
      expect(await explain(root, [merged.id])).toBe(0);
    } finally {
      spy.mockRestore();
    }
    expect(out).toContain(merged.id);
    expect(out).toContain('Why merged:');
    expect(out).toContain('Candidates considered and rejected:');
    // Each link says in words which rule decided, then the figures it weighed.
    expect(out).toMatch(
      /joined via \S+: (?:compatible dates|undated|names nothing|goes on|the same occasion)[^\n]*\n\s+date (same|contained|inherited), shared actors \[[^\]]*\], shared places \[[^\]]*\], similarity [\d.]+, score [\d.]+/,
    );
    // Two meetings on one day in one sentence stay two events.
    expect(merged.actors).not.toContain('maria-silva');
  });
  it('fails clearly for an unknown id', async () => {
    const root = contentRoot('porto', 'v1');
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      expect(await explain(root, ['no-such-event'])).toBe(1);
    } finally {
      err.mockRestore();
    }
  });
});
