/**
 * How near an event is to the day an undated mention was published (src/merge/windows.ts):
 * the edges of "near" (ten days before, 45 after) and "far" (over a year before) are whole
 * calendar days, whatever the clock does in between (a daylight-saving change).
 */
import { describe, expect, it } from 'vitest';
import { nearness } from '../../src/merge/windows.ts';
import type { DateSpan } from '../../src/types.ts';

const day = (d: string): DateSpan => ({ start: d, end: d, precision: 'day' });

describe('nearness of an event to a publication day', () => {
  it('is near from ten days before to 45 days after, and no further', () => {
    expect(nearness(day('2025-05-05'), '2025-05-15')).toBe(1);
    expect(nearness(day('2025-05-04'), '2025-05-15')).toBe(0);
    expect(nearness(day('2025-06-29'), '2025-05-15')).toBe(1);
    expect(nearness(day('2025-06-30'), '2025-05-15')).toBe(0);
  });

  it('is far only more than a year before', () => {
    expect(nearness(day('2024-05-15'), '2025-05-15')).toBe(0);
    expect(nearness(day('2024-05-14'), '2025-05-15')).toBe(-1);
  });

  it('counts calendar days across a daylight-saving change', () => {
    expect(nearness(day('2025-03-21'), '2025-03-31')).toBe(1);
    expect(nearness(day('2025-10-17'), '2025-10-28')).toBe(0);
  });

  it('reads a month by its days: near while any of it is near', () => {
    expect(nearness({ start: '2025-05', end: '2025-05', precision: 'month' }, '2025-06-01')).toBe(1);
    expect(nearness({ start: '2025-04', end: '2025-04', precision: 'month' }, '2025-06-01')).toBe(0);
    expect(nearness({ start: '2023', end: '2023', precision: 'year' }, '2025-06-01')).toBe(-1);
  });

  it('knows nothing without a publication day or a year', () => {
    expect(nearness(day('2025-05-15'), null)).toBe(0);
    expect(nearness(day('XXXX-05-15'), '2025-05-15')).toBe(0);
  });
});
