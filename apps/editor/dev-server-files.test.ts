// @vitest-environment node
// Vite's dev server (as `npm run dev` starts it, with this folder's vite.config.ts) on a free
// port: it sends the editor's sources and the workspace packages it imports, and refuses the
// data directory (even when it sits inside the sources), keys, and anything outside its allow
// list through /@fs/, however the request is spelled.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, relative } from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from './dev-server-files';

const editorRoot = import.meta.dirname;
const secret = `PLANTED-SECRET-${process.pid}-${Date.now()}`;
// A data directory inside the allowed sources: the deny rule must win over the allow list.
const dataDir = join(editorRoot, 'src', `tmp-vite-fs-test-${process.pid}`);
// And one under the repository's usual .data/ folder.
const dotData = join(repoRoot, '.data', `vite-fs-test-${process.pid}`);
let server: ViteDevServer;
let port: number;
const previousDataDir = process.env.TANDEM_DATA_DIR;

beforeAll(async () => {
  for (const dir of [dataDir, dotData]) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'link-secret'), secret);
    writeFileSync(join(dir, 'notes.ts'), `export const leaked = '${secret}';`);
    writeFileSync(join(dir, 'server.key'), secret);
  }
  process.env.TANDEM_DATA_DIR = relative(repoRoot, dataDir);
  server = await createServer({
    root: editorRoot,
    configFile: join(editorRoot, 'vite.config.ts'),
    logLevel: 'silent',
    server: { port: 0, strictPort: false, hmr: false, watch: null },
    // No dependency pre-bundling: this test reads files, it does not run the app.
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  await server.listen();
  port = (server.httpServer!.address() as AddressInfo).port;
}, 120_000);

afterAll(async () => {
  await server?.close();
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(dotData, { recursive: true, force: true });
  if (previousDataDir === undefined) delete process.env.TANDEM_DATA_DIR;
  else process.env.TANDEM_DATA_DIR = previousDataDir;
});

/** GET with the path exactly as written (fetch would normalize `..`). */
function get(path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe("Vite's dev server for the web app", { timeout: 60_000 }, () => {
  it("sends the editor's sources and the workspace packages it imports", async () => {
    const main = await get('/app/src/main.tsx');
    expect(main.status).toBe(200);
    expect(main.body).toContain('createRoot');
    const dsl = await get(`/app/@fs${join(repoRoot, 'packages', 'dsl', 'src', 'index.ts')}`);
    expect(dsl.status).toBe(200);
  });

  it('refuses the data directory, keys and files outside the allow list', async () => {
    const inSources = `/app/src/${relative(join(editorRoot, 'src'), dataDir)}`;
    const attempts = [
      `${inSources}/link-secret`,
      `${inSources}/link-secret?raw`,
      `${inSources}/link-secret?import&raw`,
      `${inSources}/link-secret?url`,
      `${inSources}/notes.ts`,
      `${inSources}/notes.ts?raw`,
      `${inSources}/server.key`,
      `/app/@fs${dataDir}/link-secret`,
      `/app/@fs${dataDir}/link-secret?raw`,
      `/app/@fs${dotData}/link-secret`,
      `/app/@fs${dotData}/link-secret?import&raw`,
      `/app/@fs${dotData}/notes.ts`,
      `/app/@fs${dotData}/server.key?raw`,
      `/app/src/../../../.data/vite-fs-test-${process.pid}/link-secret`,
      `/app/src/%2e%2e/%2e%2e/%2e%2e/.data/vite-fs-test-${process.pid}/link-secret`,
      `/@fs${dotData}/link-secret`,
      `/.data/vite-fs-test-${process.pid}/link-secret`,
    ];
    for (const path of attempts) {
      const response = await get(path);
      expect(response.body, path).not.toContain(secret);
    }
    // The direct /@fs/ requests are refused outright, not merely answered with something else.
    expect((await get(`/app/@fs${dotData}/link-secret`)).status).toBe(403);
    expect((await get(`/app/@fs${dataDir}/link-secret`)).status).toBe(403);

    for (const outside of [
      '/etc/passwd',
      join(repoRoot, 'package.json'),
      join(repoRoot, 'apps', 'runtime', 'src', 'server.ts'),
      join(repoRoot, 'apps', 'editor', 'vite.config.ts'),
    ]) {
      const response = await get(`/app/@fs${outside}`);
      expect(response.status, outside).toBe(403);
      expect(response.body, outside).not.toContain('root:x:0');
    }
  });
});
