/** Who published an article, as far as its own text says, and the headline a source page gets. */
import { describe, expect, it } from 'vitest';
import { headlineOf, publisherOf } from '../../src/publish/attribution.ts';
import type { Sentence } from '../../src/types.ts';

const sentence = (text: string, origin: Sentence['origin'] = 'body'): Sentence => ({
  index: 0,
  text,
  offset: 0,
  line: 1,
  column: 1,
  paragraph: 0,
  origin,
});
const article = (over: { publisher?: string | null; furniture?: string[]; sentences?: string[] }) => ({
  publisher: over.publisher ?? null,
  furniture: (over.furniture ?? []).map((text) => ({ text, line: 1, reason: 'boilerplate' as const })),
  sentences: (over.sentences ?? []).map((t) => sentence(t)),
});

describe('publisherOf', () => {
  it('takes front matter first', () => {
    expect(
      publisherOf(
        article({
          publisher: 'Coast Daily',
          sentences: ['PORT ADLER, March 3 (Harbour Wire) – Crews freed the trawler.'],
        }),
      ),
    ).toEqual({ name: 'Coast Daily', from: 'front matter' });
  });
  it('reads a wire dateline', () => {
    expect(
      publisherOf(article({ sentences: ['PORT ADLER, March 3, 2030 (Harbour Wire) – Crews freed the trawler.'] })),
    ).toEqual({ name: 'Harbour Wire', from: 'dateline' });
  });
  it('reads a byline and a copyright line', () => {
    expect(publisherOf(article({ furniture: ['By Jane Roe, Coast Daily'] }))).toEqual({
      name: 'Coast Daily',
      from: 'byline',
    });
    expect(publisherOf(article({ furniture: ['© 2030 Coast Daily. All rights reserved.'] }))?.name).toBe('Coast Daily');
  });
  it('finds nothing in plain text', () => {
    expect(publisherOf(article({ sentences: ['Crews freed the trawler (a 40-metre vessel) on Monday.'] }))).toBeNull();
  });
});

describe('headlineOf', () => {
  it('keeps a real headline', () => {
    expect(
      headlineOf({ id: 'x', title: 'Crews free trawler', sentences: [sentence('Crews freed the trawler on Monday.')] }),
    ).toEqual({ title: 'Crews free trawler', from: 'article' });
  });
  it('never uses the first sentence: the file name instead', () => {
    const first = 'Port Adler – Crews freed the trawler Mira on Monday.';
    expect(
      headlineOf({
        id: 'trawler-freed-in-port-adler',
        title: 'Port Adler – Crews freed the trawler Mira on Monday',
        sentences: [sentence(first)],
      }),
    ).toEqual({ title: 'Trawler freed in port adler', from: 'file name' });
  });
});
