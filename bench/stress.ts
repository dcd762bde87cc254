/**
 * Stress cases that are benchmarks rather than tests: one very large article through the
 * pipeline, in its own process, timed and with its peak memory (`npm run bench -- --stress`).
 * The test suite keeps a 1 MB version of the same shape (tests/hostile/size.test.ts).
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { runChild } from './measure.ts';

/** What one stress case measured. */
export interface StressResult {
  name: string;
  bytes: number;
  pipeline_s: number;
  process_s: number;
  peak_rss_mb: number;
  mentions: number;
  problems: number;
}

// Paragraphs of six dated sentences, each naming the one registry actor.
function bigArticle(paragraphs: number): string {
  const para = (i: number) =>
    `Ana Lopes met delegation ${i} in Porto on March ${1 + (i % 28)}, 2024, to discuss relief. `;
  return `---\ndate: 2024-03-30\n---\n${Array.from({ length: paragraphs }, (_, i) => para(i) + (i % 6 === 5 ? '\n\n' : '')).join('')}`;
}

async function stressCorpus(dir: string, name: string, text: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(path.join(dir, 'content', 'articles'), { recursive: true });
  await writeFile(
    path.join(dir, 'content', 'actors.yaml'),
    '- { id: ana-lopes, name: Ana Lopes, aliases: [Ana Lopes] }\n',
  );
  await writeFile(path.join(dir, 'content', 'articles', name), text);
}

/** Run the stress cases from `codeRoot`, with corpora under `corpusRoot`. */
export async function runStress(
  codeRoot: string,
  corpusRoot: string,
  log: (line: string) => void,
): Promise<StressResult[]> {
  const cases = [
    { name: '10 MB article', file: 'big.txt', text: bigArticle(135_000) },
    {
      name: 'one line of 2 million characters',
      file: 'line.txt',
      text: `Ana Lopes met them on March 3, 2024 ${'and talked '.repeat(182_000)}.`,
    },
  ];
  const results: StressResult[] = [];
  for (const c of cases) {
    const dir = path.join(corpusRoot, 'stress');
    await stressCorpus(dir, c.file, c.text);
    const m = await runChild(codeRoot, ['--mode', 'pipeline', '--corpus', dir, '--cache', 'none']);
    const peak = Math.max(m.tree_rss_mb, m.time_rss_mb ?? 0, m.max_rss_mb);
    results.push({
      name: c.name,
      bytes: c.text.length,
      pipeline_s: m.pipeline_s,
      process_s: m.process_s,
      peak_rss_mb: peak,
      mentions: m.mentions,
      problems: m.problems,
    });
    log(
      `  stress: ${c.name}: pipeline ${m.pipeline_s.toFixed(1)} s, peak RSS ${peak.toFixed(0)} MB, ${m.mentions} mentions, ${m.problems} problems`,
    );
    await rm(dir, { recursive: true, force: true });
  }
  return results;
}
