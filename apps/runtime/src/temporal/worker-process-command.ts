// How a journey worker process (worker-main.ts) is started: cluster mode and spawnWorkerProcess
// both start it this way, and docs/operations.md gives the same command for other deploys.
//
// Two settings make it hold less (idle 35–76 MiB less, loaded mostly less; they do not cut the
// growth over idle: docs/benchmarks.md, "Worker memory with 20,000 asleep"):
// - MALLOC_ARENA_MAX=2: Temporal's Rust core allocates with glibc malloc from many threads (tokio
//   workers, Node's thread pool), and glibc gives each thread an arena of its own (up to 8 per
//   core), each keeping its high-water mark resident. Two arenas hold the same live data.
// - --max-semi-space-size=8: V8's young generation grows to 16 MiB a semi-space in each isolate
//   (the main thread and the workflow thread) under the allocation of thousands of workflow tasks,
//   and stays that size once the work is done. 2 MiB held less still but grew more, as short-lived
//   objects reached the old space before they died. A smaller cap costs more scavenges, which
//   part 1 of the durable bench measures.
import { fileURLToPath } from 'node:url';

const workerMain = fileURLToPath(new URL('../worker-main.ts', import.meta.url));

/** V8 flags of a worker process (Node 20's default semi-space is 16 MiB). */
export const workerNodeFlags: readonly string[] = ['--max-semi-space-size=8'];

/** Environment a worker process starts with unless the operator's environment sets it. */
export const workerEnvDefaults: Readonly<Record<string, string>> = { MALLOC_ARENA_MAX: '2' };

export interface WorkerProcessCommand {
  command: string;
  args: string[];
  env: NodeJS.ProcessEnv;
}

/**
 * The command that starts worker-main.ts with the worker defaults; `env` (the operator's and the
 * caller's settings) overrides a default it names. The flags go first in NODE_OPTIONS, so that a
 * flag the operator's NODE_OPTIONS repeats wins (V8 takes the last value).
 * @example const { command, args, env } = workerProcessCommand(process.env); spawn(command, args, { env });
 */
export function workerProcessCommand(
  env: NodeJS.ProcessEnv,
  script: string = workerMain,
): WorkerProcessCommand {
  const nodeOptions = [...workerNodeFlags, env.NODE_OPTIONS ?? ''].join(' ').trim();
  return {
    command: process.execPath,
    args: ['--import', 'tsx', script],
    env: { ...workerEnvDefaults, ...env, NODE_OPTIONS: nodeOptions },
  };
}
