/**
 * The only way the commands print: each line goes through terminalSafe, so text from files
 * (names, titles, file names) can neither forge a line of the report nor drive the terminal.
 */
import { terminalSafe } from '../lib/text/index.ts';

/** Print lines (a string may hold several, split on line feeds) to standard output. */
export function printOut(...lines: string[]): void {
  process.stdout.write(safeLines(lines));
}

/** Print lines to standard error. */
export function printErr(...lines: string[]): void {
  process.stderr.write(safeLines(lines));
}

function safeLines(lines: string[]): string {
  return `${lines
    .flatMap((l) => l.split('\n'))
    .map(terminalSafe)
    .join('\n')}\n`;
}
