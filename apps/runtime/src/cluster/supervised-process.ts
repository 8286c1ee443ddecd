// One long-lived child of the cluster (the Temporal server, the API, a worker): started and
// waited for until it is ready, restarted when it dies on its own (with a growing pause if it
// keeps dying), and stopped on request with SIGTERM, then SIGKILL if it does not go.
import { spawn, type ChildProcess } from 'node:child_process';

export interface SupervisedOptions {
  /** How the logs name it: `api`, `worker-1`, `temporal`. */
  name: string;
  command: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Ready when this resolves true; polled every 250 ms against the output so far. */
  ready: (output: string) => boolean | Promise<boolean>;
  /** How long it may take to be ready. */
  readyTimeoutMs?: number;
  /** How long SIGTERM has before SIGKILL. */
  stopTimeoutMs?: number;
  /** Each line the child writes. */
  onLine?: (name: string, line: string) => void;
  /** Supervision events: started (with the pid), exited, restarting. */
  onEvent?: (name: string, event: string) => void;
}

export interface Supervised {
  readonly name: string;
  /** The pid of the running child (undefined between a death and its restart). */
  pid(): number | undefined;
  /** How many times it was restarted after dying on its own. */
  restarts(): number;
  /** Resolves when the current child is ready (after a restart: the new one). */
  ready(): Promise<void>;
  /** No restart from now on (stop() follows; a cluster retires all its parts first). */
  retire(): void;
  /** Stops it for good. */
  stop(): Promise<void>;
  /** Stops it and starts it again (a deliberate restart, not counted in restarts()). */
  restart(): Promise<void>;
}

/** Starts the child and resolves once it is ready; rejects if it never gets there. */
export async function supervise(options: SupervisedOptions): Promise<Supervised> {
  let child: ChildProcess | undefined;
  let exited: Promise<void> = Promise.resolve();
  let readiness: Promise<void> = Promise.resolve();
  let stopping = false;
  let restarts = 0;
  let quickDeaths = 0;
  /** Children the supervisor itself ended: no restart follows their exit. */
  const deliberate = new WeakSet<ChildProcess>();
  const event = (text: string) => options.onEvent?.(options.name, text);

  const launch = (): Promise<void> => {
    const started = Date.now();
    const current = spawn(options.command, options.args, {
      cwd: options.cwd,
      env: options.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = current;
    // Never outlive the supervisor, however it ends.
    const orphanGuard = () => current.kill('SIGKILL');
    process.once('exit', orphanGuard);
    let output = '';
    let pending = '';
    const collect = (chunk: Buffer) => {
      const text = chunk.toString();
      output = (output + text).slice(-20_000);
      pending += text;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) if (line.trim()) options.onLine?.(options.name, line);
    };
    current.stdout?.on('data', collect);
    current.stderr?.on('data', collect);
    exited = new Promise<void>((resolve) =>
      current.once('exit', (code, signal) => {
        process.off('exit', orphanGuard);
        if (child === current) child = undefined;
        resolve();
        if (stopping || deliberate.has(current)) return;
        event(`exited (${signal ?? `code ${code}`}); restarting`);
        quickDeaths = Date.now() - started < 10_000 ? quickDeaths + 1 : 0;
        restarts += 1;
        const pause = Math.min(30_000, 500 * 2 ** Math.min(quickDeaths, 6));
        setTimeout(() => {
          if (stopping) return;
          readiness = launch();
          readiness.catch((error: unknown) => event(`restart failed: ${String(error)}`));
        }, pause);
      }),
    );
    event(`started (pid ${current.pid})`);
    return waitReady(current, () => output);
  };

  const waitReady = async (current: ChildProcess, output: () => string): Promise<void> => {
    const deadline = Date.now() + (options.readyTimeoutMs ?? 120_000);
    for (;;) {
      if (current.exitCode !== null || current.signalCode !== null) {
        throw new Error(`${options.name} exited before it was ready:\n${output()}`);
      }
      if (await options.ready(output())) {
        event('ready');
        return;
      }
      if (Date.now() > deadline) {
        throw new Error(`${options.name} was not ready in time:\n${output()}`);
      }
      await new Promise((r) => setTimeout(r, 250));
    }
  };

  const terminate = async () => {
    const current = child;
    if (!current) return;
    deliberate.add(current);
    current.kill('SIGTERM');
    const timer = setTimeout(() => current.kill('SIGKILL'), options.stopTimeoutMs ?? 20_000);
    await exited;
    clearTimeout(timer);
  };

  readiness = launch();
  await readiness;
  return {
    name: options.name,
    pid: () => child?.pid,
    restarts: () => restarts,
    ready: () => readiness,
    retire() {
      stopping = true;
    },
    async stop() {
      stopping = true;
      await terminate();
    },
    async restart() {
      await terminate();
      readiness = launch();
      await readiness;
    },
  };
}
