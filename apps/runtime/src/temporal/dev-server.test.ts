// `npm start` runs the dev server's Web UI pointed at the API's codec endpoint, so that the UI
// can decode payloads (docs/security.md). The UI serves its settings at /api/v1/settings.
import { afterAll, describe, expect, inject, it } from 'vitest';
import { freePort, startDevServer, type DevServer } from './dev-server';

describe('the dev server’s Web UI', () => {
  let server: DevServer | undefined;
  afterAll(async () => {
    await server?.stop();
  });

  it('is configured with the codec endpoint it is given', async () => {
    const cli = inject('temporalCli');
    if (!cli) throw new Error('this test starts the Temporal CLI’s dev server, and none was found');
    const uiPort = await freePort();
    server = await startDevServer({
      cli,
      uiPort,
      uiCodecEndpoint: 'http://127.0.0.1:8787/codec',
    });
    expect(server.uiUrl).toBe(`http://127.0.0.1:${uiPort}`);
    let settings: { Codec?: { Endpoint?: string; IncludeCredentials?: boolean } } = {};
    for (let attempt = 0; attempt < 50; attempt++) {
      const res = await fetch(`${server.uiUrl}/api/v1/settings`).catch(() => null);
      if (res?.ok) {
        settings = (await res.json()) as typeof settings;
        break;
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(settings.Codec?.Endpoint).toBe('http://127.0.0.1:8787/codec');
    // The dev server cannot turn on credentials for everyone: each browser does (security.md).
    expect(settings.Codec?.IncludeCredentials).toBe(false);
  }, 90_000);
});
