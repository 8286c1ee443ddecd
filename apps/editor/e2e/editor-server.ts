import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, preview, type PreviewServer } from 'vite';

const editorRoot = join(import.meta.dirname, '..');

export interface EditorServer {
  url: string;
  stop(): Promise<void>;
}

/**
 * Builds the editor for production (into a temporary folder) and serves it with Vite's
 * preview server, proxying /v1 to the API, exactly as `npm start` serves it.
 */
export async function startEditor(apiBase: string): Promise<EditorServer> {
  const outDir = mkdtempSync(join(tmpdir(), 'tandem-editor-dist-'));
  const configFile = join(editorRoot, 'vite.config.ts');
  await build({
    root: editorRoot,
    configFile,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
  const port = 24_000 + Math.floor(Math.random() * 5000);
  const server: PreviewServer = await preview({
    root: editorRoot,
    configFile,
    logLevel: 'warn',
    build: { outDir },
    preview: {
      port,
      strictPort: true,
      host: '127.0.0.1',
      proxy: { '/v1': { target: apiBase, changeOrigin: true } },
    },
  });
  return {
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      await server.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}
