/**
 * How the parse stage grows with the shape of one article (`npm run bench -- --parse-growth`):
 * many short lines in one paragraph (the Markdown parser is quadratic in them, so the body is
 * parsed in pieces), many short paragraphs, and many front-matter keys (their lines were once
 * looked up one key at a time). Each case is timed in this process at size n and k·n, the best
 * of a few runs after a warm-up: a linear step grows about k times, a quadratic one k² times.
 * The unit tests (tests/parse/safety.test.ts) check the work these inputs cause and their output,
 * never their time, so that a loaded machine cannot fail them.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** One case: its sizes, best times, growth and the growth it must stay under. */
export interface ParseGrowthResult {
  name: string;
  n: number;
  k: number;
  small_ms: number;
  large_ms: number;
  ratio: number;
  /** Between linear (k) and quadratic (k²) growth. */
  target: number;
  ok: boolean;
}

/** Best time of `repeats` runs at size n and at k·n, after one warm-up run at n. */
function timeGrowth(run: (n: number) => void, n: number, k: number, repeats: number): [number, number] {
  const best = (size: number): number => {
    let min = Number.POSITIVE_INFINITY;
    for (let i = 0; i < repeats; i++) {
      const t0 = performance.now();
      run(size);
      min = Math.min(min, performance.now() - t0);
    }
    return min;
  };
  best(n); // warm up the JIT and lazily built tables
  return [best(n), best(k * n)];
}

const linesOf = (n: number) => Array.from({ length: n }, (_, i) => `Line ${i} here.`).join('\n');
const paragraphsOf = (n: number) => Array.from({ length: n }, (_, i) => `Para ${i}.`).join('\n\n');
// Short keys, so that k·n of them stay under the front-matter cap and are really read.
const keysOf = (n: number) =>
  `---\n${Array.from({ length: n }, (_, i) => `key${i}: value`).join('\n')}\n---\nAna Lopes met Rui Costa.\n`;

/** Time the three cases with the code under `codeRoot` (the project, or its snapshot). */
export async function runParseGrowth(codeRoot: string, log: (line: string) => void): Promise<ParseGrowthResult[]> {
  const load = async <T>(file: string): Promise<T> =>
    (await import(pathToFileURL(path.join(codeRoot, 'src', file)).href)) as T;
  const { toLines } = await load<typeof import('../src/parse/lines.ts')>('parse/lines.ts');
  const { parseArticle } = await load<typeof import('../src/parse/index.ts')>('parse/index.ts');
  const { decodeArticle } = await load<typeof import('../src/read/index.ts')>('read/index.ts');
  const parseText = (text: string) => {
    const read = decodeArticle('content/articles/a.md', new TextEncoder().encode(text), new Map());
    return parseArticle(read.source!, read.file);
  };
  const cases = [
    { name: 'many short lines in one paragraph (toLines)', run: (n: number) => toLines(linesOf(n)), n: 3000, k: 5 },
    { name: 'many short paragraphs (parse)', run: (n: number) => parseText(paragraphsOf(n)), n: 1500, k: 4 },
    { name: 'many front-matter keys (parse)', run: (n: number) => parseText(keysOf(n)), n: 500, k: 8 },
  ];
  const results: ParseGrowthResult[] = [];
  for (const c of cases) {
    const [small, large] = timeGrowth(c.run, c.n, c.k, 3);
    const ratio = large / small;
    const target = (c.k + c.k * c.k) / 2;
    const r = { name: c.name, n: c.n, k: c.k, small_ms: round(small), large_ms: round(large), ratio: round(ratio) };
    results.push({ ...r, target, ok: ratio < target });
    log(
      `  parse growth: ${c.name}: ${r.small_ms} ms at ${c.n}, ${r.large_ms} ms at ${c.k * c.n}: ×${r.ratio} (linear ${c.k}, target < ${target}) ${ratio < target ? 'ok' : 'OVER'}`,
    );
  }
  return results;
}

const round = (x: number): number => Math.round(x * 100) / 100;
