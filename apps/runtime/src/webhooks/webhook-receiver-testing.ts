// A lender's receiver for tests: a real HTTP server that verifies every delivery with the
// standardwebhooks package, de-duplicates on webhook-id as receivers are told to, and can be
// made to fail (refuse, or accept and then answer an error) to exercise retries.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

export interface ReceivedEvent {
  id: string;
  type: string;
  borrower: string | null;
  data: Record<string, unknown>;
}

/** What the next request meets: an answer, or a hang (the socket is left open). */
export type ReceiverMode = 'ok' | 'refuse' | 'acceptThenFail' | 'hang';

export async function startReceiver(secret: string) {
  const verifier = new Webhook(secret);
  /** Every request, even refused and duplicate ones. */
  const requests: { id: string; status: number }[] = [];
  /** Each event once, in the order first accepted. */
  const events: ReceivedEvent[] = [];
  const seen = new Set<string>();
  const hanging: ServerResponse[] = [];
  let mode: ReceiverMode = 'ok';
  let badSignatures = 0;

  const readBody = async (request: IncomingMessage) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  };

  const server = createServer((request, response) => {
    void readBody(request).then((body) => {
      const id = String(request.headers['webhook-id']);
      if (mode === 'hang') {
        hanging.push(response);
        return;
      }
      if (mode === 'refuse') {
        requests.push({ id, status: 503 });
        response.writeHead(503).end();
        return;
      }
      let payload: { type: string; data: Record<string, unknown> };
      try {
        payload = verifier.verify(body, {
          'webhook-id': id,
          'webhook-timestamp': String(request.headers['webhook-timestamp']),
          'webhook-signature': String(request.headers['webhook-signature']),
        }) as typeof payload;
      } catch {
        badSignatures += 1;
        requests.push({ id, status: 400 });
        response.writeHead(400).end();
        return;
      }
      if (!seen.has(id)) {
        seen.add(id);
        const borrower = payload.data['borrower'] as { externalId: string } | undefined;
        events.push({
          id,
          type: payload.type,
          borrower: borrower?.externalId ?? null,
          data: payload.data,
        });
      }
      const status = mode === 'acceptThenFail' ? 500 : 204;
      requests.push({ id, status });
      response.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    requests,
    events,
    badSignatures: () => badSignatures,
    setMode(next: ReceiverMode) {
      mode = next;
    },
    hangingCount: () => hanging.length,
    /** Drops the hanging connections without an answer (the sender sees a network error). */
    dropHanging() {
      for (const response of hanging.splice(0)) response.socket?.destroy();
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const response of hanging.splice(0)) response.socket?.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
