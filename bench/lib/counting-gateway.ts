// A lender's SMS gateway for the benches: a real HTTP server that takes the webhook provider's
// JSON, counts every request per idempotency key and notes when each arrived, so a bench can say
// how fast messages reached it and that none came twice.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface GatewayArrival {
  idempotencyKey: string;
  /** Epoch ms. */
  at: number;
}

export interface CountingGateway {
  url: string;
  /** Every request, in arrival order (retries and repeats included). */
  arrivals: GatewayArrival[];
  /** Requests per idempotency key. */
  counts: Map<string, number>;
  close(): Promise<void>;
}

export async function startCountingGateway(): Promise<CountingGateway> {
  const arrivals: GatewayArrival[] = [];
  const counts = new Map<string, number>();
  const server = createServer((req, res) => {
    let text = '';
    req.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    req.on('end', () => {
      let key: unknown;
      try {
        key = (JSON.parse(text) as { idempotencyKey?: unknown }).idempotencyKey;
      } catch {
        key = undefined;
      }
      if (typeof key !== 'string') {
        res.writeHead(400, { 'content-type': 'application/json' }).end('{"error":"no key"}');
        return;
      }
      arrivals.push({ idempotencyKey: key, at: Date.now() });
      counts.set(key, (counts.get(key) ?? 0) + 1);
      res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ id: `gw-${key}` }));
    });
  });
  // Many senders at once: no keep-alive limits to get in the way.
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/sms`,
    arrivals,
    counts,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
