// A journey worker in a child process (worker-main.ts): tests SIGKILL it mid-journey as a crash
// or a deploy would, benchmarks read its memory.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { ConfiguredPayloadKeys } from './payload-keys';
import { workerProcessCommand } from './worker-process-command';

export interface WorkerProcess {
  child: ChildProcess;
  /** Resident memory of the process now, in bytes (Linux /proc). */
  rss(): number;
  /** Kills it with SIGKILL: no shutdown, no goodbye, as a crash. */
  kill(): Promise<void>;
}

export async function spawnWorkerProcess(options: {
  databaseUrl: string;
  address: string;
  taskQueue: string;
  bundlePath: string;
  /** The keys of the client that starts the journeys (TANDEM_PAYLOAD_KEYS of the process). */
  payloadKeys: Required<ConfiguredPayloadKeys>;
  /** TANDEM_WORKER_CACHE_SIZE of the process; the worker's default when absent. */
  cacheSize?: number;
  /** More environment (TANDEM_CONFIG: a worker loading other node packages). */
  env?: Record<string, string>;
}): Promise<WorkerProcess> {
  // Started as every worker process is (cluster mode, deploys): what the benches measure is that.
  const { command, args, env } = workerProcessCommand({
    ...process.env,
    DATABASE_URL: options.databaseUrl,
    TEMPORAL_ADDRESS: options.address,
    TANDEM_TASK_QUEUE: options.taskQueue,
    TANDEM_WORKFLOW_BUNDLE: options.bundlePath,
    TANDEM_PAYLOAD_KEYS: JSON.stringify(options.payloadKeys.keys),
    TANDEM_PAYLOAD_KEY_ID: options.payloadKeys.activeKeyId,
    LOG_LEVEL: 'warn',
    ...(options.cacheSize === undefined
      ? {}
      : { TANDEM_WORKER_CACHE_SIZE: String(options.cacheSize) }),
    ...options.env,
  });
  const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`worker did not start within 60 s:\n${output}`)),
      60_000,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('worker ready')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`worker exited with ${code} before it was ready:\n${output}`));
    });
  });
  return {
    child,
    rss() {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      const kib = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
      return Number(kib ?? Number.NaN) * 1024;
    },
    async kill() {
      child.kill('SIGKILL');
      await exited;
    },
  };
}
