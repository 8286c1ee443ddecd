import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The editor talks to the journeys API under /v1 on its own origin: Vite proxies it to the API
 * (TANDEM_API_URL, default the API's default address), so the API needs no CORS.
 */
const apiTarget = process.env.TANDEM_API_URL ?? 'http://127.0.0.1:8787';
const proxy = { '/v1': { target: apiTarget, changeOrigin: true } };

export default defineConfig({
  plugins: [react()],
  server: { proxy, host: '127.0.0.1', port: 5173 },
  preview: { proxy, host: '127.0.0.1', port: 4173 },
  build: {
    // Monaco is one large lazy chunk, loaded only when the code view opens.
    chunkSizeWarningLimit: 5000,
    rollupOptions: {
      onwarn(warning, warn) {
        // zod ships comments Rollup cannot place; harmless, and not ours to fix.
        if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('/zod/')) return;
        warn(warning);
      },
    },
  },
  worker: { format: 'es' },
});
