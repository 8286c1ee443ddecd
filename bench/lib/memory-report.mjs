// Preloaded into a worker process by the durable bench (NODE_OPTIONS="--expose-gc --import …"):
// on SIGWINCH it writes where the process's memory is to BENCH_MEMORY_REPORT, before and after a
// full garbage collection of every isolate, so the bench can tell V8's heaps (live or garbage)
// from memory outside them (Temporal's Rust core, buffers, the allocator).
//
// Not SIGUSR2: Temporal's Runtime shuts its workers down on SIGUSR2 (its default
// `shutdownSignals` are SIGINT, SIGTERM, SIGQUIT and SIGUSR2, for nodemon), which is why this
// report once "hung" the bench: the worker stopped polling and no enrollment ever fell asleep. Not
// SIGUSR1 either (Node opens its inspector on it). SIGWINCH is ignored by default, so a process
// without this preload is not harmed by it.
//
// The workflows run in a worker thread (Temporal's workflow thread pool, one thread with
// `reuseV8Context`), an isolate of its own that `process.memoryUsage()` of the main thread does not
// count and that a preload does not reach (Node runs `--import` in the main thread only). Its heap
// is read through the inspector's NodeWorker domain: Runtime.evaluate in the thread and
// HeapProfiler.collectGarbage for its full GC.
import { readFileSync, writeFileSync } from 'node:fs';
import inspector from 'node:inspector';
import v8 from 'node:v8';

const file = process.env.BENCH_MEMORY_REPORT;

/** glibc's per-thread malloc arenas are mapped as 64 MiB, 64 MiB-aligned regions (HEAP_MAX_SIZE). */
const ARENA_BYTES = 64 * 1024 ** 2;

/**
 * Resident memory by kind of mapping, from /proc/self/smaps: the main malloc arena ([heap]),
 * glibc's thread arenas (an anonymous 64 MiB region, its used part then its reserved rest), other
 * anonymous memory (V8's heap pages, thread stacks, mmapped large allocations) and file-backed
 * pages (the node binary, the core bridge's .node library).
 */
function residentByMapping() {
  const totals = { brkHeap: 0, mallocArenas: 0, otherAnonymous: 0, fileBacked: 0 };
  const maps = [];
  let current;
  for (const line of readFileSync('/proc/self/smaps', 'utf8').split('\n')) {
    const header = /^([0-9a-f]+)-([0-9a-f]+) (\S+) \S+ \S+ (\d+)\s*(.*)$/.exec(line);
    if (header) {
      current = {
        start: Number.parseInt(header[1], 16),
        end: Number.parseInt(header[2], 16),
        perms: header[3],
        inode: header[4],
        name: header[5],
        rss: 0,
      };
      maps.push(current);
      continue;
    }
    const rss = /^Rss:\s+(\d+) kB/.exec(line);
    if (rss && current) current.rss = Number(rss[1]) * 1024;
  }
  for (let i = 0; i < maps.length; i++) {
    const map = maps[i];
    if (map.name === '[heap]') totals.brkHeap += map.rss;
    else if (map.inode !== '0') totals.fileBacked += map.rss;
    else if (isArena(map, maps[i + 1])) totals.mallocArenas += map.rss;
    else totals.otherAnonymous += map.rss;
  }
  return totals;
}

function isArena(map, next) {
  if (map.name !== '' || map.start % ARENA_BYTES !== 0) return false;
  const size = map.end - map.start;
  if (size === ARENA_BYTES) return true;
  return next !== undefined && next.start === map.end && next.perms === '---p'
    ? next.end - map.start === ARENA_BYTES
    : false;
}

function threadCount() {
  return Number(/Threads:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? NaN);
}

/** A main-thread inspector session attached to every worker thread of the process. */
async function attachToWorkers() {
  const session = new inspector.Session();
  session.connect();
  const post = (method, params = {}) =>
    new Promise((resolve, reject) =>
      session.post(method, params, (error, result) => (error ? reject(error) : resolve(result))),
    );
  const workers = [];
  const pending = new Map();
  let nextId = 0;
  session.on('NodeWorker.attachedToWorker', ({ params }) => workers.push(params));
  session.on('NodeWorker.receivedMessageFromWorker', ({ params }) => {
    const message = JSON.parse(params.message);
    pending.get(message.id)?.(message);
    pending.delete(message.id);
  });
  await post('NodeWorker.enable', { waitForDebuggerOnStart: false });
  // attachedToWorker events for the threads already running arrive right after enable.
  await new Promise((resolve) => setTimeout(resolve, 200));
  const send = (sessionId, method, params = {}) =>
    new Promise((resolve, reject) => {
      const id = ++nextId;
      const timer = setTimeout(() => reject(new Error(`${method}: no answer in 30 s`)), 30_000);
      pending.set(id, (message) => {
        clearTimeout(timer);
        if (message.error) reject(new Error(`${method}: ${JSON.stringify(message.error)}`));
        else resolve(message.result);
      });
      void post('NodeWorker.sendMessageToWorker', {
        sessionId,
        message: JSON.stringify({ id, method, params }),
      });
    });
  return {
    async memory() {
      const threads = [];
      for (const { sessionId, workerInfo } of workers) {
        const evaluated = await send(sessionId, 'Runtime.evaluate', {
          expression:
            'JSON.stringify({ ...process.memoryUsage(), spaces: Object.fromEntries(' +
            "process.getBuiltinModule('v8').getHeapSpaceStatistics()" +
            '.map((s) => [s.space_name, s.space_used_size])), committed: Object.fromEntries(' +
            "process.getBuiltinModule('v8').getHeapSpaceStatistics()" +
            '.map((s) => [s.space_name, s.physical_space_size])) })',
          returnByValue: true,
        });
        const usage = JSON.parse(evaluated.result.value);
        threads.push({ title: workerInfo.title, ...usage });
      }
      return threads;
    },
    async collectGarbage() {
      for (const { sessionId } of workers) await send(sessionId, 'HeapProfiler.collectGarbage');
    },
    close: () => session.disconnect(),
  };
}

async function snapshot(workers) {
  const usage = process.memoryUsage();
  const statistics = v8.getHeapSpaceStatistics();
  const spaces = Object.fromEntries(statistics.map((s) => [s.space_name, s.space_used_size]));
  const committed = Object.fromEntries(
    statistics.map((s) => [s.space_name, s.physical_space_size]),
  );
  return {
    ...usage,
    spaces,
    committed,
    threads: threadCount(),
    mappings: residentByMapping(),
    workerThreads: await workers.memory(),
  };
}

async function report() {
  const workers = await attachToWorkers();
  try {
    const before = await snapshot(workers);
    globalThis.gc?.();
    await workers.collectGarbage();
    const after = await snapshot(workers);
    writeFileSync(file, JSON.stringify({ before, after }));
  } catch (error) {
    writeFileSync(file, JSON.stringify({ error: String(error?.stack ?? error) }));
  } finally {
    workers.close();
  }
}

if (file) {
  process.on('SIGWINCH', () => void report());
}
