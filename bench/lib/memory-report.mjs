// Preloaded into a worker process by the durable bench (NODE_OPTIONS="--expose-gc --import …"):
// on SIGUSR2 it writes where the process's memory is to BENCH_MEMORY_REPORT, before and after a
// full garbage collection, so the bench can tell V8's heap (live or garbage) from memory outside
// it (Temporal's Rust core, buffers, the allocator).
import { writeFileSync } from 'node:fs';
import v8 from 'node:v8';

const file = process.env.BENCH_MEMORY_REPORT;
const snapshot = () => {
  const usage = process.memoryUsage();
  const spaces = Object.fromEntries(
    v8.getHeapSpaceStatistics().map((s) => [s.space_name, s.space_used_size]),
  );
  return { ...usage, spaces };
};
if (file) {
  process.on('SIGUSR2', () => {
    const before = snapshot();
    globalThis.gc?.();
    const after = snapshot();
    writeFileSync(file, JSON.stringify({ before, after }));
  });
}
