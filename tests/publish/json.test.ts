/** The build's JSON writer: bytes depend on the data, not on the order its keys were created in. */
import { describe, expect, it } from 'vitest';
import { prettyJson } from '../../src/publish/json.ts';
import { LedgerSchema } from '../../src/publish/index.ts';

describe('prettyJson', () => {
  it('writes the same bytes whatever order keys were created in, at every depth', () => {
    const a = { title: 'T', events: { b: { z: 1, a: [3, 1, 2] }, a: { y: null, x: 'x' } } };
    const b = { events: { a: { x: 'x', y: null }, b: { a: [3, 1, 2], z: 1 } }, title: 'T' };
    expect(prettyJson(a)).toBe(prettyJson(b));
    expect(Object.keys(JSON.parse(prettyJson(a)))).toEqual(['events', 'title']);
  });

  it('keeps array order and the values themselves', () => {
    const value = { list: [{ b: 2, a: 1 }, 'z', 'a', [2, 1]], when: new Date(Date.UTC(2025, 4, 15)) };
    const text = prettyJson(value);
    expect(text.endsWith('}\n')).toBe(true);
    expect(JSON.parse(text)).toEqual({ list: [{ a: 1, b: 2 }, 'z', 'a', [2, 1]], when: '2025-05-15T00:00:00.000Z' });
  });

  it('writes a ledger that reads back valid and equal, entries copied from an old file included', () => {
    const old = { mentions: ['k.0'], state: 'active' as const, date: '2025-05-15', title: 'Old', key: 'abc123' };
    const ledger = {
      version: 1 as const,
      events: {
        '2025-05-15-abc123': {
          title: 'New',
          date: '2025-05-15',
          state: 'active' as const,
          key: 'abc123',
          mentions: ['k.0'],
        },
        '2025-05-14-abc123': { ...old, state: 'moved' as const, into: '2025-05-15-abc123' },
      },
    };
    const text = prettyJson(ledger);
    expect(LedgerSchema.parse(JSON.parse(text))).toEqual(ledger);
    const reordered = JSON.parse(
      JSON.stringify(ledger, [
        'version',
        'events',
        ...Object.keys(ledger.events),
        'title',
        'into',
        'state',
        'date',
        'key',
        'mentions',
      ]),
    );
    expect(prettyJson(reordered)).toBe(text);
  });
});
