import { defaultPayloadConverter, type Payload } from '@temporalio/common';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PayloadEncryptionCodec } from '../../temporal/encryption-codec';
import { keyringOf, newPayloadKey } from '../../temporal/payload-keys';
import { createApiKey } from '../../db/queries/api-keys';
import { cookieSessionCaller, defaultSessionSettings } from '../access/credentials';
import { signInAs } from '../access/session-testing';
import { sessionRoutes } from '../routes/session';
import { openTestApi, type TestApi } from '../testing';
import { codecRoutes } from './codec-routes';
import { payloadFromJson, payloadToJson, type JsonPayload } from './payload-json';

const uiOrigin = 'http://127.0.0.1:8233';
const keyring = keyringOf({ current: newPayloadKey() }, 'current');
const codec = new PayloadEncryptionCodec(keyring);
const strangerCodec = new PayloadEncryptionCodec(
  keyringOf({ elsewhere: newPayloadKey() }, 'elsewhere'),
);
const facts = { firstName: 'Xiomara', amountDue: 4321.87 };

let api: TestApi;
let app: ReturnType<typeof codecRoutes>;

beforeAll(async () => {
  api = await openTestApi([sessionRoutes]);
  app = codecRoutes({
    db: api.database.db,
    codec,
    logger: pino({ level: 'silent' }),
    namespace: 'default',
    uiOrigins: [uiOrigin],
    bodyLimitBytes: 64 * 1024,
    // The web app's session cookie, resolved as server.ts wires it.
    sessionCaller: cookieSessionCaller(api.database.db, defaultSessionSettings, () => api.now()),
  });
});
afterAll(() => api.close());

const sealed = async (value: unknown, with_ = codec): Promise<JsonPayload> =>
  payloadToJson((await with_.encode([defaultPayloadConverter.toPayload(value)]))[0]!);

async function post(
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: Record<string, unknown>; headers: Headers }> {
  const res = await app.request(path, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${api.keys.admin}`,
      'x-namespace': 'default',
      ...headers,
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return {
    status: res.status,
    body: (await res.json()) as Record<string, unknown>,
    headers: res.headers,
  };
}

const valueOf = (payload: unknown) =>
  defaultPayloadConverter.fromPayload(payloadFromJson(payload as JsonPayload));
const encodingOf = (payload: unknown) =>
  Buffer.from((payload as JsonPayload).metadata?.encoding ?? '', 'base64').toString();
const errorOf = (body: Record<string, unknown>) =>
  body.error as { code: string; message: string; details?: Array<{ path: string }> };

describe('POST /codec/decode and /codec/encode (Temporal remote codec protocol)', () => {
  it('decodes encrypted payloads for an admin, and never lets the answer be cached', async () => {
    const clear = payloadToJson(defaultPayloadConverter.toPayload('from before encryption'));
    const res = await post('/codec/decode', {
      payloads: [await sealed(facts), clear, await sealed(undefined)],
    });
    expect(res.status).toBe(200);
    const payloads = res.body.payloads as unknown[];
    expect(payloads.map(valueOf)).toEqual([facts, 'from before encryption', undefined]);
    expect(encodingOf(payloads[0])).toBe('json/plain');
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('encodes for an admin (the Web UI encodes what it sends): encrypted, with the key id', async () => {
    const res = await post('/codec/encode', {
      payloads: [payloadToJson(defaultPayloadConverter.toPayload(facts))],
    });
    expect(res.status).toBe(200);
    const [payload] = res.body.payloads as JsonPayload[];
    expect(encodingOf(payload)).toBe('binary/encrypted');
    expect(Buffer.from(payload!.metadata!['encryption-key-id']!, 'base64').toString()).toBe(
      'current',
    );
    const [back] = await codec.decode([payloadFromJson(payload!)]);
    expect(defaultPayloadConverter.fromPayload(back as Payload)).toEqual(facts);
  });

  it('takes the admin key as Bearer or as the password of HTTP Basic, or an admin session', async () => {
    const body = { payloads: [await sealed(facts)] };
    const basic = `Basic ${Buffer.from(`operator:${api.keys.admin}`).toString('base64')}`;
    expect((await post('/codec/decode', body, { authorization: basic })).status).toBe(200);
    expect(
      (
        await post('/codec/decode', body, {
          authorization: '',
          cookie: (await signInAs(api, 'admin')).cookie,
        })
      ).status,
    ).toBe(200);
  });

  it('refuses callers without an admin credential: 401 (asking a browser for it), 403', async () => {
    const body = { payloads: [await sealed(facts)] };
    const none = await post('/codec/decode', body, { authorization: '' });
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toMatch(/^Basic realm="Tandem payload codec"/);
    expect(errorOf(none.body).code).toBe('UNAUTHORIZED');
    expect(JSON.stringify(none.body)).not.toContain('Xiomara');

    const unknown = await post('/codec/decode', body, { authorization: 'Bearer tdm_not-a-key' });
    expect(unknown.status).toBe(401);
    expect(errorOf(unknown.body).message).toMatch(/this API key is unknown/);

    for (const role of ['designer', 'agent', 'integration'] as const) {
      const refused = await post('/codec/decode', body, {
        authorization: `Bearer ${api.keys[role]}`,
      });
      expect(refused.status, role).toBe(403);
      expect(errorOf(refused.body).message).toMatch(new RegExp(`admin; the key has "${role}"`));
      expect(JSON.stringify(refused.body)).not.toContain('Xiomara');
    }
    const designerSession = await post('/codec/encode', body, {
      authorization: '',
      cookie: (await signInAs(api, 'designer')).cookie,
    });
    expect(designerSession.status).toBe(403);
  });

  it('answers CORS preflights for the configured Web UI origin only', async () => {
    const preflight = (origin: string) =>
      app.request('/codec/decode', {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type,x-namespace',
        },
      });
    const allowed = await preflight(uiOrigin);
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(uiOrigin);
    expect(allowed.headers.get('access-control-allow-credentials')).toBe('true');
    expect(allowed.headers.get('access-control-allow-headers')?.toLowerCase()).toContain(
      'x-namespace',
    );
    const other = await preflight('http://evil.test');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses a request from another origin, even with an admin credential', async () => {
    const body = { payloads: [await sealed(facts)] };
    const fromUi = await post('/codec/decode', body, { origin: uiOrigin });
    expect(fromUi.status).toBe(200);
    expect(fromUi.headers.get('access-control-allow-origin')).toBe(uiOrigin);
    const fromElsewhere = await post('/codec/decode', body, { origin: 'http://evil.test' });
    expect(fromElsewhere.status).toBe(403);
    expect(errorOf(fromElsewhere.body).code).toBe('ORIGIN_NOT_ALLOWED');
    expect(fromElsewhere.headers.get('access-control-allow-origin')).toBeNull();
    expect(JSON.stringify(fromElsewhere.body)).not.toContain('Xiomara');
  });

  it('answers bad input with a located 4xx', async () => {
    const form = await post('/codec/decode', 'payloads=1', {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect([form.status, errorOf(form.body).code]).toEqual([415, 'UNSUPPORTED_MEDIA_TYPE']);

    const broken = await post('/codec/decode', '{"payloads": [');
    expect([broken.status, errorOf(broken.body).code]).toEqual([400, 'MALFORMED_JSON']);

    const notBase64 = await post('/codec/decode', {
      payloads: [{ metadata: { encoding: 'anNvbi9wbGFpbg==' }, data: 'not base64!' }],
    });
    expect(notBase64.status).toBe(400);
    expect(errorOf(notBase64.body).details?.[0]?.path).toBe('payloads.0.data');

    const noList = await post('/codec/decode', { payload: [] });
    expect(noList.status).toBe(400);
    expect(errorOf(noList.body).code).toBe('VALIDATION');

    const tooMany = await post('/codec/decode', {
      payloads: Array.from({ length: 1001 }, () => ({ data: '' })),
    });
    expect([tooMany.status, errorOf(tooMany.body).details?.[0]?.path]).toEqual([400, 'payloads']);

    const tooLarge = await post('/codec/decode', {
      payloads: [{ data: Buffer.alloc(100 * 1024).toString('base64') }],
    });
    expect([tooLarge.status, errorOf(tooLarge.body).code]).toEqual([413, 'BODY_TOO_LARGE']);

    const otherNamespace = await post(
      '/codec/decode',
      { payloads: [] },
      { 'x-namespace': 'payments' },
    );
    expect([otherNamespace.status, errorOf(otherNamespace.body).code]).toEqual([
      400,
      'WRONG_NAMESPACE',
    ]);
    // The Temporal CLI sends the header empty.
    expect((await post('/codec/decode', { payloads: [] }, { 'x-namespace': '' })).status).toBe(200);
  });

  it('names the payload that does not decrypt (a key this server lacks) with a 422', async () => {
    const res = await post('/codec/decode', {
      payloads: [await sealed(facts), await sealed(facts, strangerCodec)],
    });
    expect(res.status).toBe(422);
    expect(errorOf(res.body).code).toBe('UNDECRYPTABLE_PAYLOAD');
    expect(errorOf(res.body).details?.[0]?.path).toBe('payloads.1');
    expect(errorOf(res.body).message).toMatch(/key "elsewhere"/);
  });
});

describe('GET /codec/ (where a browser signs in for the Web UI)', () => {
  it('asks for the key with a Basic challenge, then confirms who signed in', async () => {
    const challenged = await app.request('/codec/');
    expect(challenged.status).toBe(401);
    expect(challenged.headers.get('www-authenticate')).toMatch(/^Basic /);
    const { key } = await createApiKey(api.database.db, { name: '<b>Ana</b>', role: 'admin' });
    const basic = `Basic ${Buffer.from(`me:${key}`).toString('base64')}`;
    const page = await app.request('http://tandem.test/codec/', {
      headers: { authorization: basic },
    });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(page.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
    const text = await page.text();
    expect(text).toContain('Signed in as <strong>&lt;b&gt;Ana&lt;/b&gt;</strong> (admin)');
    expect(text).toContain('<code>http://tandem.test/codec</code>');
  });
});
