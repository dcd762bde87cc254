/**
 * Source pages on real text, the seed corpus and every held-out story: every sentence an event
 * quotes has its anchor on its source page, around exactly its words and shaded as reporting
 * an event; every quote's link resolves to that anchor, once per event in events.json too;
 * nothing of the article runs.
 */
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/build/pipeline.ts';
import { CORPORA } from '../helpers/corpora.ts';

const corpora = CORPORA;

const plain = (html: string): string =>
  html
    .replace(/<[^>]*>/g, '')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&amp;/g, '&');

describe.each(corpora)('source pages of $name', ({ root }) => {
  it('anchor every quoted sentence, and every quote links to its anchor', async () => {
    const { data } = await runPipeline({ root });
    const sources = new Map(data.sources.map((s) => [s.url, s]));
    const problems: string[] = [];
    for (const s of data.sources) if (s.unplaced > 0) problems.push(`${s.id}: ${s.unplaced} sentences not found`);
    for (const e of data.events)
      for (const q of e.quotes) {
        const [page, anchor] = q.sourceUrl.split('#');
        const source = sources.get(page!);
        if (!source || !anchor) {
          problems.push(`${e.id}: ${q.sourceUrl} is no source page anchor`);
          continue;
        }
        const spans = [
          ...source.html.matchAll(new RegExp(`<span id="${anchor}" class="([^"]*)">((?:(?!</span>).)*)</span>`, 'gs')),
        ];
        if (spans.length !== 1) problems.push(`${e.id}: ${q.sourceUrl} found ${spans.length} times`);
        else if (!spans[0]![1]!.includes('has-event')) problems.push(`${e.id}: ${q.sourceUrl} not shaded`);
        else if (plain(spans[0]![2]!) !== q.quote) problems.push(`${e.id}: ${q.sourceUrl} holds other words`);
        if (!source.html.includes(`href="/events/${e.id}/"`)) problems.push(`${e.id}: ${source.id} has no link back`);
      }
    for (const e of data.api.events.events) {
      const urls = e.sources.map((q) => q.url);
      if (new Set(urls).size !== urls.length) problems.push(`${e.id}: events.json lists a sentence twice`);
    }
    for (const s of data.sources)
      if (
        /<(?:script|iframe|img|object|embed|svg|style)\b|\son\w+=|\sstyle=|href="(?!https?:\/\/|\/events\/)/i.test(
          s.html,
        )
      )
        problems.push(`${s.id}: markup that runs or loads`);
    expect(problems).toEqual([]);
  });
});
