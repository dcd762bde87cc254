/**
 * The one JSON writer for files a build writes: the permalink ledger, the changelog and the API
 * exports. Two-space indent, a trailing newline, and every object's keys sorted (arrays keep
 * their order), so that the bytes depend on the data only, never on the order code or an old
 * ledger file happened to create keys in: an entry copied from the previous ledger (`{ ...entry,
 * state }`) keeps that file's key order, a hand-edited ledger would otherwise change the next one.
 * The cost is reading order: a ledger entry reads `date, into, key, mentions, score, state, title`
 * rather than title first; consumers look keys up, none depends on their order.
 * Keys that are array indices ("2014") come first in numeric order, as JavaScript orders them.
 */
export function prettyJson(value: unknown): string {
  return `${JSON.stringify(value, sortKeys, 2)}\n`;
}

/** JSON.stringify replacer: a plain object's copy with its keys in code-unit order. */
function sortKeys(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries);
}
