// A lender's SMS gateway as a real HTTP server, for the webhook channel provider: it records
// every request, takes each idempotency key once (a retried key gets the first answer back and
// is not sent again, as real gateways do), and can hold a request open to catch a send mid-flight.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';

const payloadSchema = z.object({
  id: z.string(),
  idempotencyKey: z.string(),
  channel: z.string(),
  to: z.string(),
  body: z.string(),
});
export type GatewayRequest = z.infer<typeof payloadSchema>;

export interface SmsGateway {
  /** The URL for TANDEM_CHANNELS: {"sms":{"provider":"webhook","url":…,"secret":…}} */
  url: string;
  /** Every request, in the order they arrived (retries included). */
  requests: GatewayRequest[];
  /** When each of `requests` arrived (`performance.now()`), to measure the rate it was sent at. */
  arrivals: number[];
  /** The messages the gateway took: one per idempotency key, in the order taken. */
  accepted: GatewayRequest[];
  /** Holds the next request that matches, unanswered, until released. */
  holdNext(matches: (request: GatewayRequest) => boolean): {
    arrived: Promise<GatewayRequest>;
    release(): void;
  };
  close(): Promise<void>;
}

export async function startSmsGateway(): Promise<SmsGateway> {
  const requests: GatewayRequest[] = [];
  const arrivals: number[] = [];
  const accepted: GatewayRequest[] = [];
  const holds: Array<{
    matches: (request: GatewayRequest) => boolean;
    arrive: (request: GatewayRequest) => void;
    released: Promise<void>;
  }> = [];
  const take = (request: GatewayRequest) => {
    if (!accepted.some((a) => a.idempotencyKey === request.idempotencyKey)) accepted.push(request);
    return { id: `gw-${request.idempotencyKey}` };
  };
  const server = createServer((req, res) => {
    let text = '';
    req.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    req.on('end', () => {
      let json: unknown = null;
      try {
        json = JSON.parse(text);
      } catch {
        // answered 400 below
      }
      const parsed = payloadSchema.safeParse(json);
      if (!parsed.success) {
        res.writeHead(400, { 'content-type': 'application/json' }).end('{"error":"bad payload"}');
        return;
      }
      const request = parsed.data;
      requests.push(request);
      arrivals.push(performance.now());
      const hold = holds.findIndex((h) => h.matches(request));
      if (hold === -1) {
        res
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify(take(request)));
        return;
      }
      const [held] = holds.splice(hold, 1);
      held!.arrive(request);
      // Taken only when released: until then the sender cannot know whether it went.
      void held!.released.then(() => {
        const answer = JSON.stringify(take(request));
        if (!res.destroyed) res.writeHead(200, { 'content-type': 'application/json' }).end(answer);
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/sms`,
    requests,
    arrivals,
    accepted,
    holdNext(matches) {
      let arrive!: (request: GatewayRequest) => void;
      let release!: () => void;
      const arrived = new Promise<GatewayRequest>((resolve) => (arrive = resolve));
      const released = new Promise<void>((resolve) => (release = resolve));
      holds.push({ matches, arrive, released });
      return { arrived, release };
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
