/**
 * Running bench/child.ts in its own process and measuring it from outside: wall time, the
 * peak RSS GNU time reports (the largest single process of the build), and the peak RSS of
 * the whole process tree (node plus the Pagefind binary), sampled from /proc.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { ChildReport } from './child.ts';

/** A child's own report plus what was measured from outside. */
export interface Measured extends ChildReport {
  /** Wall seconds of the whole child process, startup included. */
  process_s: number;
  /** GNU time's "Maximum resident set size" (largest single process), MB; null without /usr/bin/time. */
  time_rss_mb: number | null;
  /** Peak of the summed RSS of the child's process tree, sampled every 200 ms, MB. */
  tree_rss_mb: number;
}

const TIME = '/usr/bin/time';
const PAGE_KB = 4;

/** Summed RSS (kB) of a process and all its descendants, read from /proc (children lists, statm). */
export async function treeRssKb(root: number): Promise<number> {
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    try {
      const statm = await readFile(`/proc/${pid}/statm`, 'utf8');
      total += Number(statm.split(' ')[1]) * PAGE_KB;
      for (const tid of await readdir(`/proc/${pid}/task`)) {
        const children = await readFile(`/proc/${pid}/task/${tid}/children`, 'utf8').catch(() => '');
        for (const c of children.split(' ')) if (c.trim()) stack.push(Number(c));
      }
    } catch {
      // The process ended while we looked.
    }
  }
  return total;
}

/** Run bench/child.ts with the given arguments from a project root (or a snapshot of it); reject on failure. */
export async function runChild(projectRoot: string, args: string[], extraNodeArgs: string[] = []): Promise<Measured> {
  const reportFile = path.join(os.tmpdir(), `bench-report-${process.pid}-${Date.now()}.json`);
  const node = [
    process.execPath,
    ...extraNodeArgs,
    '--import',
    'tsx',
    path.join('bench', 'child.ts'),
    ...args,
    '--report',
    reportFile,
  ];
  const useTime = existsSync(TIME);
  const [command, ...rest] = useTime ? [TIME, '-v', ...node] : node;
  const started = performance.now();
  const child = spawn(command!, rest, { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  let stdout = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    if (stderr.length > 1_000_000) stderr = stderr.slice(-500_000);
  });
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    if (stdout.length > 100_000) stdout = stdout.slice(-50_000);
  });
  let peakKb = 0;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      if (child.pid !== undefined) peakKb = Math.max(peakKb, await treeRssKb(child.pid));
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  })();
  const code: number = await new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (c) => resolve(c ?? 1));
  });
  sampling = false;
  await sampler;
  const process_s = (performance.now() - started) / 1000;
  if (code !== 0) {
    throw new Error(
      `bench child failed (exit ${code}): ${args.join(' ')}\n${stdout.slice(-2000)}\n${stderr.slice(-4000)}`,
    );
  }
  const report = JSON.parse(await readFile(reportFile, 'utf8')) as ChildReport;
  await rm(reportFile, { force: true });
  const timeKb = /Maximum resident set size \(kbytes\):\s*(\d+)/.exec(stderr);
  return {
    ...report,
    process_s,
    time_rss_mb: timeKb ? Number(timeKb[1]) / 1024 : null,
    tree_rss_mb: peakKb / 1024,
  };
}
