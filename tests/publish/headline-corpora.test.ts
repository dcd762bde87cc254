/**
 * The headline rules on real text: the seed corpus and every held-out story. Whatever the
 * story, the headline audit (src/evaluate/headlines.ts) finds no title that is a bare noun,
 * clipped, a heading or a dateline, and every registry name in a title takes part in the event
 * according to one of its quotes.
 */
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/build/pipeline.ts';
import { CORPORA } from '../helpers/corpora.ts';
import { auditBuild } from '../../src/evaluate/headlines.ts';

const corpora = CORPORA;

// One build per corpus, shared by the tests of this file.
const builds = new Map<string, ReturnType<typeof runPipeline>>();
const build = (root: string): ReturnType<typeof runPipeline> => {
  if (!builds.has(root)) builds.set(root, runPipeline({ root }));
  return builds.get(root)!;
};

// What issue 12 says a headline never is; the audit's other flaws (too long, no verb) are measured, not forbidden.
const FORBIDDEN = ['bare-noun', 'clipped', 'heading-or-dateline', 'name-not-in-quote'];

describe.each(corpora)('headlines of $name', ({ root }) => {
  it('are never a bare noun, clipped, a heading or a dateline, and name only who takes part', async () => {
    const audit = auditBuild(await build(root));
    const problems = audit.titles
      .filter((t) => t.flaws.some((f) => FORBIDDEN.includes(f)) || t.title.split(/\s+/).length < 2)
      .map((t) => `${t.id}: "${t.title}" [${t.flaws.join(', ')}]`);
    expect(problems).toEqual([]);
    expect(audit.titles.length).toBeGreaterThan(0);
  });

  it('quote each sentence once per event, with its attribution, the best of each source first', async () => {
    const { data, problems } = await build(root);
    const sources = new Map(data.sources.map((s) => [s.id, s]));
    for (const e of data.events) {
      const keys = e.quotes.map((q) => q.sourceUrl);
      expect(new Set(keys).size, `${e.id} quotes a sentence twice`).toBe(keys.length);
      expect(new Set(e.quotes.map((q) => q.quote)).size, `${e.id} quotes the same words twice`).toBe(e.quotes.length);
      // The lead and each source's best sentence come first: one per source, then the rest.
      const best = e.quotes.slice(0, e.bestCount).map((q) => q.article);
      expect(new Set(best).size).toBe(e.bestCount);
      // Every source with a quotable sentence has its best one up front (a source that only
      // headlines the event, or repeats another's sentence word for word, counts but has none).
      expect(e.bestCount).toBe(new Set(e.quotes.map((q) => q.article)).size);
      expect(e.bestCount).toBeLessThanOrEqual(e.sourceCount);
      for (const q of e.quotes) {
        const s = sources.get(q.article)!;
        expect(q.title).toBe(s.title);
        expect(q.publisher).toBe(s.publisher);
        expect(q.originalUrl).toBe(s.originalUrl);
        expect(q.sourceUrl.startsWith(`${s.url}#s-`)).toBe(true);
        expect(q.publishedLabel === 'date unknown' || /^\d{1,2} [A-Z][a-z]+ \d{4}$/.test(q.publishedLabel)).toBe(true);
      }
    }
    for (const s of data.sources) {
      // A source page is never titled with its own first sentence.
      const first = s.sentences.find((x) => x.origin !== 'headline')?.text ?? '';
      expect(first.startsWith(s.title) && s.titleFrom === 'article' && first !== s.title, s.id).toBe(false);
      const warned = problems.some(
        (p) => p.code === 'publish/no-attribution' && p.file.endsWith(`/${s.file.split('/').pop()}`),
      );
      expect(warned, `${s.id}: warned when it has neither publisher nor URL`).toBe(!s.publisher && !s.originalUrl);
    }
  });
});
