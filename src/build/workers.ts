/**
 * Parse and extract on worker threads. Both are pure maps over articles, so a pool of threads
 * (piscina) runs them side by side with the main thread, all taking the next article from one
 * queue; results come back in input order, so the build is the same whichever thread did the
 * work. The main thread works too because it already holds the code: loading the parse and
 * extraction modules into a thread costs 1–5 s of CPU. Small batches stay on the main thread.
 */
import os from 'node:os';
import { Piscina } from 'piscina';
import type { Article, SourceFile } from '../types.ts';
import type { Extraction } from '../extract/index.ts';
import { type NameLists, type ParseOutput, type Task, extractContext, extractTask, parseTask } from './work.ts';

/**
 * Below this many uncached articles the main thread works alone: loading the code into a thread
 * costs about as much CPU as parsing 250 articles (measured in bench/), which only pays when a
 * core would otherwise stand idle.
 */
export const MIN_BATCH_FOR_THREADS = 200;

/** Runs parse and extract tasks, inline or on threads. */
export interface Runner {
  parse(sources: SourceFile[]): Promise<ParseOutput[]>;
  extract(articles: Article[]): Promise<Extraction[]>;
  /** Threads in use (0: main thread only). */
  readonly threads: number;
  close(): Promise<void>;
}

/** Worker threads for `work` uncached articles when the caller did not say: one per core besides the main thread. */
export function defaultThreads(work: number): number {
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  return work >= MIN_BATCH_FOR_THREADS ? cores - 1 : 0;
}

// Articles each thread holds queued, so it never waits for the main thread to hand it the next.
const IN_FLIGHT = 3;

/**
 * Map items on the main thread and on the pool at once, each taking the next item when done.
 * The main thread yields between items so that finished pool tasks are collected and new ones sent.
 */
async function mapShared<I, O>(
  items: I[],
  here: ((item: I) => O) | null,
  there: (item: I) => Promise<O>,
  remote: number,
): Promise<O[]> {
  const out = new Array<O>(items.length);
  let next = 0;
  const pump = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      out[i] = await there(items[i]!);
    }
  };
  const local = async (): Promise<void> => {
    while (here && next < items.length) {
      const i = next++;
      out[i] = here(items[i]!);
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  await Promise.all([local(), ...Array.from({ length: remote * IN_FLIGHT }, pump)]);
  return out;
}

function inline(names: NameLists): Runner {
  let ctx: ReturnType<typeof extractContext> | null = null;
  return {
    threads: 0,
    parse: async (sources) => sources.map(parseTask),
    extract: async (articles) => {
      ctx ??= extractContext(names);
      return articles.map((a) => extractTask(a, ctx!));
    },
    close: async () => {},
  };
}

/**
 * A runner with `threads` worker threads beside the main thread, or the main thread alone when
 * threads is 0; `mainThread: false` leaves all the work to the threads.
 */
export function createRunner(names: NameLists, threads: number, mainThread = true): Runner {
  if (threads <= 0) return inline(names);
  const pool = new Piscina({
    filename: new URL('./worker.mjs', import.meta.url).href,
    workerData: names,
    minThreads: threads,
    maxThreads: threads,
    concurrentTasksPerWorker: IN_FLIGHT,
  });
  const run = <T>(task: Task): Promise<T> => pool.run(task) as Promise<T>;
  let ctx: ReturnType<typeof extractContext> | null = null;
  return {
    threads,
    parse: (sources) => {
      const there = (source: SourceFile) => run<ParseOutput>({ kind: 'parse', source });
      return mapShared(sources, mainThread ? parseTask : null, there, threads);
    },
    extract: (articles) => {
      ctx ??= extractContext(names);
      const here = mainThread ? (a: Article) => extractTask(a, ctx!) : null;
      return mapShared(articles, here, (article) => run<Extraction>({ kind: 'extract', article }), threads);
    },
    close: () => pool.destroy(),
  };
}
