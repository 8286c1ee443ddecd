import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { portalRoutes } from '../portal/portal-routes';
import { createApp } from './app';
import { apiRoutes } from './routes/index';
import { docsCsp, hstsValue } from './security-headers';
import { openTestApi, type TestApi } from './testing';

describe('response headers', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await openTestApi(apiRoutes);
    api.app.route(
      '/',
      portalRoutes({
        db: api.database.db,
        logger: pino({ level: 'silent' }),
        linkSecret: 'headers-test-secret-headers-test-secret',
      }),
    );
  });
  afterAll(async () => {
    await api.close();
  });

  const admin = 'admin' as const;
  const get = (url: string, as: typeof admin | null = null) =>
    api.app.request(url, { headers: as ? { authorization: `Bearer ${api.keys.admin}` } : {} });

  // One of each kind the server answers: API JSON, an API error, the spec, the docs page and its
  // assets, a portal page and its stylesheet, the health check, a 404 outside /v1.
  const everyKind = [
    ['/v1/keys', admin],
    ['/v1/keys', null],
    ['/v1/nothing', admin],
    ['/openapi.json', null],
    ['/docs', null],
    ['/docs/assets/swagger-ui-bundle.js', null],
    ['/docs/assets/init.js', null],
    ['/p/not-a-link', null],
    ['/portal.css', null],
    ['/health', null],
    ['/nowhere', null],
  ] as const;

  it('sends nosniff and no-referrer on every response, and an id for each request', async () => {
    for (const [path, headers] of everyKind) {
      const res = await get(path, headers);
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(res.headers.get('referrer-policy'), path).toBe('no-referrer');
      expect(res.headers.get('x-request-id'), path).toMatch(/^[\w-]+$/);
    }
  });

  it('forbids caching every /v1 answer, successes and errors alike', async () => {
    for (const [path, headers] of everyKind.filter(([path]) => path.startsWith('/v1'))) {
      const res = await get(path, headers);
      expect(res.headers.get('cache-control'), `${path} ${res.status}`).toBe('no-store');
    }
    const created = await api.call('POST', '/v1/keys', { body: { name: 'Cache', role: 'agent' } });
    expect(created.status).toBe(201);
    expect(created.headers.get('cache-control')).toBe('no-store');
    // The docs' own files may be cached; they carry nothing personal.
    const bundle = await get('/docs/assets/swagger-ui-bundle.js');
    expect(bundle.headers.get('cache-control')).toBe('public, max-age=86400');
  });

  it('gives /docs a strict CSP: this origin only, no inline script, no framing', async () => {
    const page = await get('/docs');
    expect(page.headers.get('content-security-policy')).toBe(docsCsp);
    expect(docsCsp).toContain("script-src 'self'");
    expect(docsCsp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(docsCsp).toContain("frame-ancestors 'none'");
    expect(docsCsp).not.toMatch(/https?:/);
    expect(await page.text()).not.toMatch(/<script>(?!<\/script>)/);
    expect((await get('/v1/keys', admin)).headers.get('content-security-policy')).toBeNull();
  });

  it('sends HSTS only over https, wherever it is served, and never over plain http', async () => {
    for (const [path, headers] of everyKind) {
      const plain = await get(`http://tandem.example${path}`, headers);
      expect(plain.headers.get('strict-transport-security'), `http ${path}`).toBeNull();
      const secure = await get(`https://tandem.example${path}`, headers);
      expect(secure.headers.get('strict-transport-security'), `https ${path}`).toBe(hstsValue);
    }
  });

  it('takes https from TANDEM_PUBLIC_URL, or from X-Forwarded-Proto behind a trusted proxy only', async () => {
    const deps = { db: api.database.db, logger: pino({ level: 'silent' }) };
    const hsts = async (app: ReturnType<typeof createApp>, headers: Record<string, string> = {}) =>
      (await app.request('http://10.0.0.5:8787/health', { headers })).headers.get(
        'strict-transport-security',
      );
    expect(await hsts(createApp({ ...deps, publicUrl: 'https://tandem.example' }))).toBe(hstsValue);
    expect(await hsts(createApp({ ...deps, publicUrl: 'http://tandem.example' }))).toBeNull();
    const forwarded = { 'x-forwarded-proto': 'https' };
    expect(await hsts(createApp({ ...deps, trustProxy: true }), forwarded)).toBe(hstsValue);
    expect(await hsts(createApp(deps), forwarded)).toBeNull();
  });
});
