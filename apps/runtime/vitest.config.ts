import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'runtime',
    include: ['src/**/*.test.ts'],
    // PGlite (WASM) and Temporal's native worker crash under worker threads: one process per file.
    pool: 'forks',
    // One Temporal dev server and one workflow bundle for the whole run.
    globalSetup: ['src/testing/temporal-global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
