/** Deterministic JSON for the exports: two-space indent, keys in insertion order, trailing newline. */
export function stableJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
