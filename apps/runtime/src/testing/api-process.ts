// The API server (server.ts) in a child process of its own, API only (no worker), against the
// test's Postgres and Temporal: tests SIGKILL it the way a crash or an OOM kill would.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../temporal/dev-server';
import type { ConfiguredPayloadKeys } from '../temporal/payload-keys';

const serverMain = fileURLToPath(new URL('../server.ts', import.meta.url));

export interface ApiProcess {
  base: string;
  /** SIGKILL: no shutdown, nothing flushed, as a crash. */
  kill(): Promise<void>;
}

export async function spawnApiProcess(options: {
  databaseUrl: string;
  address: string;
  taskQueue: string;
  payloadKeys: Required<ConfiguredPayloadKeys>;
}): Promise<ApiProcess> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'tandem-api-process-'));
  const child = spawn(process.execPath, ['--import', 'tsx', serverMain], {
    env: {
      ...process.env,
      DATABASE_URL: options.databaseUrl,
      TEMPORAL_ADDRESS: options.address,
      TANDEM_TASK_QUEUE: options.taskQueue,
      TANDEM_WORKER: 'off',
      TANDEM_DATA_DIR: dataDir,
      TANDEM_PAYLOAD_KEYS: JSON.stringify(options.payloadKeys.keys),
      TANDEM_PAYLOAD_KEY_ID: options.payloadKeys.activeKeyId,
      PORT: String(port),
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`the API did not start within 120 s:\n${output}`)),
      120_000,
    );
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Tandem API')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the API exited with ${code} before it listened:\n${output}`));
    });
  });
  return {
    base: `http://127.0.0.1:${port}`,
    async kill() {
      child.kill('SIGKILL');
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
