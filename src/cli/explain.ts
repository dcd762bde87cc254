/** `timeline explain`: not yet available. */
export async function explain(_root: string, _args: string[]): Promise<number> {
  process.stderr.write('timeline explain: not implemented yet\n');
  return 2;
}
