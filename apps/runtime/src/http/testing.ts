// A test harness for route modules: a real database (PGlite in memory, or Postgres), the app with
// the given routes, and one API key per role.
import pino from 'pino';
import { createTandemClient, type TandemClient } from '@tandem/api-client';
import type { OpenDatabase } from '../db/client';
import type { ApiKeyRole } from '../db/schema';
import { openTestDatabase, type TestDriver } from '../db/test-databases';
import { apiCaller, createRoleKeys, type ApiCall } from '../testing/api-caller';
import { keyringOf, newPayloadKey, type PayloadKeyring } from '../temporal/payload-keys';
import { createApp, type AppDeps, type RouteModule } from './app';

/** A fresh payload keyring for one test app (webhook secrets are sealed with it). */
export const testPayloadKeys = (): PayloadKeyring => keyringOf({ test: newPayloadKey() }, 'test');

export interface TestApi {
  database: OpenDatabase;
  app: ReturnType<typeof createApp>;
  keys: Record<ApiKeyRole, string>;
  /** A JSON request as `role` (or without a key when role is null); returns status and parsed body. */
  call: ApiCall;
  /** The payload keyring the app seals webhook secrets with (a dispatcher needs the same). */
  payloadKeys: PayloadKeyring;
  /**
   * The generated client (@tandem/api-client) as `role`, calling the app in process: typed paths,
   * bodies and answers instead of hand-typed ones.
   * @example const { journeys } = await answer(api.client('designer').GET('/v1/journeys'));
   */
  client(role?: ApiKeyRole): TandemClient;
  /** Moves the app's clock. */
  setNow(now: Date): void;
  /** The app's clock now. */
  now(): Date;
  close(): Promise<void>;
}

export async function openTestApi(
  routes: RouteModule[],
  options: { driver?: TestDriver; deps?: Partial<AppDeps>; database?: OpenDatabase } = {},
): Promise<TestApi> {
  const database = options.database ?? (await openTestDatabase(options.driver ?? 'pglite'));
  let now = new Date('2026-03-02T09:00:00Z');
  const payloadKeys = options.deps?.payloadKeys ?? testPayloadKeys();
  const app = createApp(
    {
      db: database.db,
      logger: pino({ level: 'silent' }),
      now: () => now,
      payloadKeys,
      ...options.deps,
    },
    routes,
  );
  const keys = await createRoleKeys(database.db, 'test');
  return {
    database,
    app,
    keys,
    payloadKeys,
    call: apiCaller((path, init) => Promise.resolve(app.request(path, init)), keys),
    client: (role = 'admin') =>
      createTandemClient({
        baseUrl: 'http://tandem.test',
        apiKey: keys[role],
        fetch: (input, init) => Promise.resolve(app.request(input, init)),
      }),
    now: () => now,
    setNow(next) {
      now = next;
    },
    close: () => database.close(),
  };
}
