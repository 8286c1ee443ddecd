// The API's session and keys contract (docs/api.md), in memory, behind a `fetch`, for component
// tests in happy-dom. It holds one browser's cookie jar: a session opened by POST /v1/session is
// what later calls are authenticated by, and unsafe calls must carry its CSRF token.
import { contrastRatio } from '@tandem/dsl';
import type { KeyRecord, Role } from '../access-types';
import type { Task } from '../tasks-api';

interface StoredKey {
  record: KeyRecord;
  secret: string;
}

export interface FakeApiOptions {
  keys?: Array<{ name: string; role: Role; secret: string; id?: string }>;
  journeys?: unknown[];
  /** Lender settings saved before the test. */
  lender?: { settings: Record<string, unknown>; updatedBy: string; updatedAt: string };
  /** Open tasks as GET /v1/tasks answers them (tasks-api.ts's Task). */
  tasks?: Task[];
  /**
   * Answers of the results API by path after `/v1/journeys/` (e.g. `gentle/versions/2/results`,
   * `…/results/steps`); the query string is ignored.
   */
  results?: Record<string, unknown>;
}

export interface FakeRequest {
  method: string;
  path: string;
  body: unknown;
  csrf: string | null;
}

const json = (status: number, body: unknown) =>
  new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });
const refuse = (status: number, code: string, message: string) =>
  json(status, { error: { code, message } });

export function fakeApi(options: FakeApiOptions = {}) {
  const keys = new Map<string, StoredKey>();
  let session: { keyId: string; csrfToken: string } | null = null;
  /** Each key's chosen web-app language (PATCH /v1/session), as the API keeps it. */
  const locales = new Map<string, string>();
  let counter = 0;
  const requests: FakeRequest[] = [];
  const failing = new Set<string>();
  const held = new Map<string, Promise<void>>();
  const now = () => new Date().toISOString();

  const addKey = (input: {
    name: string;
    role: Role;
    secret?: string;
    id?: string;
    expiresAt?: string | null;
  }) => {
    counter++;
    const secret = input.secret ?? `tdm_new_secret_${counter}_${'s'.repeat(20)}`;
    const record: KeyRecord = {
      id: input.id ?? `key-${counter}`,
      name: input.name,
      role: input.role,
      prefix: secret.slice(0, 12),
      createdAt: new Date(Date.parse('2026-12-01T09:00:00Z') + counter * 60_000).toISOString(),
      createdBy: session?.keyId ?? null,
      expiresAt: input.expiresAt ?? null,
      lastUsedAt: null,
      revokedAt: null,
    };
    keys.set(record.id, { record, secret });
    return { key: record, secret };
  };
  for (const key of options.keys ?? []) addKey(key);

  const results = new Map(Object.entries(options.results ?? {}));
  let lender = options.lender ?? null;
  // GET and PUT /v1/settings/lender, with two of the API's field checks (docs/api.md).
  const lenderRoute = (method: string, body: unknown, role: Role): Response => {
    if (method === 'GET')
      return lender ? json(200, lender) : refuse(404, 'LENDER_NOT_SET', 'not set yet');
    if (role !== 'admin') return refuse(403, 'FORBIDDEN', 'admins only');
    const settings = body as Record<string, string> & Record<string, unknown>;
    const details: Array<{ path: string; message: string }> = [];
    if (!settings.legalName) details.push({ path: 'legalName', message: 'Required' });
    if (settings.brandColour && contrastRatio(settings.brandColour, '#ffffff') < 4.5)
      details.push({ path: 'brandColour', message: 'white text on this colour is too faint' });
    if (details.length > 0)
      return json(400, { error: { code: 'VALIDATION', message: 'invalid settings', details } });
    lender = { settings, updatedBy: caller()?.name ?? '', updatedAt: now() };
    return json(200, lender);
  };

  const caller = () => {
    const key = session ? keys.get(session.keyId) : undefined;
    return key ? { keyId: key.record.id, name: key.record.name, role: key.record.role } : null;
  };

  const tasks = new Map((options.tasks ?? []).map((t) => [t.id, { ...t }]));
  const handleTasks = (method: string, path: string, query: URLSearchParams, me: string) => {
    if (path === '/v1/tasks/counts') {
      const queues = [...new Set([...tasks.values()].map((t) => t.queue))].sort();
      const now = Date.now();
      return json(200, {
        queues: queues.map((queue) => {
          const inQueue = [...tasks.values()].filter((t) => t.queue === queue);
          return {
            queue,
            open: inQueue.length,
            overdue: inQueue.filter((t) => Date.parse(t.dueAt) <= now).length,
            unclaimed: inQueue.filter((t) => !t.assignee).length,
            mine: inQueue.filter((t) => t.assignee === me).length,
          };
        }),
      });
    }
    if (path === '/v1/tasks' && method === 'GET') {
      const list = [...tasks.values()]
        .filter((t) => !query.get('queue') || t.queue === query.get('queue'))
        .filter((t) => !query.get('priority') || t.priority === query.get('priority'))
        .filter((t) => query.get('mine') !== 'true' || t.assignee === me)
        .filter((t) => query.get('overdue') !== 'true' || Date.parse(t.dueAt) <= Date.now())
        .sort((a, b) => a.dueAt.localeCompare(b.dueAt));
      return json(200, { tasks: list, nextCursor: null });
    }
    const match = /^\/v1\/tasks\/([^/]+)\/(claim|release)$/.exec(path);
    const task = match?.[1] ? tasks.get(match[1]) : undefined;
    if (!match || !task || method !== 'POST') return refuse(404, 'NOT_FOUND', 'no such task');
    if (match[2] === 'claim') {
      if (task.assignee && task.assignee !== me) {
        return refuse(409, 'CLAIMED', `task ${task.id} is held by ${task.assignee}`);
      }
      task.assignee = me;
    } else task.assignee = null;
    return json(200, task);
  };

  const sessionBody = () => ({
    caller: caller(),
    csrfToken: session?.csrfToken,
    expiresAt: now(),
    locale: (session && locales.get(session.keyId)) ?? null,
  });

  const handle = (
    method: string,
    path: string,
    body: unknown,
    csrf: string | null,
    query = new URLSearchParams(),
  ): Response => {
    if (failing.has(`${method} ${path}`)) return refuse(500, 'INTERNAL', 'the API failed');
    if (path === '/v1/session' && method === 'POST') {
      const key = (body as { key?: string }).key;
      const found = [...keys.values()].find((k) => k.secret === key && !k.record.revokedAt);
      if (!found) return refuse(401, 'UNAUTHORIZED', 'this API key is unknown or revoked');
      session = { keyId: found.record.id, csrfToken: `csrf-${++counter}` };
      return json(200, sessionBody());
    }
    const who = caller();
    if (!who || !session) return refuse(401, 'UNAUTHORIZED', 'no session');
    if (method !== 'GET' && csrf !== session.csrfToken) return refuse(403, 'CSRF', 'bad token');
    if (path === '/v1/session' && method === 'GET') return json(200, sessionBody());
    if (path === '/v1/session' && method === 'PATCH') {
      const { locale } = body as { locale?: string | null };
      if (locale === null) locales.delete(session.keyId);
      else if (locale !== undefined) locales.set(session.keyId, locale);
      return json(200, sessionBody());
    }
    if (path === '/v1/session' && method === 'DELETE') {
      session = null;
      return new Response(null, { status: 204 });
    }
    if (path === '/v1/journeys' && method === 'GET') {
      return json(200, { journeys: options.journeys ?? [] });
    }
    if (path.startsWith('/v1/journeys/') && path.includes('/results') && method === 'GET') {
      const answer = results.get(path.slice('/v1/journeys/'.length));
      return answer === undefined
        ? refuse(404, 'NOT_FOUND', `no results at ${path}`)
        : json(200, answer);
    }
    if (path === '/v1/settings/lender') return lenderRoute(method, body, who.role);
    if (path.startsWith('/v1/tasks')) return handleTasks(method, path, query, who.name);
    if (!path.startsWith('/v1/keys')) return refuse(404, 'NOT_FOUND', `no route for ${path}`);
    if (who.role !== 'admin') return refuse(403, 'FORBIDDEN', 'admins only');
    if (path === '/v1/keys' && method === 'GET') {
      return json(200, { keys: [...keys.values()].map((k) => k.record) });
    }
    if (path === '/v1/keys' && method === 'POST') {
      const input = body as { name: string; role: Role; expiresAt?: string };
      return json(201, addKey(input));
    }
    const match = /^\/v1\/keys\/([^/]+)\/(revoke|rotate)$/.exec(path);
    const target = match?.[1] ? keys.get(decodeURIComponent(match[1])) : undefined;
    if (!match || !target || method !== 'POST') return refuse(404, 'NOT_FOUND', 'no such key');
    if (match[2] === 'revoke') {
      target.record = { ...target.record, revokedAt: now() };
      if (session.keyId === target.record.id) session = null;
      return json(200, { key: target.record });
    }
    const grace = (body as { graceSeconds?: number }).graceSeconds ?? 0;
    target.record = {
      ...target.record,
      revokedAt: new Date(Date.parse(now()) + grace * 1000).toISOString(),
    };
    return json(201, addKey({ name: target.record.name, role: target.record.role }));
  };

  // Called as the generated client calls fetch: with a Request (or a URL and its init).
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const method = request.method;
    const text = await request.text();
    const body: unknown = text ? JSON.parse(text) : null;
    const csrf = request.headers.get('x-csrf-token');
    const { pathname: path, searchParams } = new URL(request.url, 'http://app.test');
    requests.push({ method, path, body, csrf });
    await held.get(`${method} ${path}`);
    return handle(method, path, body, csrf, searchParams);
  };

  return {
    fetch,
    requests,
    keys: () => [...keys.values()].map((k) => k.record),
    /** The lender settings as last saved. */
    lender: () => lender,
    /** A task that arrives while the screen is open. */
    addTask: (task: Task) => tasks.set(task.id, { ...task }),
    /** New numbers for one results path (as in `FakeApiOptions.results`). */
    setResults: (path: string, body: unknown) => results.set(path, body),
    /** The API forgets the session (expired, or revoked elsewhere): the next call gets 401. */
    endSession: () => {
      session = null;
    },
    /** Make one route answer 500 until `heal`. */
    fail: (route: string) => failing.add(route),
    heal: (route: string) => failing.delete(route),
    /** Keep one route's answers back until the returned function is called. */
    hold: (route: string): (() => void) => {
      let release = () => {};
      held.set(route, new Promise<void>((resolve) => (release = resolve)));
      return () => {
        held.delete(route);
        release();
      };
    },
  };
}
export type FakeApi = ReturnType<typeof fakeApi>;
