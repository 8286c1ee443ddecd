import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compression } from 'vite-plugin-compression2';
import { devServerFiles } from './dev-server-files';
import { nodePackagesAlias } from './node-packages-alias';

/**
 * The web app is served under /app/ by the API's own server (`npm start`, built once); Vite's
 * dev server (`npm run dev`) is for working on it, with the API's paths proxied to the API
 * (TANDEM_API_URL), so the app always talks to its own origin and the API needs no CORS.
 */
const apiTarget = process.env.TANDEM_API_URL ?? 'http://127.0.0.1:8787';
// The Host header is kept (no changeOrigin): the API checks a signed-in page's Origin against the
// origin the browser used, which in development is Vite's.
const toApi = { target: apiTarget, changeOrigin: false };
const proxy = { '/v1': toApi, '/docs': toApi, '/openapi.json': toApi };

export default defineConfig(({ command }) => ({
  base: '/app/',
  // TANDEM_CONFIG's node packages in the palette, as the runtime loads them.
  resolve: { alias: nodePackagesAlias() },
  plugins: [
    react(),
    // Precompressed at build time; the server picks the variant by Accept-Encoding.
    compression({
      algorithms: ['brotliCompress', 'gzip'],
      include: /\.(js|mjs|css|html|svg|json|ttf|txt)$/,
      // Monaco emits workers for languages the code view never starts (only JSON's and the
      // editor's own run): never fetched, so not worth minutes of brotli at every build.
      exclude: /(^|\/)(ts|css|html)\.worker-[\w-]+\.js$/,
      threshold: 1024,
      skipIfLargerOrEqual: true,
    }),
  ],
  server: {
    proxy,
    host: '127.0.0.1',
    port: 5173,
    // Only computed for the dev server: it reads the workspace's package.json files.
    ...(command === 'serve' ? { fs: devServerFiles() } : {}),
  },
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
}));
