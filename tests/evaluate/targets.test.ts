/**
 * The extraction targets of issue 3, printed by `npm run eval`. Targets already met are
 * enforced as they are; the two not yet met (mention date accuracy, merge B-cubed F1) are held
 * at floors just under today's figures, so a regression fails the build while the README says
 * plainly where they stand.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { TARGETS, evaluateAll, type EvaluationReport } from '../../src/evaluate/index.ts';
import { dateMatches } from '../../src/evaluate/timeline.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
let report: EvaluationReport;
beforeAll(async () => {
  report = await evaluateAll(ROOT, 'seeds');
});

describe('seed gold timeline', () => {
  it(`event date F1 ≥ ${TARGETS.dateF1}`, () => expect(report.timeline.dateF1).toBeGreaterThanOrEqual(TARGETS.dateF1));
  it('takes nothing from page furniture', () => expect(report.timeline.noise).toBe(0));
  it('mention date accuracy does not regress (target 0.9 not yet met)', () => expect(report.timeline.mentionDateAccuracy).toBeGreaterThanOrEqual(0.69));
  it('merge B-cubed F1 does not regress (target 0.85 not yet met)', () => expect(report.timeline.mergeF1).toBeGreaterThanOrEqual(0.58));
});

describe('tricky temporal expressions', () => {
  it(`accuracy ≥ ${TARGETS.temporalAccuracy} over at least 80 cases`, () => {
    expect(report.temporal.cases).toBeGreaterThanOrEqual(80);
    expect(report.temporal.accuracy).toBeGreaterThanOrEqual(TARGETS.temporalAccuracy);
  });
});

describe('the scorer itself', () => {
  it('accepts a finer system date inside the gold unit and rejects a coarser one', () => {
    expect(dateMatches({ start: '2025-05-15', end: '2025-05-15', precision: 'day' }, { start: '2025-05', end: '2025-05' })).toBe(true);
    expect(dateMatches({ start: '2025', end: '2025', precision: 'year' }, { start: '2025-05', end: '2025-05' })).toBe(false);
    expect(dateMatches({ start: '2025-06-24', end: '2025-06-25', precision: 'day' }, { start: '2025-06-24', end: '2025-06-25' })).toBe(true);
  });
});
