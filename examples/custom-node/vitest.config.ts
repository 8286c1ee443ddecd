import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'custom-node',
    include: ['src/**/*.test.ts'],
  },
});
