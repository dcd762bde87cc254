/** The spreadsheet export must not hand a spreadsheet a formula (OWASP CSV injection, issue 15). */
import { describe, expect, it } from 'vitest';
import { csvField } from '../../src/publish/exports.ts';

describe('csvField', () => {
  it('neutralises cells that a spreadsheet would read as a formula', () => {
    for (const cell of ['=HYPERLINK("http://x","y")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1']) {
      const out = csvField(cell);
      expect(out.replace(/^"/, '')).toMatch(/^'/);
    }
  });
  it('leaves ordinary text and numbers alone', () => {
    expect(csvField('Talks resume')).toBe('Talks resume');
    expect(csvField(-3)).toBe('-3');
    expect(csvField('2025-05-15')).toBe('2025-05-15');
  });
});
