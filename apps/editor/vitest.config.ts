import { defineConfig } from 'vitest/config';

export default defineConfig({
  // TSX is compiled by vitest's own transformer (automatic JSX runtime); no React plugin needed.
  test: {
    name: 'editor',
    include: ['src/**/*.test.{ts,tsx}', 'e2e/**/*.test.ts', '*.test.ts'],
    // Component tests run in happy-dom; e2e files say `@vitest-environment node` and drive Chromium.
    environment: 'happy-dom',
    setupFiles: ['src/test-setup.ts'],
    testTimeout: 30_000,
    // expect.poll waits for the browser (debounced validation, autosave) on a busy machine too.
    expect: { poll: { timeout: 10_000 } },
    hookTimeout: 240_000,
  },
});
