// Generated from the access matrix: every operation × every role, with a real key of that role
// and with a real signed-in session of it. A "no" must be 403; a "yes" must never be 401 or 403
// (an empty body may well be 400, 404 or 422). Nothing may ever be a 5xx. And every operation
// the OpenAPI document lists must be in the matrix, so a new route cannot skip it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiKeyRoles, type ApiKeyRole } from '../../db/schema';
import { testDrivers } from '../../db/test-databases';
import { apiRoutes } from '../routes/index';
import { openTestApi, type TestApi } from '../testing';
import { accessMatrix, type Operation } from './access-matrix';
import { allows } from './operation-lookup';
import { signInAs, type SignedIn } from './session-testing';

/** Path parameters filled with a value every route accepts the shape of, or refuses with 400. */
const concrete = (path: string) =>
  path.replaceAll(/\{[^}]+\}/g, (name) =>
    name === '{version}'
      ? '1'
      : name === '{externalId}'
        ? 'MATRIX-1'
        : '00000000-0000-4000-8000-000000000000',
  );

const label = (op: Operation) => `${op.operationId} (${op.method.toUpperCase()} ${op.path})`;

describe.each(testDrivers)('the access matrix on %s', (driver) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await openTestApi(apiRoutes, { driver });
  });
  afterAll(async () => {
    await api.close();
  });

  const send = (op: Operation, options: { role?: ApiKeyRole | null; session?: SignedIn }) => {
    const unsafe = op.method !== 'get';
    return api.call(op.method.toUpperCase(), concrete(op.path), {
      role: options.role ?? null,
      ...(unsafe ? { body: {} } : {}),
      headers: options.session ? options.session.headers : {},
    });
  };

  it('covers every operation of /openapi.json, and only those', async () => {
    const spec = (await api.call('GET', '/openapi.json', { role: null })).body as {
      paths: Record<string, Record<string, unknown>>;
    };
    const documented = Object.entries(spec.paths).flatMap(([path, item]) =>
      Object.keys(item)
        .filter((method) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
        .map((method) => `${method} ${path}`),
    );
    const listed = accessMatrix.map((op) => `${op.method} ${op.path}`);
    expect(
      documented.filter((op) => !listed.includes(op)),
      'missing from the matrix',
    ).toEqual([]);
    expect(
      listed.filter((op) => !documented.includes(op)),
      'in the matrix, not served',
    ).toEqual([]);
    expect(new Set(accessMatrix.map((op) => op.operationId)).size).toBe(accessMatrix.length);
  });

  const credentialed = accessMatrix.filter(
    (op) => !op.auth || op.auth === 'credential' || op.auth === 'keyOrSignature',
  );

  it.each(credentialed.map((op) => [label(op), op] as const))(
    '%s: 401 without a credential; per role, 403 exactly where the matrix says no',
    async (_, op) => {
      const anonymous = await send(op, {});
      expect(anonymous.status, 'no credential').toBe(401);
      for (const role of apiKeyRoles) {
        const session = await signInAs(api, role);
        for (const [via, res] of [
          ['key', await send(op, { role })],
          ['session', await send(op, { session })],
        ] as const) {
          const what = `${role} by ${via}: ${JSON.stringify(res.body)}`;
          expect(res.status, what).toBeLessThan(500);
          if (allows(op, role)) expect([401, 403], what).not.toContain(res.status);
          else {
            expect(res.status, what).toBe(403);
            expect(res.body, what).toMatchObject({ error: { code: 'FORBIDDEN' } });
          }
        }
      }
    },
  );

  const sessionOnly = accessMatrix.filter((op) => op.auth === 'session');

  it.each(sessionOnly.map((op) => [label(op), op] as const))(
    '%s: every role with its own session; never with a key alone or nothing',
    async (_, op) => {
      expect((await send(op, {})).status).toBe(401);
      for (const role of apiKeyRoles) {
        expect((await send(op, { role })).status, `${role} by key`).toBe(401);
        const res = await send(op, { session: await signInAs(api, role) });
        expect([200, 204], `${role} by session`).toContain(res.status);
      }
    },
  );

  it('signIn: every role’s key signs in; a wrong key or none does not', async () => {
    for (const role of apiKeyRoles) {
      const res = await api.call('POST', '/v1/session', {
        role: null,
        body: { key: api.keys[role] },
      });
      expect(res.status, role).toBe(200);
    }
    const wrong = await api.call('POST', '/v1/session', { role: null, body: { key: 'tdm_wrong' } });
    expect(wrong.status).toBe(401);
    expect(accessMatrix.filter((op) => op.auth === 'signIn').map((op) => op.operationId)).toEqual([
      'signIn',
    ]);
  });
});
