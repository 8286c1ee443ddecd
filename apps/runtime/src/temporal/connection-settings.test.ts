import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createSecureServer, type IncomingHttpHeaders } from 'node:http2';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TLSSocket } from 'node:tls';
import { Connection } from '@temporalio/client';
import { NativeConnection } from '@temporalio/worker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../config';
import { crossCheckConnection, temporalConnectionSettings } from './connection-settings';

// A CA, a server certificate for localhost and a client certificate, made at test time.
const dir = mkdtempSync(join(tmpdir(), 'tandem-tls-'));
const file = (name: string) => join(dir, name);
const openssl = (...args: string[]) => execFileSync('openssl', args, { stdio: 'pipe' });
beforeAll(() => {
  openssl(
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-days',
    '1',
    '-subj',
    '/CN=Tandem test CA',
    '-keyout',
    file('ca.key'),
    '-out',
    file('ca.pem'),
  );
  writeFileSync(file('server.ext'), 'subjectAltName=DNS:localhost,DNS:temporal.test\n');
  for (const [name, subject, ext] of [
    ['server', '/CN=localhost', ['-extfile', file('server.ext')]],
    ['client', '/CN=tandem-worker', []],
  ] as const) {
    openssl(
      'req',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-subj',
      subject,
      '-keyout',
      file(`${name}.key`),
      '-out',
      file(`${name}.csr`),
    );
    openssl(
      'x509',
      '-req',
      '-in',
      file(`${name}.csr`),
      '-CA',
      file('ca.pem'),
      '-CAkey',
      file('ca.key'),
      '-CAcreateserial',
      '-days',
      '1',
      '-out',
      file(`${name}.pem`),
      ...ext,
    );
  }
  writeFileSync(file('not-pem.txt'), 'hello');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const base = { TEMPORAL_ADDRESS: 'temporal.internal:7233' };
const issuesOf = (env: Record<string, string>): string[] => {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.issues;
    throw error;
  }
  return [];
};

describe('Temporal connection settings, checked at config load', () => {
  it('asks for both halves of a client certificate, and not both a certificate and an API key', () => {
    expect(crossCheckConnection({ TEMPORAL_TLS_CLIENT_CERT_PATH: 'c.pem' }, 'h:1', 'ns')).toEqual([
      ['TEMPORAL_TLS_CLIENT_KEY_PATH', 'set it too: a client certificate needs its key'],
    ]);
    expect(
      crossCheckConnection({ TEMPORAL_TLS_CLIENT_KEY_PATH: 'k.pem' }, 'h:1', 'ns')[0]?.[0],
    ).toBe('TEMPORAL_TLS_CLIENT_CERT_PATH');
    expect(
      issuesOf({
        ...base,
        TEMPORAL_TLS_CLIENT_CERT_PATH: 'c.pem',
        TEMPORAL_TLS_CLIENT_KEY_PATH: 'k.pem',
        TEMPORAL_API_KEY: 'key',
      }),
    ).toEqual(['TEMPORAL_API_KEY: set an API key or a client certificate, not both']);
  });

  it('refuses TLS settings without TEMPORAL_ADDRESS, or with TEMPORAL_TLS=false', () => {
    expect(issuesOf({ TEMPORAL_API_KEY: 'key' })).toEqual([
      expect.stringMatching(/^TEMPORAL_ADDRESS: set it too: TLS and API keys/),
    ]);
    expect(issuesOf({ ...base, TEMPORAL_TLS: 'false', TEMPORAL_API_KEY: 'key' })).toEqual([
      'TEMPORAL_TLS: is false, but TLS settings or an API key are set (they need TLS)',
    ]);
    expect(issuesOf({ ...base, TEMPORAL_TLS: 'yes' })[0]).toMatch(/^TEMPORAL_TLS: /);
    expect(issuesOf({ ...base, TEMPORAL_API_KEY: 'Bearer key' })).toEqual([
      'TEMPORAL_API_KEY: the key alone, without spaces or "Bearer"',
    ]);
  });

  it('on a Temporal Cloud address, asks for a namespace and a credential', () => {
    expect(issuesOf({ TEMPORAL_ADDRESS: 'eu-west-1.aws.api.temporal.io:7233' })).toEqual([]);
    expect(issuesOf({ TEMPORAL_ADDRESS: 'lender.a1b2c.tmprl.cloud:7233' })).toEqual([
      'TEMPORAL_NAMESPACE: Temporal Cloud has no "default" namespace: set <namespace>.<account id>',
      'TEMPORAL_API_KEY: Temporal Cloud needs an API key or a client certificate (TEMPORAL_TLS_CLIENT_CERT_PATH)',
    ]);
  });

  it('names the variable and the file when a PEM file is missing or is not PEM', () => {
    expect(
      issuesOf({
        ...base,
        TEMPORAL_TLS_CLIENT_CERT_PATH: file('missing.pem'),
        TEMPORAL_TLS_CLIENT_KEY_PATH: file('client.pem'),
      }),
    ).toEqual([
      `TEMPORAL_TLS_CLIENT_CERT_PATH: cannot read ${file('missing.pem')} (ENOENT)`,
      `TEMPORAL_TLS_CLIENT_KEY_PATH: ${file('client.pem')} is not a private key in PEM (no "-----BEGIN …" line of that kind)`,
    ]);
    expect(issuesOf({ ...base, TEMPORAL_TLS_SERVER_CA_CERT_PATH: file('not-pem.txt') })).toEqual([
      `TEMPORAL_TLS_SERVER_CA_CERT_PATH: ${file('not-pem.txt')} is not a certificate in PEM (no "-----BEGIN …" line of that kind)`,
    ]);
  });

  it('maps the variables to the options Connection and NativeConnection take', () => {
    expect(loadConfig({}).temporalConnection).toEqual({});
    expect(loadConfig(base).temporalConnection).toEqual({});
    expect(loadConfig({ ...base, TEMPORAL_TLS: 'true' }).temporalConnection).toEqual({ tls: true });
    expect(loadConfig({ ...base, TEMPORAL_API_KEY: 'k-1' }).temporalConnection).toEqual({
      tls: true,
      apiKey: 'k-1',
    });
    const mtls = loadConfig({
      TEMPORAL_ADDRESS: 'lender.a1b2c.tmprl.cloud:7233',
      TEMPORAL_NAMESPACE: 'lender.a1b2c',
      TEMPORAL_TLS_CLIENT_CERT_PATH: file('client.pem'),
      TEMPORAL_TLS_CLIENT_KEY_PATH: file('client.key'),
      TEMPORAL_TLS_SERVER_CA_CERT_PATH: file('ca.pem'),
      TEMPORAL_TLS_SERVER_NAME: 'temporal.test',
    });
    expect(mtls.TEMPORAL_NAMESPACE).toBe('lender.a1b2c');
    expect(mtls.temporalConnection).toEqual({
      tls: {
        clientCertPair: {
          crt: readFileSync(file('client.pem')),
          key: readFileSync(file('client.key')),
        },
        serverRootCACertificate: readFileSync(file('ca.pem')),
        serverNameOverride: 'temporal.test',
      },
    });
    expect(temporalConnectionSettings({ TEMPORAL_API_KEY: 'k' })).toEqual({
      ok: true,
      value: { tls: true, apiKey: 'k' },
    });
  });
});

describe('Temporal connection settings on a real TLS connection', () => {
  // A local HTTP/2 TLS server that asks for a client certificate and answers every gRPC call
  // UNIMPLEMENTED: enough to see what the client sent (its certificate, SNI, headers).
  const seen: { headers: IncomingHttpHeaders; clientCn?: string; servername?: string }[] = [];
  let port = 0;
  let close: () => Promise<void> = async () => {};
  beforeAll(async () => {
    const server = createSecureServer({
      key: readFileSync(file('server.key')),
      cert: readFileSync(file('server.pem')),
      ca: readFileSync(file('ca.pem')),
      requestCert: true,
      rejectUnauthorized: false,
    });
    server.on('stream', (stream, headers) => {
      const socket = stream.session?.socket as TLSSocket | undefined;
      const cn = socket?.getPeerCertificate().subject?.CN;
      seen.push({
        headers,
        ...(cn ? { clientCn: String(cn) } : {}),
        ...(socket && typeof socket.servername === 'string'
          ? { servername: socket.servername }
          : {}),
      });
      stream.respond(
        {
          ':status': 200,
          'content-type': 'application/grpc',
          'grpc-status': '12',
          'grpc-message': 'test server',
        },
        { endStream: true },
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
    close = () => new Promise((resolve) => server.close(() => resolve()));
  });
  afterAll(() => close());

  const connect = async (env: Record<string, string>, connectTimeout = 10_000) => {
    const config = loadConfig({ TEMPORAL_ADDRESS: `localhost:${port}`, ...env });
    seen.length = 0;
    const connection = await Connection.connect({
      address: `localhost:${port}`,
      connectTimeout,
      ...config.temporalConnection,
    }).catch((error: unknown) => error);
    if (connection instanceof Connection) await connection.close();
    return seen[0];
  };

  it('presents the client certificate and checks the server against the given CA and name', async () => {
    const call = await connect({
      TEMPORAL_TLS_CLIENT_CERT_PATH: file('client.pem'),
      TEMPORAL_TLS_CLIENT_KEY_PATH: file('client.key'),
      TEMPORAL_TLS_SERVER_CA_CERT_PATH: file('ca.pem'),
      TEMPORAL_TLS_SERVER_NAME: 'temporal.test',
    });
    expect(call?.clientCn).toBe('tandem-worker');
    expect(call?.servername).toBe('temporal.test');
    expect(call?.headers[':path']).toMatch(
      /^\/temporal\.api\.workflowservice\.v1\.WorkflowService\//,
    );
  }, 30_000);

  it('sends the API key as a bearer token over TLS', async () => {
    const call = await connect({
      TEMPORAL_API_KEY: 'tandem-test-key',
      TEMPORAL_TLS_SERVER_CA_CERT_PATH: file('ca.pem'),
    });
    expect(call?.headers.authorization).toBe('Bearer tandem-test-key');
    expect(call?.clientCn).toBeUndefined();
  }, 30_000);

  it('does not get past TLS when the server is not signed by the CA it was given', async () => {
    const call = await connect({ TEMPORAL_TLS_SERVER_CA_CERT_PATH: file('client.pem') }, 3_000);
    expect(call).toBeUndefined();
  }, 30_000);

  it("reaches the worker's NativeConnection too: the server's CA and name, and the API key", async () => {
    const config = loadConfig({
      TEMPORAL_ADDRESS: `localhost:${port}`,
      TEMPORAL_TLS_SERVER_CA_CERT_PATH: file('ca.pem'),
      TEMPORAL_TLS_SERVER_NAME: 'temporal.test',
      TEMPORAL_API_KEY: 'worker-key',
    });
    seen.length = 0;
    const native = await NativeConnection.connect({
      address: `localhost:${port}`,
      ...config.temporalConnection,
    }).catch((error: unknown) => error);
    if (native instanceof NativeConnection) await native.close();
    expect(seen[0]?.servername).toBe('temporal.test');
    expect(seen[0]?.headers.authorization).toBe('Bearer worker-key');
  }, 30_000);
});
