/** Property-based tests: for any input, the reader, front-matter parser, date normaliser and slugger never throw and return valid output. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { decodeBytes } from '../../src/read/decode.ts';
import { decodeArticle } from '../../src/read/index.ts';
import { splitFrontMatter } from '../../src/parse/front-matter.ts';
import { parseArticle } from '../../src/parse/index.ts';
import { toLines } from '../../src/parse/lines.ts';
import { normaliseDates } from '../../src/lib/dates/index.ts';
import { slugify } from '../../src/lib/slug/index.ts';

/** Characters that can make Markdown's visible text differ from its source. */
const MARKDOWN_SYNTAX = /[\\*_`[\]<>&!#~|=-]/;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const TIMEX =
  /^(?:\d{4}(?:-\d{2}(?:-\d{2})?|-W\d{2})?|\d{3}|XXXX-\d{2}(?:-\d{2})?|PRESENT_REF|PAST_REF|FUTURE_REF|P(?:T?\d+[YMWDH]))$/;
const newsy = fc.stringMatching(/^[A-Za-z0-9 ,.–\-:;'"“”()\n]{0,200}$/);
const datesAndNoise = fc
  .array(
    fc.constantFrom(
      'May 15',
      'last night',
      'yesterday and today',
      'June 24–25',
      'March 2022',
      'in 2014',
      'next month',
      'on Monday',
      'the day before',
      '30-day',
      '24/7',
      '9/11',
      'three years ago',
      'late June',
      'the 1990s',
      ' ',
      ', ',
      '. ',
      'and',
      'met',
      '2019–2021',
      'May',
      'march',
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(' '));
const anyRef = fc.option(
  fc
    .date({ min: new Date('1800-01-01'), max: new Date('2199-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  { nil: null },
);

describe('properties', () => {
  it('decodeBytes: any bytes give text without NUL, or a binary verdict', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        const out = decodeBytes(bytes);
        if (out.ok) {
          expect(out.text).not.toContain('\u0000');
          expect(out.text).not.toContain('\r');
        } else expect(out.reason).toBe('binary');
      }),
      { numRuns: 300 },
    );
  });
  it('decodeArticle: any name and bytes give a slug id or a reported problem', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.uint8Array({ maxLength: 300 }), (name, bytes) => {
        const r = decodeArticle(`content/articles/${name}.txt`, bytes, new Map());
        if (r.source) expect(r.source.id).toMatch(SLUG);
        else expect(r.file.messages.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
  it('splitFrontMatter: any text gives validated fields and a body that ends the text', () => {
    const frontMatterish = fc
      .tuple(
        fc.constantFrom('---', '---js', '---yaml', '---\n---', ''),
        fc.string({ maxLength: 200 }),
        fc.constantFrom('\n---\n', '\n', '\n...\n'),
        fc.string({ maxLength: 100 }),
      )
      .map((p) => p.join('\n'));
    fc.assert(
      fc.property(fc.oneof(frontMatterish, fc.string({ maxLength: 300 })), (text) => {
        const out = splitFrontMatter(text, new VFile({ path: 'x.md' }));
        expect(text.endsWith(out.body)).toBe(true);
        for (const [k, v] of Object.entries(out.data)) {
          expect(['title', 'publisher', 'url', 'date', 'language']).toContain(k);
          expect(typeof v).toBe('string');
        }
        if (out.data.url) expect(out.data.url).toMatch(/^https?:\/\//i);
        if (out.data.date) expect(out.data.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }),
      { numRuns: 300 },
    );
  });
  it('normaliseDates: any text gives expressions that point into it with TIMEX3 values', () => {
    fc.assert(
      fc.property(fc.oneof(datesAndNoise, newsy, fc.string({ maxLength: 200 })), anyRef, (text, ref) => {
        for (const e of normaliseDates(text, { date: ref })) {
          expect(e.start).toBeGreaterThanOrEqual(0);
          expect(e.end).toBeGreaterThan(e.start);
          expect(e.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(e.start, e.end)).toBe(e.text);
          expect(e.value).toMatch(TIMEX);
          if (e.endValue) expect(e.endValue).toMatch(TIMEX);
        }
      }),
      { numRuns: 400 },
    );
  });
  it('slugify: any text gives a bounded slug that cannot be a path', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 600 }), (text) => {
        const slug = slugify(text);
        expect(slug).toMatch(SLUG);
        expect(slug.length).toBeLessThanOrEqual(80);
      }),
      { numRuns: 500 },
    );
  });
  // A sentence is the text a reader sees: Markdown's escapes, entities and emphasis marks are gone from it,
  // so it is verbatim from the source only where the source has none of them.
  it('parseArticle: any decodable text parses without throwing, sentences from its visible text', () => {
    fc.assert(
      fc.property(fc.oneof(newsy, datesAndNoise, fc.string({ maxLength: 300 })), (text) => {
        const r = decodeArticle('content/articles/p.txt', new TextEncoder().encode(text), new Map());
        if (!r.source) return;
        const { article } = parseArticle(r.source, r.file);
        const { body } = splitFrontMatter(r.source.text, new VFile());
        const visible = toLines(body)
          .map((line) => line.text)
          .join('\n');
        for (const s of article.sentences) {
          const head = s.text.slice(0, 20).split('\n')[0]!;
          expect(visible).toContain(head);
          if (!MARKDOWN_SYNTAX.test(r.source.text)) expect(r.source.text).toContain(head);
        }
      }),
      // A counterexample a CI run found: the escape is dropped, so the sentence reads `"?`.
      { numRuns: 200, examples: [['"\\?'], ['*Kyiv* said \\*no\\* &amp; left.']] },
    );
  });
});
