import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createServer } from 'vite';

const editorRoot = join(import.meta.dirname, '..');

export interface DevServer {
  appUrl: string;
  stop(): Promise<void>;
}

/**
 * Vite's dev server for the web app, as `npm run dev` runs it (this folder's vite.config.ts,
 * unbundled modules, hot reload), proxying the API's paths to `apiBase`, on a free port. The
 * first-load bench measures it as the baseline: it is what `npm start` used to serve.
 */
export async function startDevServer(apiBase: string): Promise<DevServer> {
  const toApi = { target: apiBase, changeOrigin: true };
  const server = await createServer({
    root: editorRoot,
    configFile: join(editorRoot, 'vite.config.ts'),
    logLevel: 'warn',
    server: {
      port: 0,
      strictPort: false,
      proxy: { '/v1': toApi, '/docs': toApi, '/openapi.json': toApi },
    },
  });
  await server.listen();
  const port = (server.httpServer!.address() as AddressInfo).port;
  return { appUrl: `http://127.0.0.1:${port}/app/`, stop: () => server.close() };
}
