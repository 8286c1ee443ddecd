import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../db/test-databases';
import type { OpenDatabase } from '../../db/client';
import { createApp } from '../app';
import { apiRoutes } from '../routes/index';
import { accessMatrix } from './access-matrix';

interface OperationDoc {
  operationId?: string;
  description?: string;
  'x-roles'?: string[];
  security?: Array<Record<string, string[]>>;
  responses: Record<string, { description: string; content?: unknown }>;
}
interface Spec {
  paths: Record<string, Record<string, OperationDoc>>;
  security: unknown;
  components: { securitySchemes: Record<string, { type: string; in?: string; name?: string }> };
}

describe('the OpenAPI document, from the access matrix', () => {
  let database: OpenDatabase;
  let spec: Spec;
  beforeAll(async () => {
    database = await openTestDatabase('pglite');
    const app = createApp({ db: database.db, logger: pino({ level: 'silent' }) }, apiRoutes);
    spec = (await (await app.request('/openapi.json')).json()) as Spec;
  });
  afterAll(async () => {
    await database.close();
  });

  const doc = (method: string, path: string) => spec.paths[path]![method]!;

  it('gives every operation its operationId, its roles and its 401/403 answers', () => {
    for (const op of accessMatrix) {
      const entry = doc(op.method, op.path);
      expect(entry.operationId, op.path).toBe(op.operationId);
      if (op.auth === 'signIn') {
        expect(entry['x-roles']).toEqual([]);
        expect(entry.security).toEqual([]);
        expect(entry.description).toContain('No credential needed');
      } else {
        expect(entry['x-roles'], op.operationId).toEqual(['admin', ...op.roles]);
        expect(entry.description, op.operationId).toContain(
          `Roles: ${['admin', ...op.roles].join(', ')}.`,
        );
      }
      expect(entry.responses['401']?.content, op.operationId).toBeDefined();
    }
  });

  it('documents 403 where a role or a missing CSRF token can be refused', () => {
    expect(doc('post', '/v1/keys').responses['403']!.description).toMatch(/FORBIDDEN.*CSRF/s);
    expect(doc('get', '/v1/keys').responses['403']!.description).not.toMatch(/CSRF/);
    expect(doc('delete', '/v1/session').responses['403']!.description).toMatch(/CSRF/);
    expect(doc('get', '/v1/session').responses['403']).toBeUndefined();
  });

  it('names the Bearer key, the session cookie and the webhook signature as security schemes', () => {
    expect(spec.components.securitySchemes).toMatchObject({
      apiKey: { type: 'http' },
      session: { type: 'apiKey', in: 'cookie', name: 'tandem_session' },
      webhookSignature: { type: 'apiKey', in: 'header', name: 'Tandem-Signature' },
    });
    expect(spec.security).toEqual([{ apiKey: [] }, { session: [] }]);
    expect(doc('post', '/v1/events').security).toContainEqual({ webhookSignature: [] });
    expect(doc('get', '/v1/session').security).toEqual([{ session: [] }]);
  });
});
