// Temporal's dev server (`temporal server start-dev`) as a child process: what `npm start` runs,
// and what the tests that restart or tune the server use. It registers the journey search
// attributes, persists to a SQLite file when given one, and is ready once its port accepts
// connections.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, connect } from 'node:net';
import { Connection } from '@temporalio/client';
import { searchAttributeDeclarations } from '../workflows/search-attributes';

export interface DevServerOptions {
  /** The Temporal CLI (scripts/temporal-cli.mjs finds or builds it). */
  cli: string;
  /** Persist here; in memory when absent. */
  dbFile?: string;
  port?: number;
  /** Web UI port; no UI when null. */
  uiPort?: number | null;
  /** The remote codec the Web UI decodes payloads through (`--ui-codec-endpoint`). */
  uiCodecEndpoint?: string;
  /** `--dynamic-config-value` pairs, e.g. { 'limit.historyCount.suggestContinueAsNew': 40 }. */
  dynamicConfig?: Record<string, string | number | boolean>;
  /** Where the server's log lines go (default: dropped). */
  log?: (line: string) => void;
}

export interface DevServer {
  address: string;
  port: number;
  uiUrl: string | null;
  process: ChildProcess;
  /** Stops the server (SIGTERM, then SIGKILL after 10 s). */
  stop(): Promise<void>;
}

/** A free TCP port on 127.0.0.1. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** True once the server answers for the default namespace (it listens a little before that). */
async function namespaceReady(address: string): Promise<boolean> {
  let connection: Connection | undefined;
  try {
    connection = await Connection.connect({ address, connectTimeout: 2000 });
    await connection.workflowService.describeNamespace({ namespace: 'default' });
    return true;
  } catch {
    return false;
  } finally {
    await connection?.close();
  }
}

/**
 * Starts the dev server and waits until it accepts connections (at most 60 s).
 * @example const server = await startDevServer({ cli, dbFile: '.data/temporal.sqlite', port: 7233, uiPort: 8233 });
 */
export async function startDevServer(options: DevServerOptions): Promise<DevServer> {
  const port = options.port ?? (await freePort());
  const uiPort = options.uiPort === undefined ? null : options.uiPort;
  const args = [
    'server',
    'start-dev',
    '--ip',
    '127.0.0.1',
    '--port',
    String(port),
    '--log-level',
    'warn',
  ];
  if (uiPort === null) args.push('--headless');
  else args.push('--ui-port', String(uiPort));
  if (uiPort !== null && options.uiCodecEndpoint)
    args.push('--ui-codec-endpoint', options.uiCodecEndpoint);
  if (options.dbFile) args.push('--db-filename', options.dbFile);
  for (const declaration of searchAttributeDeclarations)
    args.push('--search-attribute', declaration);
  for (const [key, value] of Object.entries(options.dynamicConfig ?? {})) {
    args.push('--dynamic-config-value', `${key}=${JSON.stringify(value)}`);
  }
  const child = spawn(options.cli, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  // Never outlive the process that started it, however that process ends.
  const orphanGuard = () => child.kill('SIGKILL');
  process.once('exit', orphanGuard);
  child.once('exit', () => process.off('exit', orphanGuard));
  const log = options.log ?? (() => {});
  let output = '';
  const collect = (chunk: Buffer) => {
    const text = chunk.toString();
    output = (output + text).slice(-4000);
    for (const line of text.split('\n')) if (line.trim()) log(line);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );

  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) {
      throw new Error(`temporal server start-dev exited with ${child.exitCode}:\n${output}`);
    }
    if ((await accepts(port)) && (await namespaceReady(`127.0.0.1:${port}`))) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(
        `temporal server start-dev did not listen on ${port} within 60 s:\n${output}`,
      );
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    address: `127.0.0.1:${port}`,
    port,
    uiUrl: uiPort === null ? null : `http://127.0.0.1:${uiPort}`,
    process: child,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
