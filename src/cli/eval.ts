/** `timeline eval`: not yet available. */
export async function evaluate(_root: string, _args: string[]): Promise<number> {
  process.stderr.write('timeline eval: not implemented yet\n');
  return 2;
}
