import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'plugins',
    include: ['src/**/*.test.ts'],
    // The scaffold test spawns vitest and tsx; forks keep those children apart from the pool.
    pool: 'forks',
    // Generation imports every listed package (the built-in nodes, zod, liquidjs): slow when busy.
    testTimeout: 60_000,
  },
});
