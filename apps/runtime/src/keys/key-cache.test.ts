// The key cache spares the key query on most requests; these check that revocation still holds:
// at once for what this process revokes, within the cache's few seconds for what others do.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { apiKeys } from '../db/schema';
import { testDrivers } from '../db/test-databases';
import { keysRoutes } from '../http/routes/keys';
import { openTestApi, type TestApi } from '../http/testing';
import { KEY_CACHE_TTL_MS } from './key-cache';

const NOW = new Date('2026-03-02T09:00:00.000Z');
const later = (ms: number) => new Date(NOW.getTime() + ms);

describe.each(testDrivers)('the API key cache on %s', (driver) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await openTestApi([keysRoutes], { driver });
  });
  afterAll(async () => {
    await api.close();
  });
  beforeEach(() => api.setNow(NOW));

  const makeKey = async (body: object = { name: 'CRM', role: 'admin' }) => {
    const res = await api.call('POST', '/v1/keys', { body });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body as { key: { id: string }; secret: string };
  };
  const statusWith = async (secret: string) =>
    (
      await api.call('GET', '/v1/keys', {
        role: null,
        headers: { authorization: `Bearer ${secret}` },
      })
    ).status;

  it('refuses a key revoked through this process at the very next request', async () => {
    const made = await makeKey();
    expect(await statusWith(made.secret)).toBe(200); // now cached
    const revoked = await api.call('POST', `/v1/keys/${made.key.id}/revoke`);
    expect(revoked.status, JSON.stringify(revoked.body)).toBe(200);
    expect(await statusWith(made.secret)).toBe(401);
  });

  it('refuses a key revoked elsewhere (another replica, the CLI) once its entry ends', async () => {
    const made = await makeKey();
    expect(await statusWith(made.secret)).toBe(200);
    await api.database.db
      .update(apiKeys)
      .set({ revokedAt: NOW.toISOString() })
      .where(eq(apiKeys.id, made.key.id));
    // The cached row is trusted for a few seconds: this is the lookup the cache saves.
    expect(await statusWith(made.secret)).toBe(200);
    api.setNow(later(KEY_CACHE_TTL_MS));
    expect(await statusWith(made.secret)).toBe(401);
  });

  it('ends a rotated key at the end of its grace even while its row is cached', async () => {
    const made = await makeKey();
    const rotated = await api.call('POST', `/v1/keys/${made.key.id}/rotate`, {
      body: { graceSeconds: 2 },
    });
    expect(rotated.status, JSON.stringify(rotated.body)).toBe(201);
    expect(await statusWith(made.secret)).toBe(200); // in its grace, cached with its end
    api.setNow(later(3_000)); // past the grace, not past the cache entry
    expect(3_000).toBeLessThan(KEY_CACHE_TTL_MS);
    expect(await statusWith(made.secret)).toBe(401);
  });
});
