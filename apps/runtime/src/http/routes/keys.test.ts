import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { apiKeys } from '../../db/schema';
import { testDrivers } from '../../db/test-databases';
import { signInAs } from '../access/session-testing';
import { openTestApi, type TestApi } from '../testing';
import { keysRoutes } from './keys';
import { sessionRoutes } from './session';

interface KeyRecord {
  id: string;
  name: string;
  role: string;
  prefix: string;
  createdAt: string;
  createdBy: string | null;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
}
type NewKey = { key: KeyRecord; secret: string };

const NOW = new Date('2026-03-02T09:00:00.000Z');
const later = (ms: number) => new Date(NOW.getTime() + ms);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe.each(testDrivers)('API keys on %s', (driver) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await openTestApi([keysRoutes, sessionRoutes], { driver });
  });
  afterAll(async () => {
    await api.close();
  });
  beforeEach(() => api.setNow(NOW));

  const create = async (body: object) => {
    const res = await api.call('POST', '/v1/keys', { body });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body as NewKey;
  };
  /** A request with a secret that is no test key, as its holder would send it. */
  const withSecret = (secret: string, path = '/v1/keys') =>
    api.call('GET', path, { role: null, headers: { authorization: `Bearer ${secret}` } });
  const listed = async (id: string) =>
    ((await api.call('GET', '/v1/keys')).body as { keys: KeyRecord[] }).keys.find(
      (k) => k.id === id,
    );

  it('makes a key whose secret is shown once and works with its role; the list never shows it', async () => {
    const made = await create({ name: '  Ana (collections) ', role: 'admin' });
    expect(made.secret).toMatch(/^tdm_[\w-]{32}$/);
    expect(made.key).toEqual({
      id: expect.any(String) as string,
      name: 'Ana (collections)',
      role: 'admin',
      prefix: made.secret.slice(0, 12),
      createdAt: NOW.toISOString(),
      createdBy: 'test admin',
      expiresAt: null,
      lastUsedAt: null,
      revokedAt: null,
    });
    expect((await withSecret(made.secret)).status).toBe(200);
    const list = await api.call('GET', '/v1/keys');
    expect(JSON.stringify(list.body)).not.toContain(made.secret);
    expect(JSON.stringify(list.body)).not.toMatch(/hash/);
    const [row] = await api.database.db.select().from(apiKeys).where(eq(apiKeys.id, made.key.id));
    expect(row!.hash).not.toContain(made.secret);

    const designer = await create({ name: 'Bao', role: 'designer' });
    expect((await withSecret(designer.secret)).status).toBe(403);
  });

  it('refuses bad names, roles and expiries, naming the field, and writes nothing', async () => {
    const before = (await api.database.db.select().from(apiKeys)).length;
    const cases: Array<[object, string]> = [
      [{ name: 'Ana\u0000', role: 'agent' }, 'name'],
      [{ name: 'Ana\nB', role: 'agent' }, 'name'],
      [{ name: 'Ana\u202Enimda', role: 'agent' }, 'name'],
      [{ name: '\ud800', role: 'agent' }, 'name'],
      [{ name: '   ', role: 'agent' }, 'name'],
      [{ name: 'x'.repeat(101), role: 'agent' }, 'name'],
      [{ name: 'Ana', role: 'root' }, 'role'],
      [{ name: 'Ana', role: 'agent', expiresAt: 'tomorrow' }, 'expiresAt'],
      [{ name: 'Ana', role: 'agent', expiresAt: later(-1000).toISOString() }, 'expiresAt'],
      [{ name: 'Ana', role: 'agent', expiresAt: later(6 * 366 * DAY).toISOString() }, 'expiresAt'],
      [{ name: 'Ana', role: 'agent', owner: 'me' }, 'owner'],
    ];
    for (const [body, field] of cases) {
      const res = await api.call('POST', '/v1/keys', { body });
      expect(res.status, JSON.stringify(body)).toBe(400);
      const details = (res.body as { error: { details: Array<{ path: string }> } }).error.details;
      expect(
        details.map((d) => d.path),
        JSON.stringify(body),
      ).toContain(field);
    }
    expect((await api.database.db.select().from(apiKeys)).length).toBe(before);
  });

  it('refuses an expired key with 401 saying so, and its sessions with it', async () => {
    const made = await create({ name: 'Temp', role: 'admin', expiresAt: later(DAY).toISOString() });
    expect(made.key.expiresAt).toBe(later(DAY).toISOString());
    const session = await signInAs(api, 'admin', made.secret);
    api.setNow(later(DAY + 1));
    const res = await withSecret(made.secret);
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({
      error: {
        code: 'KEY_EXPIRED',
        message: `this API key expired at ${later(DAY).toISOString()}`,
      },
    });
    const bySession = await api.call('GET', '/v1/session', {
      role: null,
      headers: session.headers,
    });
    expect(bySession.status).toBe(401);
    expect(bySession.body).toMatchObject({ error: { code: 'KEY_EXPIRED' } });
  });

  it('notes when a key was last used, at most once a minute', async () => {
    const made = await create({ name: 'Sync', role: 'admin' });
    await withSecret(made.secret);
    expect((await listed(made.key.id))?.lastUsedAt).toBe(NOW.toISOString());
    api.setNow(later(59_000));
    await withSecret(made.secret);
    expect((await listed(made.key.id))?.lastUsedAt).toBe(NOW.toISOString());
    api.setNow(later(61_000));
    await withSecret(made.secret);
    expect((await listed(made.key.id))?.lastUsedAt).toBe(later(61_000).toISOString());
  });

  it('revokes a key at once, ending its sessions; a second revoke is 409, an unknown key 404', async () => {
    const made = await create({ name: 'Leaver', role: 'agent' });
    const session = await signInAs(api, 'agent', made.secret);
    expect(
      (await api.call('GET', '/v1/session', { role: null, headers: session.headers })).status,
    ).toBe(200);
    const revoked = await api.call('POST', `/v1/keys/${made.key.id}/revoke`);
    expect(revoked.status).toBe(200);
    expect((revoked.body as { key: KeyRecord }).key.revokedAt).toBe(NOW.toISOString());
    const refused = await withSecret(made.secret, '/v1/session');
    expect(refused.status).toBe(401);
    expect(refused.body).toMatchObject({ error: { code: 'KEY_REVOKED' } });
    expect(
      (await api.call('GET', '/v1/session', { role: null, headers: session.headers })).status,
    ).toBe(401);
    const again = await api.call('POST', `/v1/keys/${made.key.id}/revoke`);
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ error: { code: 'ALREADY_REVOKED' } });
    const unknown = await api.call('POST', '/v1/keys/00000000-0000-4000-8000-000000000000/revoke');
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ error: { code: 'KEY_NOT_FOUND' } });
    const malformed = await api.call('POST', '/v1/keys/nope/revoke');
    expect(malformed.status).toBe(400);
    expect(malformed.body).toMatchObject({ error: { details: [{ path: 'id' }] } });
  });

  it('never revokes the last working admin key, saying why', async () => {
    const admins = (
      await api.database.db.select().from(apiKeys).where(eq(apiKeys.role, 'admin'))
    ).filter(
      (row) => row.revokedAt === null && (row.expiresAt === null || new Date(row.expiresAt) > NOW),
    );
    const ours = admins.find((row) => row.name === 'test admin')!;
    for (const other of admins.filter((row) => row.id !== ours.id)) {
      expect((await api.call('POST', `/v1/keys/${other.id}/revoke`)).status).toBe(200);
    }
    // An admin key that has expired does not count as a working one.
    await create({ name: 'Soon gone', role: 'admin', expiresAt: later(HOUR).toISOString() });
    api.setNow(later(2 * HOUR));
    const last = await api.call('POST', `/v1/keys/${ours.id}/revoke`);
    expect(last.status).toBe(409);
    expect(last.body).toMatchObject({
      error: {
        code: 'LAST_ADMIN_KEY',
        message: expect.stringContaining('nobody able to manage keys') as string,
      },
    });
    expect((await listed(ours.id))?.revokedAt).toBeNull();
  });

  it('rotates a key: same name and role, a new secret; the old one stops now or after its grace', async () => {
    const made = await create({ name: 'CRM', role: 'integration' });
    const rotated = await api.call('POST', `/v1/keys/${made.key.id}/rotate`);
    expect(rotated.status).toBe(201);
    const next = rotated.body as NewKey & { previous: KeyRecord };
    expect(next.key).toMatchObject({ name: 'CRM', role: 'integration', revokedAt: null });
    expect(next.key.id).not.toBe(made.key.id);
    expect(next.previous).toMatchObject({ id: made.key.id, revokedAt: NOW.toISOString() });
    expect((await withSecret(made.secret)).status).toBe(401);
    expect((await withSecret(next.secret)).status).toBe(403); // integration: a working key, no keys role

    const graced = await api.call('POST', `/v1/keys/${next.key.id}/rotate`, {
      body: { graceSeconds: 3600 },
    });
    expect(graced.status).toBe(201);
    expect((graced.body as { previous: KeyRecord }).previous.revokedAt).toBe(
      later(HOUR).toISOString(),
    );
    api.setNow(later(HOUR - 1000));
    expect((await withSecret(next.secret)).status).toBe(403);
    api.setNow(later(HOUR));
    expect((await withSecret(next.secret)).status).toBe(401);

    const twice = await api.call('POST', `/v1/keys/${made.key.id}/rotate`);
    expect(twice.status).toBe(409);
    expect(twice.body).toMatchObject({ error: { code: 'ALREADY_REVOKED' } });
    const tooLong = await api.call('POST', `/v1/keys/${(graced.body as NewKey).key.id}/rotate`, {
      body: { graceSeconds: 86_401 },
    });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body).toMatchObject({ error: { details: [{ path: 'graceSeconds' }] } });
  });

  it('gives a rotated key the lifetime of the one it replaces, unless told otherwise', async () => {
    const made = await create({
      name: 'Contractor',
      role: 'agent',
      expiresAt: later(30 * DAY).toISOString(),
    });
    api.setNow(later(10 * DAY));
    const same = (await api.call('POST', `/v1/keys/${made.key.id}/rotate`)).body as NewKey;
    expect(same.key.expiresAt).toBe(later(40 * DAY).toISOString());
    const forever = await api.call('POST', `/v1/keys/${same.key.id}/rotate`, {
      body: { expiresAt: null },
    });
    expect((forever.body as NewKey).key.expiresAt).toBeNull();
  });
});
