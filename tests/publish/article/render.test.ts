/**
 * The article on a source page (src/publish/article/): each case in
 * tests/fixtures/publish/article/<case>/ is an article and an expected.yaml naming what must and
 * must not be in its HTML. Every case is also held to what every source page keeps: valid HTML,
 * only known tags and attributes (nothing that runs or loads), only absolute http(s) links marked
 * rel="nofollow noopener noreferrer", every sentence anchored once with exactly its words.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { parseArticle } from '../../../src/parse/index.ts';
import { type SentenceNotes, renderArticle } from '../../../src/publish/article/index.ts';
import { decodeArticle } from '../../../src/read/index.ts';
import { fixtureCases } from '../../helpers/fixtures.ts';

interface Expected {
  doc: string;
  links?: string[];
  contains?: string[];
  absent?: string[];
  asides?: string[];
  tags?: Record<string, number>;
  repeat?: number;
  minSentences?: number;
  quoted?: number[];
}

const TAGS = new Set([
  ...'p h3 h4 h5 h6 ul ol li blockquote pre code em strong del a span mark aside'.split(' '),
  ...'table thead tbody tr th td br hr sup section'.split(' '),
]);
const ATTRIBUTES = new Set(
  'id class href rel title data-reason data-pagefind-ignore aria-hidden align start'.split(' '),
);
// The page's own h1 and h2 stand above the article, which starts at h3.
const validator = new HtmlValidate({ extends: ['html-validate:document'], rules: { 'heading-level': 'off' } });

function load(dir: string) {
  const expected = parseYaml(readFileSync(path.join(dir, 'expected.yaml'), 'utf8')) as Expected;
  const name = readdirSync(dir).find((f) => /^article\.(txt|md)$/.test(f))!;
  let text = readFileSync(path.join(dir, name), 'utf8');
  if (expected.repeat) {
    const line = text.trimEnd();
    text = `${Array.from({ length: expected.repeat }, (_, i) => line.replace('{n}', String(i + 1))).join(' ')}\n`;
  }
  const read = decodeArticle(`fixtures/${path.basename(dir)}/${name}`, Buffer.from(text), new Map());
  const { article } = parseArticle(read.source!, read.file);
  const notes = new Map<number, SentenceNotes>(
    (expected.quoted ?? []).map((i) => [
      i,
      {
        events: [{ id: `e-${i}`, url: `/events/e-${i}/`, title: `Event ${i}`, dateLabel: '1 May 2030' }],
        marks: [],
        undated: false,
      },
    ]),
  );
  return { expected, article, rendered: renderArticle(read.source!.text, article, notes) };
}

const decode = (html: string): string =>
  html
    .replace(/<[^>]*>/g, '')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

describe.each(fixtureCases('publish/article'))('source page article: $name', ({ dir }) => {
  const { expected, article, rendered } = load(dir);
  const { html } = rendered;

  it('is valid HTML with only known tags and attributes, and no link but to the web or to an event', async () => {
    const report = await validator.validateString(
      `<!doctype html><html lang="en"><head><title>t</title></head><body><main>${html}</main></body></html>`,
    );
    expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`))).toEqual([]);
    for (const [, tag, attrs] of html.matchAll(/<([a-z][a-z0-9]*)([^>]*)>/gi)) {
      expect(TAGS.has(tag!.toLowerCase()), `tag <${tag}>`).toBe(true);
      for (const [, name] of attrs!.matchAll(/\s([^\s=]+)(?:="[^"]*")?/g))
        expect(ATTRIBUTES.has(name!.toLowerCase()), `attribute ${name} on <${tag}>`).toBe(true);
    }
    const external: string[] = [];
    for (const [a, href] of html.matchAll(/<a href="([^"]*)"[^>]*>/g)) {
      if (href!.startsWith('/events/')) continue;
      expect(href).toMatch(/^https?:\/\/[^/]/);
      expect(a).toContain('rel="nofollow noopener noreferrer"');
      external.push(decode(href!));
    }
    expect(external).toEqual(expected.links ?? []);
  });

  it('anchors every sentence once, around exactly its words', () => {
    expect(article.sentences.length).toBeGreaterThanOrEqual(expected.minSentences ?? 1);
    expect(rendered.unplaced).toBe(0);
    for (const s of article.sentences) {
      const spans = [
        ...html.matchAll(new RegExp(`<span id="s-${s.index}" class="([^"]*)">((?:(?!</span>).)*)</span>`, 'gs')),
      ];
      expect(spans, `s-${s.index}`).toHaveLength(1);
      expect(decode(spans[0]![2]!)).toBe(s.text);
      const quoted = expected.quoted?.includes(s.index) ?? false;
      expect(spans[0]![1]).toBe(quoted ? 'sentence has-event' : 'sentence');
      if (quoted) expect(html).toContain(`href="/events/e-${s.index}/"`);
    }
  });

  it(`keeps and refuses what the case says: ${expected.doc}`, () => {
    for (const s of expected.contains ?? []) expect(html).toContain(s);
    for (const s of expected.absent ?? []) expect(html.toLowerCase()).not.toContain(s.toLowerCase());
    if (expected.asides)
      expect([...html.matchAll(/<aside class="[^"]*" data-reason="([^"]+)"/g)].map((m) => m[1])).toEqual(
        expected.asides,
      );
    for (const [tag, count] of Object.entries(expected.tags ?? {}))
      expect(html.match(new RegExp(`<${tag}[\\s>]`, 'g'))?.length ?? 0, `<${tag}>`).toBe(count);
  });
});
