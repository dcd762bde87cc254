/**
 * Rule `distinct-title`: two events on one timeline never share a title. Each folder in
 * tests/fixtures/publish/headline-distinct/ holds events (input.json: each a headline fixture
 * input with its id and day) whose best headlines are the same, and the titles they must get.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { distinctTitles, headlineOf, headlineRegistry } from '../../src/publish/headline/index.ts';
import { expectFixture, fixtureCases } from '../helpers/fixtures.ts';
import { type Input, eventOf } from '../helpers/headline-event.ts';

interface Case {
  doc: string;
  events: (Input & { id: string; day: string })[];
}

describe('distinct titles: events that would share a title each get their own', () => {
  for (const c of fixtureCases(path.join('publish', 'headline-distinct'))) {
    it(c.name, () => {
      const input = JSON.parse(readFileSync(path.join(c.dir, 'input.json'), 'utf8')) as Case;
      const first = input.events[0]!;
      const registry = headlineRegistry(first.registry.actors, first.registry.places);
      const events = input.events.map((e) => eventOf(e, e.id, e.day));
      const chosen = new Map(events.map((e) => [e.id, headlineOf(e, registry)]));
      // The case is only a case when the events' best headlines are the same.
      expect(new Set([...chosen.values()].map((h) => h.title)).size).toBeLessThan(events.length);
      const titles = distinctTitles(events, chosen, (e, taken) => headlineOf(e, registry, taken));
      const out = events.map((e) => ({ id: e.id, title: titles.get(e.id)!.title, rules: titles.get(e.id)!.rules }));
      expect(new Set(out.map((t) => t.title.toLowerCase())).size).toBe(events.length);
      expectFixture(c.dir, out);
    });
  }
});
