/**
 * JSON for files written back into the content folder (the permalink ledger, the changelog):
 * two-space indent and a trailing newline. Keys keep the order the build creates them in, which
 * is fixed by the code, so the same content gives the same bytes.
 */
export function prettyJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
