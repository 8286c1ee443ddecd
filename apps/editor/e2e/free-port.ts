import { createServer } from 'node:net';

/** A TCP port nobody listens on right now (the OS picks it; tests never hard-code one). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** True when `port` can be listened on now. */
function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** A port for Temporal's dev server whose Web UI port (1000 above) is free too. */
export async function freeTemporalPort(): Promise<number> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const port = await freePort();
    if (port + 1000 <= 65_535 && (await isFree(port + 1000))) return port;
  }
  throw new Error('found no free port pair for the Temporal dev server');
}
