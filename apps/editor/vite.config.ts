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
  build: { chunkSizeWarningLimit: 5000 },
  worker: { format: 'es' },
});
