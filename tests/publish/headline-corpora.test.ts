/**
 * The headline rules on real text: the seed corpus and every held-out story. Whatever the
 * story, no title is clipped, a dateline, a heading or a single word, and every registry name
 * in a title takes part in the event according to one of its quotes.
 */
import { readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/build/pipeline.ts';
import { loadRegistry } from '../../src/read/index.ts';
import { createMatcher } from '../../src/lib/names/matcher.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const GOLD = path.join(ROOT, 'tests', 'gold');
const corpora = [
  { name: 'seeds', root: ROOT },
  ...readdirSync(GOLD)
    .filter((d) => existsSync(path.join(GOLD, d, 'content', 'articles')))
    .sort()
    .map((d) => ({ name: d, root: path.join(GOLD, d) })),
];
const DATELINE = /^\p{Lu}[\p{Lu}\s.'’-]{2,}(?:,[^–—-]{0,40})?\s*[–—-]/u;

describe.each(corpora)('headlines of $name', ({ root }) => {
  it('are whole, say something, and name only who takes part', async () => {
    const result = await runPipeline({ root });
    const registry = await loadRegistry(root, 'content');
    const find = createMatcher(
      registry.actors.map((a) => ({ id: a.id, full: [a.name, ...a.aliases], short: a.shortNames })),
    );
    const headings = new Set(
      result.data.sources.flatMap((s) => [
        s.title,
        ...s.sentences.filter((x) => x.origin === 'headline').map((x) => x.text),
      ]),
    );
    const problems: string[] = [];
    for (const e of result.events) {
      const t = e.title;
      if (/…|\.\.\./.test(t)) problems.push(`${e.id}: clipped "${t}"`);
      if (DATELINE.test(t)) problems.push(`${e.id}: dateline "${t}"`);
      if (t.split(/\s+/).length < 2) problems.push(`${e.id}: a bare word "${t}"`);
      if (headings.has(t)) problems.push(`${e.id}: a heading "${t}"`);
      // A whole quoted sentence (the last fallback) claims nothing its source does not say.
      const plain = (x: string): string =>
        x
          .replace(/\s*\([^)]*\)/g, '')
          .replace(/[“”"]/g, '')
          .replace(/[.!?]+$/, '');
      const verbatim = e.mentions.some((m) => plain(m.quote).includes(plain(t)));
      for (const hit of verbatim ? [] : find(t)) {
        // Named by a quote, and not only as the one who reports it (unless the event is what they said).
        const named = (m: (typeof e.mentions)[number]): boolean =>
          m.actors.includes(hit.id) || find(m.quote).some((h) => h.id === hit.id && !h.short);
        const takesPart = e.mentions.some((m) => named(m) && (!m.speakers.includes(hit.id) || /\bsays?\b/.test(t)));
        if (!takesPart) problems.push(`${e.id}: "${t}" names ${hit.id}, who takes no part in any quote`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('quote each sentence once per event, with its attribution, the best of each source first', async () => {
    const { data, problems } = await runPipeline({ root });
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
