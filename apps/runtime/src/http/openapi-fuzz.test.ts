// Schema-driven fuzzing of the whole API (issue 10): for every operation in /openapi.json, valid
// requests generated from its schemas and the same broken on purpose. No answer may be a 5xx;
// every 4xx has the error shape, a 400 names its fields; a refused request writes nothing.
// Seeded: the same requests every run. Prints the counts by status.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbFingerprint } from '../testing/fuzz/db-fingerprint';
import { fuzzRequests, type FuzzRequest, type OperationSpec } from '../testing/fuzz/fuzz-requests';
import type { Components } from '../testing/fuzz/schema-arbitrary';
import { apiRoutes } from './routes';
import { ladder } from './routes/journeys.fixtures';
import { openTestApi, type TestApi } from './testing';
import { publishJourney } from '../testing/scenario';

const SEED = 20261206;
const counts = { valid: 12, malformed: 32 };
const methods = ['get', 'post', 'put', 'patch', 'delete'] as const;

interface Document {
  paths: Record<
    string,
    Partial<Record<(typeof methods)[number], Omit<OperationSpec, 'method' | 'path'>>>
  >;
  components: { schemas: Components };
}

interface ErrorShape {
  error?: { code?: unknown; message?: unknown; details?: unknown };
}

/** What is wrong with a 4xx answer's body, or null. */
function errorShapeProblem(status: number, body: unknown): string | null {
  const error = (body as ErrorShape | null)?.error;
  if (typeof error?.code !== 'string' || typeof error.message !== 'string')
    return 'no { error: { code, message } }';
  if (status === 400 && error.code === 'VALIDATION') {
    const details = error.details;
    if (!Array.isArray(details) || details.length === 0) return 'a VALIDATION 400 without details';
    for (const detail of details as Array<{ path?: unknown }>) {
      if (typeof detail.path !== 'string' || detail.path === '')
        return `a detail naming no field: ${JSON.stringify(detail)}`;
    }
  }
  return null;
}

describe('schema-driven fuzz of every operation', () => {
  let api: TestApi;
  let document: Document;
  const known = new Map<string, string>();
  beforeAll(async () => {
    api = await openTestApi(apiRoutes);
    document = (await api.call('GET', '/openapi.json', { role: null })).body as Document;
    // Something to find, so valid requests reach past "not found".
    await publishJourney(api, ladder({ id: 'fuzz-ladder' }));
    const borrower = {
      firstName: 'Lan',
      locale: 'en',
      timezone: 'Etc/UTC',
      country: 'VN',
      channels: { sms: { address: '+84912345678', consent: true } },
      accounts: [{ externalId: 'FZ-1-L1', amountDue: 1800, currency: 'USD', daysPastDue: 30 }],
    };
    expect((await api.call('PUT', '/v1/borrowers/FZ-1', { body: borrower })).status).toBe(201);
    const enrollment = await api.call('POST', '/v1/enrollments', {
      body: {
        journeyId: 'fuzz-ladder',
        borrower: { externalId: 'FZ-1' },
        account: { externalId: 'FZ-1-L1' },
      },
    });
    const hold = await api.call('POST', '/v1/borrowers/FZ-1/holds', { body: { kind: 'dispute' } });
    const key = await api.call('POST', '/v1/keys', {
      body: { name: 'fuzz throwaway', role: 'agent' },
    });
    const lessons = (await api.call('GET', '/v1/lessons')).body as {
      lessons?: Array<{ id: string }>;
    };
    known.set('/v1/journeys:id', 'fuzz-ladder');
    known.set('/v1/journeys:version', '1');
    known.set('/v1/borrowers:externalId', 'FZ-1');
    known.set('/v1/borrowers:holdId', (hold.body as { id?: string }).id ?? 'x');
    known.set('/v1/enrollments:id', (enrollment.body as { id?: string }).id ?? 'x');
    known.set('/v1/keys:id', (key.body as { id?: string }).id ?? 'x');
    known.set('/v1/lessons:id', lessons.lessons?.[0]?.id ?? 'x');
  });
  afterAll(async () => {
    await api.close();
  });

  it('answers no 5xx, the error shape on every 4xx, and writes nothing when it refuses', async () => {
    const started = performance.now();
    const byStatus = new Map<number, number>();
    const failures: string[] = [];
    let sent = 0;
    let before = await dbFingerprint(api.database.db);
    const operations = Object.entries(document.paths).flatMap(([path, item]) =>
      methods.flatMap((method) => (item[method] ? [{ ...item[method], method, path }] : [])),
    );
    // Signing out would end nothing (keys have no session) but is no input to fuzz either.
    const fuzzed = operations.filter(
      (op) => !(op.method === 'delete' && op.path === '/v1/session'),
    );
    for (const [index, spec] of fuzzed.entries()) {
      const lookup = (path: string, name: string) =>
        known.get(`${path.split('/').slice(0, 3).join('/')}:${name}`);
      const requests = fuzzRequests(
        spec,
        document.components.schemas,
        lookup,
        SEED + index,
        counts,
      );
      for (const request of requests) {
        const { status, body } = await send(api, request);
        sent++;
        byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
        const where = `${request.method.toUpperCase()} ${request.url.slice(0, 120)} [${request.label}] -> ${status}`;
        if (status >= 500) failures.push(`${where}: ${JSON.stringify(body).slice(0, 200)}`);
        const after = await dbFingerprint(api.database.db);
        if (status >= 400 && status < 500) {
          const problem = errorShapeProblem(status, body);
          if (problem) failures.push(`${where}: ${problem}: ${JSON.stringify(body).slice(0, 200)}`);
          if (after !== before) failures.push(`${where}: refused, but the database changed`);
        }
        before = after;
      }
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const statuses = [...byStatus]
      .sort(([a], [b]) => a - b)
      .map(([s, n]) => `${s}: ${n}`)
      .join(', ');
    console.log(
      `fuzz: ${fuzzed.length} operations, ${sent} requests in ${seconds} s (seed ${SEED}); ${statuses}`,
    );
    expect(failures).toEqual([]);
    expect(sent).toBeGreaterThan(fuzzed.length * counts.valid);
  }, 170_000);
});

async function send(
  api: TestApi,
  request: FuzzRequest,
): Promise<{ status: number; body: unknown }> {
  const res = await api.app.request(request.url, {
    method: request.method.toUpperCase(),
    headers: {
      authorization: `Bearer ${api.keys.admin}`,
      ...(request.contentType ? { 'content-type': request.contentType } : {}),
    },
    ...(request.body !== undefined ? { body: request.body } : {}),
  });
  const text = await res.text();
  try {
    return { status: res.status, body: text ? JSON.parse(text) : null };
  } catch {
    return { status: res.status, body: text.slice(0, 200) };
  }
}
