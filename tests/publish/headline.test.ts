/**
 * Headline rules on hand-written fixtures: each folder in tests/fixtures/publish/headline/
 * holds one event (input.json: its mentions and a small registry) and the headline it must
 * get (expected.json), with the rules that fired.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Input, articlesOf, eventOf } from '../helpers/headline-event.ts';
import { headlineOf, headlineRegistry, keepPublished } from '../../src/publish/headline/index.ts';
import { expectFixture, fixtureCases } from '../helpers/fixtures.ts';

describe('headline fixtures: one event in, its headline and the rules that fired out', () => {
  for (const c of fixtureCases(path.join('publish', 'headline'))) {
    it(c.name, () => {
      const input = JSON.parse(readFileSync(path.join(c.dir, 'input.json'), 'utf8')) as Input;
      const event = eventOf(input);
      const text = input.articles ? { articles: articlesOf(input, event), mentions: event.mentions } : undefined;
      const h = headlineOf(event, headlineRegistry(input.registry.actors, input.registry.places, text));
      expectFixture(c.dir, { title: h.title, rules: h.rules });
    });
  }
});

describe('a published title', () => {
  const input = JSON.parse(
    readFileSync(
      path.join(import.meta.dirname, '..', 'fixtures', 'publish', 'headline', 'subject-verb-object', 'input.json'),
      'utf8',
    ),
  ) as Input;
  const registry = headlineRegistry(input.registry.actors, input.registry.places);
  const event = eventOf(input);
  const fresh = headlineOf(event, registry);
  it('stays when it scored at least as well and its names still take part', () => {
    expect(keepPublished({ title: 'Sorel receives Brek', score: fresh.score + 1 }, fresh, event, registry).title).toBe(
      'Sorel receives Brek',
    );
  });
  it('is the fresh headline, rules and all, when the fresh title is the same (rebuilds stay byte-identical)', () => {
    expect(keepPublished({ title: fresh.title, score: fresh.score }, fresh, event, registry)).toEqual(fresh);
  });
  it('gives way to a better one', () => {
    expect(keepPublished({ title: 'Sorel receives Brek', score: fresh.score - 1 }, fresh, event, registry).title).toBe(
      fresh.title,
    );
  });
  it('gives way to a title that reads right, even one scoring lower (rule better-title)', () => {
    const old = { title: 'Round of talks between Sorel and Brek yield accord', score: fresh.score + 1 };
    expect(keepPublished(old, fresh, event, registry).title).toBe(fresh.title);
  });
  it('is never replaced by a title that reads worse, whatever it scores (rule better-title)', () => {
    const worse = {
      ...fresh,
      title: 'Issue that will hold centre stage at the Port Adler summit to schedule',
      score: 9,
    };
    expect(keepPublished({ title: 'Sorel receives Brek', score: 1 }, worse, event, registry).title).toBe(
      'Sorel receives Brek',
    );
  });
  it('gives way when it was never scored (a ledger from before titles were scored)', () => {
    expect(keepPublished({ title: 'Meeting', score: undefined }, fresh, event, registry).title).toBe(fresh.title);
  });
  it("is judged by today's score when today's rules build it again, and gives way when they refuse it", () => {
    const judged = (score: number | null) => ({ ...fresh, judged: new Map([['Sorel receives Brek', score]]) });
    const old = { title: 'Sorel receives Brek', score: 99 };
    expect(keepPublished(old, judged(fresh.score - 1), event, registry).title).toBe(fresh.title);
    expect(keepPublished(old, judged(null), event, registry).title).toBe(fresh.title);
    expect(keepPublished(old, judged(fresh.score + 1), event, registry)).toMatchObject({
      title: old.title,
      score: fresh.score + 1,
    });
  });
  it('gives way when no quote of the event tells it any more (its sentence left the event)', () => {
    expect(
      keepPublished({ title: 'Sorel makes fishing quotas her top priority', score: 99 }, fresh, event, registry).title,
    ).toBe(fresh.title);
  });
  it('gives way when a name in it no longer takes part', () => {
    const without = { ...event, mentions: event.mentions.map((m) => ({ ...m, speakers: ['jon-brek'] })) };
    expect(keepPublished({ title: 'Brek visits Port Adler', score: 99 }, fresh, without, registry).title).toBe(
      fresh.title,
    );
  });
});
