/**
 * The extraction targets of issue 3, printed by `npm run eval`, enforced on the seed corpus;
 * the held-out stories (written without looking at the extractor) are held at floors just
 * under today's figures, so that a rule tuned to the seeds cannot quietly cost them.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { TARGETS, evaluateAll, evaluateTimeline, type EvaluationReport } from '../../src/evaluate/index.ts';
import { scoreTimeline } from '../../src/evaluate/timeline.ts';
import { dateMatches } from '../../src/evaluate/gold.ts';
import type { EventMention, TimelineEvent } from '../../src/types.ts';
import { mentionOf } from '../helpers/mentions.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
let report: EvaluationReport;
beforeAll(async () => {
  report = await evaluateAll(ROOT, 'seeds');
});

describe('seed gold timeline', () => {
  it(`event date F1 ≥ ${TARGETS.dateF1}`, () => expect(report.timeline.dateF1).toBeGreaterThanOrEqual(TARGETS.dateF1));
  it(`mention date accuracy ≥ ${TARGETS.mentionDateAccuracy}`, () =>
    expect(report.timeline.mentionDateAccuracy).toBeGreaterThanOrEqual(TARGETS.mentionDateAccuracy));
  it(`merge B-cubed F1 ≥ ${TARGETS.mergeF1}`, () =>
    expect(report.timeline.mergeF1).toBeGreaterThanOrEqual(TARGETS.mergeF1));
  it('takes nothing from page furniture', () => expect(report.timeline.noise).toBe(0));
});

describe('tricky temporal expressions', () => {
  it(`accuracy ≥ ${TARGETS.temporalAccuracy} over at least 80 cases`, () => {
    expect(report.temporal.cases).toBeGreaterThanOrEqual(80);
    expect(report.temporal.accuracy).toBeGreaterThanOrEqual(TARGETS.temporalAccuracy);
  });
});

// Floors, not targets: today's figures on stories nobody tuned the rules for, rounded down.
// heldout-4 is only ever run to measure, never to develop on (its errors are not read).
const FLOORS: Record<string, { mention: number; dateF1: number; mergeF1: number; noise: number }> = {
  heldout: { mention: 0.83, dateF1: 0.95, mergeF1: 0.75, noise: 0 },
  'heldout-2': { mention: 0.6, dateF1: 0.8, mergeF1: 0.63, noise: 0 },
  'heldout-3': { mention: 0.5, dateF1: 0.78, mergeF1: 0.49, noise: 0 },
  'heldout-4': { mention: 0.36, dateF1: 0.63, mergeF1: 0.51, noise: 0 },
};

describe('held-out stories do not regress', () => {
  for (const [corpus, floor] of Object.entries(FLOORS)) {
    it(`${corpus}: mention ≥ ${floor.mention}, date F1 ≥ ${floor.dateF1}, B³ F1 ≥ ${floor.mergeF1}, noise ≤ ${floor.noise}`, async () => {
      const t = await evaluateTimeline(ROOT, corpus);
      expect(t.mentionDateAccuracy).toBeGreaterThanOrEqual(floor.mention);
      expect(t.dateF1).toBeGreaterThanOrEqual(floor.dateF1);
      expect(t.mergeF1).toBeGreaterThanOrEqual(floor.mergeF1);
      expect(t.noise).toBeLessThanOrEqual(floor.noise);
    });
  }
});

describe('the scorer itself', () => {
  it('accepts a finer system date inside the gold unit and rejects a coarser one', () => {
    expect(
      dateMatches({ start: '2025-05-15', end: '2025-05-15', precision: 'day' }, { start: '2025-05', end: '2025-05' }),
    ).toBe(true);
    expect(dateMatches({ start: '2025', end: '2025', precision: 'year' }, { start: '2025-05', end: '2025-05' })).toBe(
      false,
    );
    expect(
      dateMatches(
        { start: '2025-06-24', end: '2025-06-25', precision: 'day' },
        { start: '2025-06-24', end: '2025-06-25' },
      ),
    ).toBe(true);
  });
  it('scores a gold quote against the clause that reports it, not whichever clause of the sentence is right', () => {
    const quote = 'Lopes met Costa on March 12, two days after the river burst its banks.';
    const mention = (id: string, clause: [number, number], day: string): EventMention =>
      mentionOf('a', 0, quote, { id, clause, date: { start: day, end: day, precision: 'day' }, dateText: null });
    const cut = quote.indexOf(', two days');
    const main = mention('a#s-0', [0, cut], '2024-03-12');
    const after = mention('a#s-0-1', [cut, quote.length], '2024-03-10');
    const event = (id: string, m: EventMention): TimelineEvent => ({
      id,
      date: m.date!,
      status: 'happened',
      title: id,
      summary: quote,
      actors: [],
      places: [],
      mentions: [m],
      links: [],
      disagreements: [],
    });
    const gold = {
      articles: { a: { published: '2024-03-15', furniture: [] } },
      events: [
        {
          id: 'flood',
          start: '2024-03-10',
          end: '2024-03-10',
          precision: 'day' as const,
          status: 'happened' as const,
          actors: [],
          places: [],
          mentions: [{ article: 'a', quote: 'two days after the river burst its banks' }],
        },
      ],
    };
    const article = {
      id: 'a',
      file: 'a.txt',
      sentences: [{ index: 0, text: quote, offset: 0, line: 1, column: 1, paragraph: 0, origin: 'body' as const }],
    } as never;
    expect(scoreTimeline(gold, [event('meeting', main), event('flood', after)], [article]).mentionDateAccuracy).toBe(1);
    // The same gold quote, with the clauses' dates swapped, is wrong: the scorer does not pick the lucky one.
    const swapped = [event('meeting', { ...main, date: after.date }), event('flood', { ...after, date: main.date })];
    expect(scoreTimeline(gold, swapped, [article]).mentionDateAccuracy).toBe(0);
  });
});
