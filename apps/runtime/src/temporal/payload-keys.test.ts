import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../config';
import { newPayloadKey, payloadKeyFileName, payloadKeyringFor } from './payload-keys';

const keyA = newPayloadKey();
const keyB = newPayloadKey();

describe('payload keys in the configuration', () => {
  const configError = (env: Record<string, string>): string => {
    try {
      loadConfig(env);
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      return (error as Error).message;
    }
    throw new Error('the configuration was accepted');
  };

  it('reads the keys and the active key id', () => {
    const config = loadConfig({
      TANDEM_PAYLOAD_KEYS: JSON.stringify({ '2026-01': keyA, '2026-07': keyB }),
      TANDEM_PAYLOAD_KEY_ID: '2026-07',
    });
    expect(Object.keys(config.TANDEM_PAYLOAD_KEYS ?? {})).toEqual(['2026-01', '2026-07']);
    expect(config.TANDEM_PAYLOAD_KEY_ID).toBe('2026-07');
  });

  it('names the variable, and never echoes key material, when a value is wrong', () => {
    const notJson = configError({ TANDEM_PAYLOAD_KEYS: `{"a": "${keyA}"` });
    expect(notJson).toMatch(/TANDEM_PAYLOAD_KEYS: not JSON/);
    expect(notJson).not.toContain(keyA);

    const short = configError({ TANDEM_PAYLOAD_KEYS: JSON.stringify({ a: 'c2hvcnQ=' }) });
    expect(short).toMatch(/TANDEM_PAYLOAD_KEYS\.a: each key must be 32 random bytes/);
    expect(short).not.toContain('c2hvcnQ=');

    expect(configError({ TANDEM_PAYLOAD_KEYS: '{}' })).toMatch(
      /TANDEM_PAYLOAD_KEYS: name at least one key/,
    );
    expect(configError({ TANDEM_PAYLOAD_KEYS: JSON.stringify({ 'a b': keyA }) })).toMatch(
      /TANDEM_PAYLOAD_KEYS.*key id/,
    );
  });

  it('needs the active key named when there are several, and among them', () => {
    const keys = JSON.stringify({ a: keyA, b: keyB });
    expect(configError({ TANDEM_PAYLOAD_KEYS: keys })).toMatch(
      /TANDEM_PAYLOAD_KEY_ID: TANDEM_PAYLOAD_KEYS has several keys/,
    );
    expect(configError({ TANDEM_PAYLOAD_KEYS: keys, TANDEM_PAYLOAD_KEY_ID: 'c' })).toMatch(
      /TANDEM_PAYLOAD_KEY_ID: not a key id of TANDEM_PAYLOAD_KEYS \(a, b\)/,
    );
    expect(configError({ TANDEM_PAYLOAD_KEY_ID: 'a' })).toMatch(
      /TANDEM_PAYLOAD_KEY_ID: set TANDEM_PAYLOAD_KEYS too/,
    );
  });

  it('takes the only key as the active one', async () => {
    const config = loadConfig({ TANDEM_PAYLOAD_KEYS: JSON.stringify({ solo: keyA }) });
    const keyring = await payloadKeyringFor(
      { keys: config.TANDEM_PAYLOAD_KEYS, activeKeyId: config.TANDEM_PAYLOAD_KEY_ID },
      '/nonexistent',
      { create: false },
    );
    expect(keyring?.activeKeyId).toBe('solo');
  });

  it('accepts the Temporal Web UI origins and refuses a page URL', () => {
    expect(
      loadConfig({
        TANDEM_TEMPORAL_UI_ORIGIN: 'https://temporal.example.com, http://127.0.0.1:8233/',
      }).TANDEM_TEMPORAL_UI_ORIGIN,
    ).toEqual(['https://temporal.example.com', 'http://127.0.0.1:8233']);
    expect(configError({ TANDEM_TEMPORAL_UI_ORIGIN: 'https://temporal.example.com/ui' })).toMatch(
      /TANDEM_TEMPORAL_UI_ORIGIN\.0: each an origin/,
    );
  });
});

describe('the development key kept in the data dir', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'tandem-keys-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('is made on first start, readable by its owner only, and the same after a restart', async () => {
    const dataDir = join(dir, 'data');
    const first = await payloadKeyringFor({}, dataDir, { create: true });
    const file = join(dataDir, payloadKeyFileName);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(dataDir).mode & 0o777).toBe(0o700);
    const again = await payloadKeyringFor({}, dataDir, { create: true });
    expect(again?.activeKeyId).toBe(first?.activeKeyId);
    const kept = JSON.parse(readFileSync(file, 'utf8')) as { keys: Record<string, string> };
    expect(Object.keys(kept.keys)).toEqual([first?.activeKeyId]);
  });

  it('is one key even when two processes start at once', async () => {
    const [a, b] = await Promise.all([
      payloadKeyringFor({}, dir, { create: true }),
      payloadKeyringFor({}, dir, { create: true }),
    ]);
    expect(a?.activeKeyId).toBe(b?.activeKeyId);
  });

  it('is not made by a process told not to (a worker must use the API’s keys)', async () => {
    expect(await payloadKeyringFor({}, dir, { create: false })).toBeNull();
  });

  it('is never used when keys are configured', async () => {
    await payloadKeyringFor({}, dir, { create: true });
    const keyring = await payloadKeyringFor({ keys: { prod: keyA } }, dir, { create: true });
    expect(keyring?.activeKeyId).toBe('prod');
    expect([...(keyring?.keys.keys() ?? [])]).toEqual(['prod']);
  });

  it('stops the start with a clear message when the file is damaged', async () => {
    writeFileSync(join(dir, payloadKeyFileName), '{"activeKeyId": "x"');
    await expect(payloadKeyringFor({}, dir, { create: true })).rejects.toThrow(
      /payload-keys\.json is damaged/,
    );
  });
});
