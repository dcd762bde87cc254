// Entry of a worker thread of the build pool (./workers.ts). Plain JavaScript because a worker
// starts outside the TypeScript loader the build may run under; it installs tsx, then loads
// the tasks. The registry arrives once, as workerData.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { runTask } = await import('./work.ts');

export default function handle(task) {
  return runTask(task, workerData);
}
