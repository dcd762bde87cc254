/**
 * `timeline dates`: the date normaliser on its own. One JSON line per temporal expression
 * ({ text, start, end, value, precision }), or, with --batch, one line per input document.
 */
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { normaliseDates } from '../lib/dates/index.ts';
import { parseIsoDay } from '../lib/dates/calendar.ts';
import { printErr, printOut } from './print.ts';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function expressions(text: string, ref: string | null): object[] {
  return normaliseDates(text, { date: ref }).map((e) => ({
    text: e.text,
    start: e.start,
    end: e.end,
    value: e.value,
    ...(e.endValue ? { endValue: e.endValue } : {}),
    precision: e.precision,
    ...(e.mod ? { mod: e.mod } : {}),
  }));
}

/** Run the dates command; returns the exit code. */
export async function dates(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { ref: { type: 'string' }, batch: { type: 'boolean', default: false } },
  });
  const ref = values.ref ?? null;
  if (ref !== null && !parseIsoDay(ref)) {
    printErr(`timeline dates: --ref must be a calendar date written YYYY-MM-DD, got "${ref}".`);
    return 2;
  }
  if (values.batch) {
    const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
    let n = 0;
    for await (const line of lines) {
      n++;
      if (line.trim() === '') continue;
      let doc: { id?: unknown; ref?: unknown; text?: unknown };
      try {
        doc = JSON.parse(line) as typeof doc;
      } catch {
        printOut(JSON.stringify({ id: null, line: n, error: 'not a JSON object' }));
        continue;
      }
      const docRef = typeof doc.ref === 'string' && parseIsoDay(doc.ref) ? doc.ref : ref;
      const text = typeof doc.text === 'string' ? doc.text : '';
      printOut(JSON.stringify({ id: doc.id ?? null, dates: expressions(text, docRef) }));
    }
    return 0;
  }
  const text = positionals[0] ? await readFile(positionals[0], 'utf8') : await readStdin();
  // JSON escapes controls; printOut also escapes bidi characters, which stays valid JSON.
  for (const e of expressions(text, ref)) printOut(JSON.stringify(e));
  return 0;
}
