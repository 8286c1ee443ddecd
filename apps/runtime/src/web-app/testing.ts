// Test helpers for the web app's server: a built app on disk, laid out as in a checkout with the
// files an attacker would go for beside it, and raw HTTP requests (fetch would normalize `..`).
import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { dirname, join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

/** Secrets planted beside the built app; a response that contains one leaked it. */
export const planted = {
  linkSecret: 'PLANTED-LINK-SECRET-5b0c1e',
  packageJson: 'PLANTED-PACKAGE-JSON-8d21',
  source: 'PLANTED-EDITOR-SOURCE-77aa',
  dependency: 'PLANTED-NODE-MODULE-4f10',
  buildMetadata: 'PLANTED-INPUTS-HASH-91c3',
} as const;

export const fixtureFiles = {
  index: '<!doctype html><title>Tandem</title><div id="root"></div>',
  script: `console.log(${JSON.stringify('tandem '.repeat(400))});`,
  style: `body { color: #123; } ${'.x { margin: 0 } '.repeat(100)}`,
};

function write(path: string, content: string | Buffer): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}

/**
 * A checkout-shaped folder: `apps/editor/dist` (index.html, a hashed script with .br and .gz, a
 * hashed stylesheet with .gz only, an unhashed icon, the build's dot-file), and `.data/`,
 * `package.json`, `apps/editor/src`, `node_modules` beside it. Returns the dist folder.
 */
export function writeCheckoutFixture(root: string): string {
  const dist = join(root, 'apps', 'editor', 'dist');
  write(join(dist, 'index.html'), fixtureFiles.index);
  write(join(dist, 'index.html.br'), brotliCompressSync(fixtureFiles.index));
  write(join(dist, 'index.html.gz'), gzipSync(fixtureFiles.index));
  write(join(dist, 'assets', 'index-3f2a9c.js'), fixtureFiles.script);
  write(join(dist, 'assets', 'index-3f2a9c.js.br'), brotliCompressSync(fixtureFiles.script));
  write(join(dist, 'assets', 'index-3f2a9c.js.gz'), gzipSync(fixtureFiles.script));
  write(join(dist, 'assets', 'app-77b1.css'), fixtureFiles.style);
  write(join(dist, 'assets', 'app-77b1.css.gz'), gzipSync(fixtureFiles.style));
  write(join(dist, 'icon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  write(join(dist, '.inputs-hash'), planted.buildMetadata);
  write(join(root, '.data', 'link-secret'), planted.linkSecret);
  write(join(root, 'package.json'), JSON.stringify({ name: planted.packageJson }));
  write(join(root, 'apps', 'editor', 'src', 'main.tsx'), `// ${planted.source}`);
  write(join(root, 'node_modules', 'left-pad', 'index.js'), `// ${planted.dependency}`);
  return dist;
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** GET (or HEAD) with the path sent exactly as written: no normalization, no decoding. */
export function rawRequest(
  port: number,
  path: string,
  options: { method?: string; headers?: Record<string, string> } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks),
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end();
  });
}
