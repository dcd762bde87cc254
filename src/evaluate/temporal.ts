/**
 * Scoring the date normaliser against the tricky-expression gold set
 * (tests/gold/temporal/cases.yaml): a case is right when every expected expression is found
 * with its value (and range end), no other date is invented, and the status is right.
 */
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { z } from 'zod';
import { normaliseDates, resolveDates, toDateSpan } from '../lib/dates/index.ts';
import { statusOf } from '../extract/status.ts';

const Case = z.object({
  id: z.string(),
  ref: z.string(),
  text: z.string(),
  status: z.enum(['happened', 'planned']).optional(),
  expect: z
    .array(
      z.object({
        text: z.string(),
        value: z.string(),
        end: z.string().optional(),
        precision: z.string(),
        mod: z.string().optional(),
      }),
    )
    .default([]),
});

/** One failed case, for the report. */
export interface TemporalFailure {
  /** Case id. */
  id: string;
  /** What went wrong. */
  why: string;
}

/** Accuracy over the set and the failures. */
export interface TemporalScore {
  /** Number of cases. */
  cases: number;
  /** Cases fully right. */
  correct: number;
  /** correct / cases. */
  accuracy: number;
  /** Failed cases. */
  failures: TemporalFailure[];
}

/** Load and score the temporal gold set. */
export async function scoreTemporal(file: string): Promise<TemporalScore> {
  const cases = z.array(Case).parse(parse(await readFile(file, 'utf8'), { schema: 'core' }));
  const failures: TemporalFailure[] = [];
  for (const c of cases) {
    const why = checkCase(c);
    if (why) failures.push({ id: c.id, why });
  }
  return {
    cases: cases.length,
    correct: cases.length - failures.length,
    accuracy: (cases.length - failures.length) / cases.length,
    failures,
  };
}

function checkCase(c: z.infer<typeof Case>): string | null {
  const found = normaliseDates(c.text, { date: c.ref });
  const used = new Set<number>();
  let from = 0;
  for (const e of c.expect) {
    const at = c.text.indexOf(e.text, from);
    const start = at >= 0 ? at : c.text.indexOf(e.text);
    from = start + e.text.length;
    const end = start + e.text.length;
    const i = found.findIndex((f, k) => !used.has(k) && f.start < end && start < f.end);
    if (i < 0) return `missed “${e.text}” (${e.value})`;
    used.add(i);
    const f = found[i]!;
    if (f.value !== e.value || (e.end && (f.endValue ?? f.value) !== e.end)) {
      const got = `${f.value}${f.endValue ? `..${f.endValue}` : ''}`;
      return `“${e.text}”: got ${got}, expected ${e.value}${e.end ? `..${e.end}` : ''}`;
    }
  }
  const extra = found.filter((_, k) => !used.has(k));
  if (extra.length) return `invented ${extra.map((f) => `“${f.text}”=${f.value}`).join(', ')}`;
  if (c.status) {
    const spans = resolveDates(c.text, { date: c.ref });
    const first = spans.find((s) => toDateSpan(s.resolution) !== null);
    const date = first ? toDateSpan(first.resolution) : null;
    const anchor = first ?? spans[0];
    const status = statusOf(c.text, date, c.ref, anchor ? [anchor.start, anchor.end] : undefined);
    if (status !== c.status) return `status ${status}, expected ${c.status}`;
  }
  return null;
}
