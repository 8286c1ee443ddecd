import { describe, expect, it } from 'vitest';
import { ApiCallError, journeysApi, problemsOf, UnexpectedResponseError } from './api-client';

function fakeFetch(status: number, body: unknown) {
  const calls: Array<{ url: string; init: RequestInit | undefined }> = [];
  const fetch: typeof globalThis.fetch = (url, init) => {
    calls.push({
      url: typeof url === 'string' ? url : url instanceof URL ? url.href : url.url,
      init,
    });
    return Promise.resolve(new Response(JSON.stringify(body), { status }));
  };
  return { fetch, calls };
}

const journey = {
  id: 'j',
  name: 'J',
  description: null,
  draft: { id: 'j' },
  draftUpdatedBy: 'me',
  createdAt: '2026-03-01T00:00:00Z',
  updatedAt: '2026-03-01T00:00:00Z',
  ok: false,
  problems: [{ code: 'MISSING_START', severity: 'error', message: 'no start', path: ['start'] }],
  versions: [],
};

describe('journeysApi', () => {
  it('sends the key as a Bearer token and the draft as JSON, and parses the answer', async () => {
    const { fetch, calls } = fakeFetch(200, journey);
    const api = journeysApi({ key: 'tdm_x', fetch });
    const saved = await api.saveDraft('j', { id: 'j' });
    expect(saved.problems[0]?.code).toBe('MISSING_START');
    expect(calls[0]?.url).toBe('/v1/journeys/j/draft');
    expect(calls[0]?.init?.method).toBe('PUT');
    expect(new Headers(calls[0]?.init?.headers).get('authorization')).toBe('Bearer tdm_x');
    expect(calls[0]?.init?.body).toBe(JSON.stringify({ document: { id: 'j' } }));
  });

  it('turns an API error into ApiCallError with its code, and INVALID_JOURNEY into problems', async () => {
    const problem = {
      code: 'MISSING_LOCALE',
      severity: 'error',
      message: 'no vi',
      nodeId: 'a',
      path: ['nodes', 0],
    };
    const { fetch } = fakeFetch(422, {
      error: { code: 'INVALID_JOURNEY', message: 'has errors', details: [problem] },
    });
    const error = await journeysApi({ key: 'k', fetch })
      .publish('j', 'note')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiCallError);
    expect(error).toMatchObject({ status: 422, code: 'INVALID_JOURNEY' });
    expect(problemsOf(error)).toEqual([problem]);
  });

  it('refuses an answer that is not what the API promises', async () => {
    const { fetch } = fakeFetch(200, { journeys: [{ id: 3 }] });
    await expect(journeysApi({ key: 'k', fetch }).list()).rejects.toBeInstanceOf(
      UnexpectedResponseError,
    );
  });
});
