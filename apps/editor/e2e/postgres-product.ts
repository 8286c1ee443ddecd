import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { startApi, type ApiProcess } from './api-process';

const adminUrl = process.env.TANDEM_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface ProductOnPostgres {
  api: ApiProcess;
  /** A client on the product's own database, for reading what the product wrote. */
  sql: postgres.Sql;
  /** Calls the API with the admin key; throws (with the answer) on a status of 300 or more. */
  call<T = unknown>(method: string, path: string, body?: unknown): Promise<T>;
  /** A new API key with `role`, made by the admin; returns its secret. */
  newKey(name: string, role: 'admin' | 'designer' | 'agent' | 'integration'): Promise<string>;
  /** Creates the journey from `document` and publishes it (version 1 for a new journey). */
  publish(document: { id: string }, note?: string): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The product as `npm start` runs it (`startApi`: its own Temporal dev server, the built web
 * app) on a fresh Postgres database named after the test, dropped again on stop. Fails loudly
 * when Postgres is not there.
 */
export async function startProductOnPostgres(
  name: string,
  env: Record<string, string> = {},
): Promise<ProductOnPostgres> {
  const dbName = `tandem_${name}_${randomBytes(4).toString('hex')}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${dbName}`);
  const url = new URL(adminUrl);
  url.pathname = `/${dbName}`;
  const sql = postgres(url.toString(), { max: 2, onnotice: () => {} });
  let api: ApiProcess | undefined;
  const stop = async () => {
    await api?.stop();
    await sql.end();
    await admin.unsafe(`drop database if exists ${dbName} with (force)`);
    await admin.end();
  };
  try {
    api = await startApi({ DATABASE_URL: url.toString(), ...env });
  } catch (error) {
    await stop();
    throw error;
  }
  const started = api;
  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const res = await fetch(`${started.base}${path}`, {
      method,
      headers: { authorization: `Bearer ${started.adminKey}`, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${text}`);
    return JSON.parse(text) as T;
  };
  const newKey: ProductOnPostgres['newKey'] = async (name, role) =>
    (await call<{ secret: string }>('POST', '/v1/keys', { name, role })).secret;
  const publish: ProductOnPostgres['publish'] = async (document, note) => {
    await call('POST', '/v1/journeys', { document });
    await call('POST', `/v1/journeys/${document.id}/publish`, note ? { note } : {});
  };
  return { api: started, sql, call, newKey, publish, stop };
}
