import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: ['packages/*', 'apps/*', 'test', 'examples/custom-node', 'nodes/*'],
    // vitest's default in a run is one worker fewer than the cores: one file at a time on a
    // 2-core machine. Most files wait on Temporal, Postgres, an API or Chromium rather than
    // compute, so at least two at a time shortens the run there (docs/benchmarks.md, test suite wall time).
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
