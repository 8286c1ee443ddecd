// How the API and the workers reach a Temporal that is not the dev server: a self-hosted cluster
// behind TLS (optionally mTLS) or Temporal Cloud (mTLS or an API key). The variable names are
// those of Temporal's own environment configuration, so one set of variables serves the CLI too.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TLSConfig } from '@temporalio/client';
import { z } from 'zod';

const path = z.string().trim().min(1, 'a file path');

/** The connection variables, merged into the runtime config schema (config.ts). */
export const temporalConnectionVariables = {
  TEMPORAL_TLS: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional()
    .describe(
      'Connect to TEMPORAL_ADDRESS over TLS; on by default when a certificate or an API key is set',
    ),
  TEMPORAL_TLS_CLIENT_CERT_PATH: path
    .optional()
    .describe('mTLS: the client certificate (PEM) Temporal Cloud or the cluster trusts'),
  TEMPORAL_TLS_CLIENT_KEY_PATH: path.optional().describe('mTLS: its private key (PEM)'),
  TEMPORAL_TLS_SERVER_CA_CERT_PATH: path
    .optional()
    .describe("The server's CA (PEM), when the system's CAs do not sign its certificate"),
  TEMPORAL_TLS_SERVER_NAME: z
    .string()
    .regex(/^[A-Za-z0-9.-]+$/, 'a host name')
    .optional()
    .describe('The name to check the server certificate against (SNI), if not the address host'),
  TEMPORAL_API_KEY: z
    .string()
    .regex(/^\S+$/, 'the key alone, without spaces or "Bearer"')
    .optional()
    .describe('A Temporal Cloud API key (instead of a client certificate)'),
};

type Variables = {
  [K in keyof typeof temporalConnectionVariables]: z.infer<(typeof temporalConnectionVariables)[K]>;
};

/** What `Connection.connect` and `NativeConnection.connect` take besides the address. */
export interface TemporalConnectionSettings {
  tls?: TLSConfig | true;
  apiKey?: string;
}

/** A problem with one variable, as `loadConfig` reports it: `[variable, message]`. */
export type ConnectionIssue = [keyof Variables | 'TEMPORAL_ADDRESS' | 'TEMPORAL_NAMESPACE', string];

/**
 * The checks between variables (a certificate needs its key, and so on); no file is read.
 * @example crossCheckConnection({ TEMPORAL_TLS_CLIENT_CERT_PATH: 'a.pem' }, …) // [['TEMPORAL_TLS_CLIENT_KEY_PATH', …]]
 */
export function crossCheckConnection(
  v: Partial<Variables>,
  address: string | undefined,
  namespace: string,
): ConnectionIssue[] {
  const issues: ConnectionIssue[] = [];
  const cert = v.TEMPORAL_TLS_CLIENT_CERT_PATH;
  const key = v.TEMPORAL_TLS_CLIENT_KEY_PATH;
  if (cert && !key)
    issues.push(['TEMPORAL_TLS_CLIENT_KEY_PATH', 'set it too: a client certificate needs its key']);
  if (key && !cert)
    issues.push([
      'TEMPORAL_TLS_CLIENT_CERT_PATH',
      'set it too: a client key needs its certificate',
    ]);
  if (cert && v.TEMPORAL_API_KEY)
    issues.push(['TEMPORAL_API_KEY', 'set an API key or a client certificate, not both']);
  const secured =
    cert ??
    key ??
    v.TEMPORAL_TLS_SERVER_CA_CERT_PATH ??
    v.TEMPORAL_TLS_SERVER_NAME ??
    v.TEMPORAL_API_KEY;
  if (v.TEMPORAL_TLS === false && secured !== undefined)
    issues.push([
      'TEMPORAL_TLS',
      'is false, but TLS settings or an API key are set (they need TLS)',
    ]);
  if ((secured !== undefined || v.TEMPORAL_TLS) && !address)
    issues.push([
      'TEMPORAL_ADDRESS',
      'set it too: TLS and API keys are for a Temporal you name (the dev server Tandem starts has neither)',
    ]);
  if (address && /\.tmprl\.cloud:\d+$/.test(address)) {
    if (namespace === 'default')
      issues.push([
        'TEMPORAL_NAMESPACE',
        'Temporal Cloud has no "default" namespace: set <namespace>.<account id>',
      ]);
    if (!cert && !v.TEMPORAL_API_KEY)
      issues.push([
        'TEMPORAL_API_KEY',
        'Temporal Cloud needs an API key or a client certificate (TEMPORAL_TLS_CLIENT_CERT_PATH)',
      ]);
  }
  return issues;
}

type ReadFile = (file: string) => Buffer;

/**
 * The connection options the variables ask for, reading the PEM files; the issues instead when a
 * file cannot be read or is not PEM of the right kind.
 * @example
 * const settings = temporalConnectionSettings({ TEMPORAL_API_KEY: 'k' });
 * // { ok: true, value: { tls: true, apiKey: 'k' } }
 */
export function temporalConnectionSettings(
  v: Partial<Variables>,
  readFile: ReadFile = (file) => readFileSync(file),
): { ok: true; value: TemporalConnectionSettings } | { ok: false; issues: ConnectionIssue[] } {
  const issues: ConnectionIssue[] = [];
  const pem = (
    name:
      | 'TEMPORAL_TLS_CLIENT_CERT_PATH'
      | 'TEMPORAL_TLS_CLIENT_KEY_PATH'
      | 'TEMPORAL_TLS_SERVER_CA_CERT_PATH',
    kind: RegExp,
    what: string,
  ): Buffer | undefined => {
    const file = v[name];
    if (file === undefined) return undefined;
    let contents: Buffer;
    try {
      contents = readFile(resolve(file));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      issues.push([name, `cannot read ${file} (${code})`]);
      return undefined;
    }
    if (!kind.test(contents.toString('latin1'))) {
      issues.push([name, `${file} is not ${what} in PEM (no "-----BEGIN …" line of that kind)`]);
      return undefined;
    }
    return contents;
  };
  const crt = pem('TEMPORAL_TLS_CLIENT_CERT_PATH', /-----BEGIN CERTIFICATE-----/, 'a certificate');
  const key = pem(
    'TEMPORAL_TLS_CLIENT_KEY_PATH',
    /-----BEGIN [A-Z ]*PRIVATE KEY-----/,
    'a private key',
  );
  const ca = pem(
    'TEMPORAL_TLS_SERVER_CA_CERT_PATH',
    /-----BEGIN CERTIFICATE-----/,
    'a certificate',
  );
  if (issues.length > 0) return { ok: false, issues };

  const tls: TLSConfig = {
    ...(crt && key ? { clientCertPair: { crt, key } } : {}),
    ...(ca ? { serverRootCACertificate: ca } : {}),
    ...(v.TEMPORAL_TLS_SERVER_NAME ? { serverNameOverride: v.TEMPORAL_TLS_SERVER_NAME } : {}),
  };
  const apiKey = v.TEMPORAL_API_KEY;
  const wantsTls = v.TEMPORAL_TLS ?? (Object.keys(tls).length > 0 || apiKey !== undefined);
  if (!wantsTls) return { ok: true, value: apiKey ? { apiKey } : {} };
  return {
    ok: true,
    value: {
      tls: Object.keys(tls).length > 0 ? tls : true,
      ...(apiKey ? { apiKey } : {}),
    },
  };
}
