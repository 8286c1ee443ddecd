import { describe, expect, it } from 'vitest';
import { ApiCallError, journeysApi, problemsOf } from './api-client';
import { createHttp } from './http';
import { sessionApi } from './session-api';

/** What the client sent: the generated client hands fetch one Request. */
interface Sent {
  url: string;
  method: string;
  headers: Headers;
  credentials: RequestCredentials;
  body: string;
}

function fakeFetch(status: number, body: unknown) {
  const calls: Sent[] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const request = input instanceof Request ? input : new Request(input, init);
    calls.push({
      url: request.url,
      method: request.method,
      headers: request.headers,
      credentials: request.credentials,
      body: await request.text(),
    });
    const text = body === undefined ? null : typeof body === 'string' ? body : JSON.stringify(body);
    return new Response(text, { status });
  };
  return { fetch, calls };
}

function http(status: number, body: unknown, csrf: string | null = 'csrf-1') {
  const { fetch, calls } = fakeFetch(status, body);
  let unauthorized = 0;
  const client = createHttp({
    base: 'http://app.test',
    fetch,
    csrfToken: () => csrf,
    onUnauthorized: () => unauthorized++,
  });
  return { client, calls, unauthorized: () => unauthorized };
}

const journey = {
  id: 'j',
  name: 'J',
  description: null,
  draft: { id: 'j' },
  draftUpdatedBy: 'me',
  draftEtag: '"3"',
  archivedAt: null,
  createdAt: '2026-03-01T00:00:00Z',
  updatedAt: '2026-03-01T00:00:00Z',
  ok: false,
  problems: [{ code: 'MISSING_START', severity: 'error', message: 'no start', path: ['start'] }],
  versions: [],
};
const headerOf = (sent: Sent | undefined, name: string) => sent?.headers.get(name) ?? null;

describe('the API client', () => {
  it('authenticates with the session cookie and sends the CSRF token on unsafe calls only', async () => {
    const { client, calls } = http(200, journey);
    const api = journeysApi(client);
    const saved = await api.saveDraft('j', { id: 'j' }, '"3"');
    expect(saved.problems[0]?.code).toBe('MISSING_START');
    expect(calls[0]?.url).toBe('http://app.test/v1/journeys/j/draft');
    expect(calls[0]?.method).toBe('PUT');
    expect(calls[0]?.credentials).toBe('same-origin');
    expect(headerOf(calls[0], 'x-csrf-token')).toBe('csrf-1');
    expect(headerOf(calls[0], 'authorization')).toBeNull();
    expect(headerOf(calls[0], 'if-match')).toBe('"3"');
    expect(calls[0]?.body).toBe(JSON.stringify({ document: { id: 'j' } }));

    await api.get('j');
    expect(calls[1]?.method).toBe('GET');
    expect(headerOf(calls[1], 'x-csrf-token')).toBeNull();
    expect(calls[1]?.credentials).toBe('same-origin');
  });

  it('reports a 401 as the end of the session, except where 401 is the answer', async () => {
    const refused = { error: { code: 'UNAUTHORIZED', message: 'no session' } };
    const journeys = http(401, refused);
    await expect(journeysApi(journeys.client).list()).rejects.toMatchObject({ status: 401 });
    expect(journeys.unauthorized()).toBe(1);

    const session = http(401, refused);
    await expect(sessionApi(session.client).current()).rejects.toBeInstanceOf(ApiCallError);
    await expect(sessionApi(session.client).signIn('tdm_wrong')).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
    });
    expect(session.unauthorized()).toBe(0);
  });

  it('signs in by posting the key once, and signs out with the CSRF token', async () => {
    const answer = {
      caller: { keyId: 'k1', name: 'Maya', role: 'designer' },
      csrfToken: 'csrf-2',
      expiresAt: '2026-12-07T00:00:00Z',
    };
    const signIn = http(200, answer, null);
    const session = await sessionApi(signIn.client).signIn('tdm_secret');
    expect(session.caller.name).toBe('Maya');
    expect(signIn.calls[0]?.url).toBe('http://app.test/v1/session');
    expect(signIn.calls[0]?.body).toBe(JSON.stringify({ key: 'tdm_secret' }));

    const signOut = http(204, undefined);
    await sessionApi(signOut.client).signOut();
    expect(signOut.calls[0]?.method).toBe('DELETE');
    expect(headerOf(signOut.calls[0], 'x-csrf-token')).toBe('csrf-1');
  });

  it('restores a version on the server and answers the journey with the restored draft', async () => {
    const { client, calls } = http(200, { ...journey, draft: { id: 'j', name: 'v1' } });
    const restored = await journeysApi(client).restore('j', 1);
    expect(restored.draft).toEqual({ id: 'j', name: 'v1' });
    expect(calls[0]?.url).toBe('http://app.test/v1/journeys/j/versions/1/restore');
    expect(calls[0]?.method).toBe('POST');
  });

  it('turns an API error into ApiCallError with its code, and INVALID_JOURNEY into problems', async () => {
    const problem = {
      code: 'MISSING_LOCALE',
      severity: 'error',
      message: 'no vi',
      nodeId: 'a',
      path: ['nodes', 0],
    };
    const { client } = http(422, {
      error: { code: 'INVALID_JOURNEY', message: 'has errors', details: [problem] },
    });
    const error = await journeysApi(client)
      .publish('j', 'note')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiCallError);
    expect(error).toMatchObject({ status: 422, code: 'INVALID_JOURNEY' });
    expect(problemsOf(error)).toEqual([problem]);
  });

  it('turns a refusal that is not in the error shape (a proxy page) into code HTTP', async () => {
    const { client } = http(502, '<html>Bad gateway</html>');
    await expect(journeysApi(client).list()).rejects.toMatchObject({ status: 502, code: 'HTTP' });
  });

  it("signs out a session it has not taken on with that session's own CSRF token", async () => {
    const signOut = http(204, undefined, null);
    await sessionApi(signOut.client).signOut('csrf-other');
    expect(headerOf(signOut.calls[0], 'x-csrf-token')).toBe('csrf-other');
  });
});
