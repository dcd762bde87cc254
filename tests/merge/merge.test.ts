import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/build/pipeline.ts';
import { dateRelation } from '../../src/merge/score.ts';
import { expectFixture, fixtureCases } from '../helpers/fixtures.ts';

describe('merge fixtures: a small corpus in content/, the events it must give', () => {
  for (const c of fixtureCases('merge')) {
    it(c.name, async () => {
      const result = await runPipeline({ root: c.dir, cacheDir: null });
      expectFixture(
        c.dir,
        result.events.map((e) => ({
          date: e.date,
          status: e.status,
          actors: e.actors,
          places: e.places,
          mentions: e.mentions.map((m) => `${m.article}#s-${m.sentence}`),
          rules: e.links.map((l) => l.rule),
          ...(e.announcedFor ? { announcedFor: e.announcedFor.start } : {}),
          ...(e.pastDue ? { pastDue: e.pastDue } : {}),
        })),
      );
    });
  }
});

describe('merge rules', () => {
  it('merges the same meeting across sources and keeps a same-day different meeting apart', async () => {
    const result = await runPipeline({
      root: path.join(import.meta.dirname, '..', 'fixtures', 'merge', 'same-day-different-events'),
    });
    const porto = result.events.filter((e) => e.places.includes('porto'));
    const coimbra = result.events.filter((e) => e.places.includes('coimbra'));
    expect(porto).toHaveLength(1);
    expect(coimbra).toHaveLength(1);
    expect(new Set(porto[0]!.mentions.map((m) => m.article))).toEqual(new Set(['daily-north', 'coastal-times']));
    expect(new Set(coimbra[0]!.mentions.map((m) => m.article))).toEqual(new Set(['daily-north', 'wire-copy']));
    expect(porto[0]!.links.length).toBeGreaterThan(0);
    expect(porto[0]!.links[0]!.sharedActors.length).toBeGreaterThan(0);
  });
  it('makes what an earlier article announced and a later one reports done one event, now happened', async () => {
    const result = await runPipeline({
      root: path.join(import.meta.dirname, '..', 'fixtures', 'merge', 'announced-then-reported'),
      cacheDir: null,
    });
    const fund = result.events.filter((e) => e.places.includes('coimbra') && e.date.start.startsWith('2024'));
    expect(fund).toHaveLength(1);
    expect(fund[0]!.status).toBe('happened');
    expect(new Set(fund[0]!.mentions.map((m) => m.article))).toEqual(new Set(['the-week-ahead', 'fund-agreed']));
  });
  it('dates an event reported as "next week", "March 18–19" and "March 18" to the range, the most telling of them', async () => {
    const result = await runPipeline({
      root: path.join(import.meta.dirname, '..', 'fixtures', 'merge', 'announced-then-reported'),
      cacheDir: null,
    });
    const summit = result.events.filter((e) => e.places.includes('braga'));
    expect(summit).toHaveLength(1);
    expect(summit[0]!.date).toEqual({ start: '2024-03-18', end: '2024-03-19', precision: 'day' });
  });
  it('joins an undated sentence to the dated event it calls by name, however long ago', async () => {
    const result = await runPipeline({
      root: path.join(import.meta.dirname, '..', 'fixtures', 'merge', 'announced-then-reported'),
      cacheDir: null,
    });
    const plan = result.events.find((e) => e.date.start === '2019-05')!;
    expect([...new Set(plan.mentions.map((m) => m.article))].sort()).toEqual(['fund-agreed', 'the-week-ahead']);
    expect(plan.links.some((l) => l.why.includes('coimbra flood agreement'))).toBe(true);
  });
  it('treats a day inside a month as compatible, and different days as not', () => {
    expect(
      dateRelation(
        { start: '2025-05', end: '2025-05', precision: 'month' },
        { start: '2025-05-15', end: '2025-05-15', precision: 'day' },
      ),
    ).toBe('contained');
    expect(
      dateRelation(
        { start: '2025-05-14', end: '2025-05-14', precision: 'day' },
        { start: '2025-05-15', end: '2025-05-15', precision: 'day' },
      ),
    ).toBe('none');
  });
});
