// Free ports for a Temporal server of a test's own. Temporal keeps each host's ports in Postgres
// as smallint (cluster_membership), so they must be below 32768 — where Linux never hands out
// ephemeral ports, so `listen(0)` cannot be used: random ones are tried in 20000–32000 instead.
import { createServer } from 'node:net';
import type { TemporalServerPorts } from './temporal-server-config';

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

async function freeSmallPort(taken: Set<number>): Promise<number> {
  for (let tries = 0; tries < 200; tries++) {
    const port = 20_000 + Math.floor(Math.random() * 12_000);
    if (!taken.has(port) && (await isFree(port))) {
      taken.add(port);
      return port;
    }
  }
  throw new Error('no free port below 32768 for the Temporal server');
}

export async function freeTemporalPorts(): Promise<TemporalServerPorts> {
  const taken = new Set<number>();
  const next = () => freeSmallPort(taken);
  return {
    grpc: {
      frontend: await next(),
      history: await next(),
      matching: await next(),
      worker: await next(),
    },
    membership: {
      frontend: await next(),
      history: await next(),
      matching: await next(),
      worker: await next(),
    },
    http: await next(),
  };
}
