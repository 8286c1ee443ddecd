import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Env, Hono } from 'hono';
import { getAbsoluteFSPath } from 'swagger-ui-dist';

const assets: Record<string, string> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
};

/**
 * A browsable API reference at /docs, served from the local swagger-ui-dist package (no CDN).
 * No inline script: the page's CSP (security-headers.ts) allows scripts from this origin only.
 */
export function mountDocsPage<E extends Env>(app: Hono<E>, specPath: string): void {
  const dir = getAbsoluteFSPath();
  app.get('/docs', (c) =>
    c.html(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Tandem API</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/docs/assets/swagger-ui.css"></head>
<body><div id="api"></div><script src="/docs/assets/swagger-ui-bundle.js"></script>
<script src="/docs/assets/init.js"></script>
</body></html>`),
  );
  const init = `SwaggerUIBundle({ url: ${JSON.stringify(specPath)}, dom_id: '#api', persistAuthorization: true });\n`;
  app.get('/docs/assets/init.js', (c) =>
    c.body(init, 200, {
      'content-type': 'text/javascript; charset=utf-8',
      'cache-control': 'no-cache',
    }),
  );
  app.get('/docs/assets/:file', async (c) => {
    const file = c.req.param('file');
    const type = assets[file];
    if (!type) return c.notFound();
    return c.body(await readFile(join(dir, file)), 200, {
      'content-type': type,
      'cache-control': 'public, max-age=86400',
    });
  });
}
