/** `timeline add`: not yet available. */
export async function add(_root: string, _args: string[]): Promise<number> {
  process.stderr.write('timeline add: not implemented yet\n');
  return 2;
}
