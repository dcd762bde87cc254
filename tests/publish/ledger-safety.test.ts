/** Issue 15: a withdrawn id comes back with its mentions, and a ledger that breaks a rule it relies on stops the build. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EventMention } from '../../src/types.ts';
import { assignIds, emptyLedger, mentionKey } from '../../src/publish/ledger.ts';
import { loadLedger } from '../../src/build/pipeline.ts';
import { ledgerFault } from '../../src/publish/ledger-check.ts';
import { eventOf, mentionOf } from '../helpers/mentions.ts';

const mention = (article: string, sentence: number, quote: string): EventMention => mentionOf(article, sentence, quote);
const event = eventOf;
const a1 = mention('a', 1, 'Zelensky met Erdoğan in Ankara on May 15.');
const c1 = mention('c', 0, 'Putin dropped the offer last night.');

describe('returning articles', () => {
  it('an event whose mentions come back reclaims its withdrawn id, with no redirect', () => {
    const first = assignIds([event('m', [a1]), event('p', [c1])], emptyLedger());
    const [m] = first.events.map((e) => e.id);
    const gone = assignIds([event('p', [c1])], first.ledger);
    expect(gone.ledger.events[m!]!.state).toBe('withdrawn');
    const back = assignIds([event('m', [a1]), event('p', [c1])], gone.ledger);
    expect(back.events[0]!.id).toBe(m);
    expect(back.redirects).toEqual([]);
    expect(back.ledger.events[m!]!.state).toBe('active');
  });
});

function ledgerFile(text: string): string {
  const root = mkdtempSync(path.join(tmpdir(), 'timeline-ledger-'));
  mkdirSync(path.join(root, 'content'));
  writeFileSync(path.join(root, 'content', 'permalinks.json'), text);
  return root;
}
const entry = (over: object = {}) => ({
  title: 'T',
  date: '2025-05-15',
  state: 'active',
  mentions: [mentionKey(a1)],
  ...over,
});

describe('ledger invariants', () => {
  it('a duplicated id stops the build at the line of the second one', async () => {
    const text = `{\n  "version": 1,\n  "events": {\n    "2025-05-15-abcdef": ${JSON.stringify(entry())},\n    "2025-05-15-abcdef": ${JSON.stringify(entry({ mentions: [] }))}\n  }\n}\n`;
    await expect(loadLedger(ledgerFile(text), 'content')).rejects.toThrow(
      /^content\/permalinks\.json:5:\d+: .*"2025-05-15-abcdef".* twice/,
    );
  });
  it('two active ids claiming the same mention stop the build', async () => {
    const text = JSON.stringify(
      { version: 1, events: { '2025-05-15-aaaaaa': entry(), '2025-05-15-bbbbbb': entry() } },
      null,
      2,
    );
    await expect(loadLedger(ledgerFile(text), 'content')).rejects.toThrow(
      /permalinks\.json:\d+:\d+: .*2025-05-15-bbbbbb.*2025-05-15-aaaaaa/,
    );
  });
  it('an id longer than 80 characters, or not a slug, stops the build', async () => {
    const long = `2025-05-15-${'a'.repeat(300)}`;
    await expect(
      loadLedger(ledgerFile(JSON.stringify({ version: 1, events: { [long]: entry() } })), 'content'),
    ).rejects.toThrow(/more than 100/);
    await expect(
      loadLedger(ledgerFile(JSON.stringify({ version: 1, events: { 'a--b-': entry() } })), 'content'),
    ).rejects.toThrow(/permalinks\.json/);
  });
  it('a redirect to an id the ledger lacks, to itself or in a loop stops the build', async () => {
    const cases = [
      { '2025-05-15-aaaaaa': entry({ state: 'merged', into: '2025-05-15-zzzzzz' }) },
      { '2025-05-15-aaaaaa': entry({ state: 'merged', into: '2025-05-15-aaaaaa' }) },
      {
        '2025-05-15-aaaaaa': entry({ state: 'merged', into: '2025-05-15-bbbbbb' }),
        '2025-05-15-bbbbbb': entry({ state: 'moved', into: '2025-05-15-aaaaaa', mentions: [] }),
      },
      { '2025-05-15-aaaaaa': entry({ state: 'merged' }) },
      { '2025-05-15-aaaaaa': entry({ state: 'active', into: '2025-05-15-aaaaaa' }) },
    ];
    for (const events of cases)
      await expect(
        loadLedger(ledgerFile(JSON.stringify({ version: 1, events })), 'content'),
        JSON.stringify(events),
      ).rejects.toThrow(/permalinks\.json:\d+:\d+: /);
  });
  it('accepts the ledger the build itself writes', async () => {
    const first = assignIds([event('m', [a1]), event('p', [c1])], emptyLedger());
    const gone = assignIds([event('p', [c1])], first.ledger);
    await expect(loadLedger(ledgerFile(JSON.stringify(gone.ledger, null, 2)), 'content')).resolves.toEqual(gone.ledger);
  });
});

describe('the ledger the build writes', () => {
  it('keeps its own rules when two events quote the same words (a wire copy dated differently)', () => {
    const copy = {
      ...mention('b', 4, a1.quote),
      date: { start: '2025-05-16', end: '2025-05-16', precision: 'day' as const },
    };
    const other = { ...event('n', [copy]), date: copy.date };
    const { ledger } = assignIds([event('m', [a1]), other], emptyLedger());
    expect(ledgerFault(ledger, JSON.stringify(ledger))).toBeNull();
  });
});
