import pino from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sessions } from '../../db/schema';
import { testDrivers } from '../../db/test-databases';
import { createApp } from '../app';
import { signInAs } from '../access/session-testing';
import { openTestApi, type TestApi } from '../testing';
import { keysRoutes } from './keys';
import { sessionRoutes } from './session';

const NOW = new Date('2026-03-02T09:00:00.000Z');
const later = (ms: number) => new Date(NOW.getTime() + ms);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe.each(testDrivers)('signed-in sessions on %s', (driver) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await openTestApi([keysRoutes, sessionRoutes], { driver });
  });
  afterAll(async () => {
    await api.close();
  });
  beforeEach(() => api.setNow(NOW));

  const asSession = (
    method: string,
    path: string,
    headers: Record<string, string>,
    body?: unknown,
  ) => api.call(method, path, { role: null, headers, ...(body === undefined ? {} : { body }) });
  const newKeyBody = { name: 'Made by a person', role: 'agent' };

  it('signs in with a key: the caller, a CSRF token, when it ends, and an HttpOnly SameSite=Strict cookie', async () => {
    const res = await api.call('POST', '/v1/session', {
      role: null,
      body: { key: api.keys.designer },
    });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      caller: { keyId: expect.any(String) as string, name: 'test designer', role: 'designer' },
      csrfToken: expect.stringMatching(/^[\w-]{43}$/) as string,
      expiresAt: later(8 * HOUR).toISOString(),
      locale: null,
    });
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(
      /^tandem_session=[\w-]{43}; Max-Age=604800; Path=\/; HttpOnly; SameSite=Strict$/,
    );
    expect(cookie).not.toMatch(/Secure/);
    const token = /tandem_session=([^;]+)/.exec(cookie)![1]!;
    const rows = await api.database.db.select().from(sessions);
    expect(rows.length).toBeGreaterThan(0);
    expect(JSON.stringify(rows)).not.toContain(token);
    expect(JSON.stringify(rows)).not.toContain((res.body as { csrfToken: string }).csrfToken);
  });

  it('marks the cookie Secure over https, or when the public URL is https', async () => {
    const direct = await api.app.request('https://tandem.example/v1/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ key: api.keys.agent }),
    });
    expect(direct.status).toBe(200);
    expect(direct.headers.get('set-cookie')).toMatch(/; Secure/);
    const proxied = createApp(
      {
        db: api.database.db,
        logger: pino({ level: 'silent' }),
        publicUrl: 'https://tandem.example',
      },
      [sessionRoutes],
    );
    const behindProxy = await proxied.request('http://10.0.0.5:8787/v1/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ key: api.keys.agent }),
    });
    expect(behindProxy.headers.get('set-cookie')).toMatch(/; Secure/);
  });

  it('refuses a wrong, revoked or missing key', async () => {
    const wrong = await api.call('POST', '/v1/session', {
      role: null,
      body: { key: 'tdm_not-a-key' },
    });
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('set-cookie')).toBeNull();
    const missing = await api.call('POST', '/v1/session', { role: null, body: {} });
    expect(missing.status).toBe(400);
    expect(missing.body).toMatchObject({ error: { details: [{ path: 'key' }] } });
    const made = (await api.call('POST', '/v1/keys', { body: newKeyBody })).body as {
      key: { id: string };
      secret: string;
    };
    await api.call('POST', `/v1/keys/${made.key.id}/revoke`);
    const revoked = await api.call('POST', '/v1/session', {
      role: null,
      body: { key: made.secret },
    });
    expect(revoked.status).toBe(401);
    expect(revoked.body).toMatchObject({ error: { code: 'KEY_REVOKED' } });
  });

  it('GET /v1/session answers the same body with the cookie, 401 without it or with a key only', async () => {
    const session = await signInAs(api, 'admin');
    const res = await asSession('GET', '/v1/session', { cookie: session.cookie });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      caller: { name: 'test admin', role: 'admin' },
      csrfToken: session.csrfToken,
      expiresAt: later(8 * HOUR).toISOString(),
    });
    expect((await asSession('GET', '/v1/session', {})).status).toBe(401);
    expect((await api.call('GET', '/v1/session', { role: 'admin' })).status).toBe(401);
    for (const cookie of [
      'tandem_session=forged',
      'tandem_session=%ZZ%',
      `tandem_session=${'x'.repeat(4000)}`,
      'tandem_session=',
      'tandem_session="quoted"; other=1',
    ]) {
      const forged = await asSession('GET', '/v1/session', { cookie });
      expect(forged.status, cookie.slice(0, 40)).toBe(401);
      expect(forged.headers.get('set-cookie'), 'cleared').toMatch(
        /^tandem_session=; Max-Age=0; Path=\//,
      );
    }
  });

  it('with the cookie, unsafe requests need the CSRF token and, when sent, this server’s Origin', async () => {
    const session = await signInAs(api, 'admin');
    const { cookie, csrfToken } = session;
    const noToken = await asSession('POST', '/v1/keys', { cookie }, newKeyBody);
    expect(noToken.status).toBe(403);
    expect(noToken.body).toMatchObject({
      error: {
        code: 'CSRF',
        message: expect.stringContaining('X-CSRF-Token header is missing') as string,
      },
    });
    const wrongToken = await asSession(
      'POST',
      '/v1/keys',
      { cookie, 'X-CSRF-Token': 'guess' },
      newKeyBody,
    );
    expect(wrongToken.status).toBe(403);
    expect(wrongToken.body).toMatchObject({
      error: { code: 'CSRF', message: expect.stringContaining('does not match') as string },
    });
    const foreign = await asSession(
      'POST',
      '/v1/keys',
      { cookie, 'X-CSRF-Token': csrfToken, origin: 'https://evil.example' },
      newKeyBody,
    );
    expect(foreign.status).toBe(403);
    expect(foreign.body).toMatchObject({
      error: { code: 'CSRF', message: expect.stringContaining('https://evil.example') as string },
    });
    const own = await asSession(
      'POST',
      '/v1/keys',
      { cookie, 'X-CSRF-Token': csrfToken, origin: 'http://localhost' },
      newKeyBody,
    );
    expect(own.status).toBe(201);
    expect((own.body as { key: { createdBy: string } }).key.createdBy).toBe('test admin');
    const noOrigin = await asSession('POST', '/v1/keys', session.headers, newKeyBody);
    expect(noOrigin.status).toBe(201);
    // Reads need no token; Bearer callers never do.
    expect((await asSession('GET', '/v1/keys', { cookie })).status).toBe(200);
    expect((await api.call('POST', '/v1/keys', { role: 'admin', body: newKeyBody })).status).toBe(
      201,
    );
  });

  it('refuses a sign-in posted from another origin', async () => {
    const res = await api.call('POST', '/v1/session', {
      role: null,
      body: { key: api.keys.admin },
      headers: { origin: 'https://evil.example' },
    });
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ error: { code: 'CSRF' } });
  });

  it('signs out: 204, the cookie cleared, the session over; it needs the CSRF token too', async () => {
    const session = await signInAs(api, 'agent');
    expect((await asSession('DELETE', '/v1/session', { cookie: session.cookie })).status).toBe(403);
    const out = await asSession('DELETE', '/v1/session', session.headers);
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(
      /^tandem_session=; Max-Age=0; Path=\/; HttpOnly; SameSite=Strict$/,
    );
    expect((await asSession('GET', '/v1/session', session.headers)).status).toBe(401);
  });

  it('ends an idle session after 8 hours, and any session after 7 days', async () => {
    const idle = await signInAs(api, 'agent');
    api.setNow(later(8 * HOUR));
    const timedOut = await asSession('GET', '/v1/session', idle.headers);
    expect(timedOut.status).toBe(401);
    expect(timedOut.body).toMatchObject({ error: { code: 'SESSION_EXPIRED' } });

    api.setNow(NOW);
    const busy = await signInAs(api, 'agent');
    for (let hour = 7; hour < 7 * 24; hour += 7) {
      api.setNow(later(hour * HOUR));
      const res = await asSession('GET', '/v1/session', busy.headers);
      expect(res.status, `after ${hour} h`).toBe(200);
      const ends = Math.min(later((hour + 8) * HOUR).getTime(), later(7 * DAY).getTime());
      expect((res.body as { expiresAt: string }).expiresAt).toBe(new Date(ends).toISOString());
    }
    api.setNow(later(7 * DAY));
    expect((await asSession('GET', '/v1/session', busy.headers)).status).toBe(401);
  });

  it('signing in again replaces the session the browser had', async () => {
    const first = await signInAs(api, 'designer');
    const again = await api.call('POST', '/v1/session', {
      role: null,
      body: { key: api.keys.designer },
      headers: { cookie: first.cookie },
    });
    expect(again.status).toBe(200);
    expect((await asSession('GET', '/v1/session', first.headers)).status).toBe(401);
  });

  it('PATCH /v1/session keeps the person’s language on their key, for every later session', async () => {
    const first = await signInAs(api, 'agent');
    const chosen = await asSession('PATCH', '/v1/session', first.headers, { locale: 'vi' });
    expect(chosen.status).toBe(200);
    expect(chosen.body).toMatchObject({ caller: { role: 'agent' }, locale: 'vi' });

    const elsewhere = await signInAs(api, 'agent');
    const read = await asSession('GET', '/v1/session', elsewhere.headers);
    expect(read.body).toMatchObject({ locale: 'vi' });
    const fresh = await api.call('POST', '/v1/session', {
      role: null,
      body: { key: api.keys.agent },
    });
    expect(fresh.body).toMatchObject({ locale: 'vi' });

    const unchanged = await asSession('PATCH', '/v1/session', elsewhere.headers, {});
    expect(unchanged.body).toMatchObject({ locale: 'vi' });
    const forgotten = await asSession('PATCH', '/v1/session', elsewhere.headers, { locale: null });
    expect(forgotten.body).toMatchObject({ locale: null });
  });

  it('PATCH /v1/session refuses an unknown language or field (400, located), a key alone (401) and no CSRF token (403)', async () => {
    const session = await signInAs(api, 'designer');
    const unknown = await asSession('PATCH', '/v1/session', session.headers, { locale: 'fr' });
    expect(unknown.status).toBe(400);
    expect(JSON.stringify(unknown.body)).toContain('locale');
    const extra = await asSession('PATCH', '/v1/session', session.headers, { theme: 'dark' });
    expect(extra.status).toBe(400);
    const byKey = await api.call('PATCH', '/v1/session', {
      role: 'designer',
      body: { locale: 'es' },
    });
    expect(byKey.status).toBe(401);
    const noCsrf = await asSession(
      'PATCH',
      '/v1/session',
      { cookie: session.cookie },
      { locale: 'es' },
    );
    expect(noCsrf.status).toBe(403);
    expect((await asSession('GET', '/v1/session', session.headers)).body).toMatchObject({
      locale: null,
    });
  });
});
