// The send activity with a real webhook gateway (an HTTP server in the test): a gateway outage is
// retried with the same idempotency key and signature scheme, a refusal is recorded, and a replay
// never reaches the gateway again.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { SendCommand } from '@tandem/dsl';
import { sendCommandFixture } from '../testing/send-command';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendMessageActivity } from '../activities/send-message';
import { contactLedger, enrollments, messages } from '../db/schema';
import { ladder } from '../http/routes/journeys.fixtures';
import { apiRoutes } from '../http/routes/index';
import { signatureHeader, verifySignature } from '../http/signature';
import { openTestApi, type TestApi } from '../http/testing';
import { signedLinks } from '../portal/link-token';
import { enroll, publishJourney, putBorrower } from '../testing/scenario';
import { webhookProvider } from './webhook-provider';

const secret = 'gateway-secret-gateway-secret';

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

describe('sendMessage through a webhook gateway', () => {
  let api: TestApi;
  let gateway: Server;
  let gatewayUrl: string;
  const received: Received[] = [];
  let answers: Array<{ status: number; body: string }> = [];
  let enrollmentId: string;
  let journeyVersionId: string;

  beforeAll(async () => {
    gateway = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      req.on('end', () => {
        received.push({ headers: req.headers, body });
        const answer = answers.shift() ?? { status: 200, body: '{"id":"gw-default"}' };
        res.writeHead(answer.status, { 'content-type': 'application/json' }).end(answer.body);
      });
    });
    await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve));
    gatewayUrl = `http://127.0.0.1:${(gateway.address() as AddressInfo).port}/sms`;
    api = await openTestApi(apiRoutes);
    await publishJourney(
      api,
      // "auto" picks us-reg-f for this US borrower at send time; naming it would make publishing
      // ask for the debt-collector statement, which this delivery test does not need.
      ladder({ id: 'delivery', policy: { jurisdiction: 'auto', caps: [] } }),
    );
    const borrower = await putBorrower(api, { country: 'US', timezone: 'Etc/UTC' });
    enrollmentId = (await enroll(api, 'delivery', borrower)).id;
    const [row] = await api.database.db
      .select()
      .from(enrollments)
      .where(eq(enrollments.id, enrollmentId));
    journeyVersionId = row!.journeyVersionId;
  });
  afterAll(async () => {
    await api?.close();
    await new Promise<void>((resolve) => gateway.close(() => resolve()));
  });

  // 12:00 UTC: inside Reg F's 08:00–21:00 window for a borrower on UTC.
  const at = new Date('2026-03-02T12:00:00Z');
  const activity = () =>
    sendMessageActivity({
      db: api.database.db,
      now: () => at,
      links: signedLinks({
        secret: 'link-secret-link-secret-link-secret!',
        publicUrl: 'https://pay.example',
        ttlMs: 86_400_000,
        now: () => at,
      }),
      channels: { sms: webhookProvider({ url: gatewayUrl, secret, now: () => at }) },
    });
  const command = (seq: number): SendCommand => sendCommandFixture(enrollmentId, seq);

  it('retries an outage with the same key, delivers once, stores the gateway id and never calls again on replay', async () => {
    received.length = 0;
    answers = [
      { status: 503, body: '{"error":"busy"}' },
      { status: 200, body: '{"id":"gw-42"}' },
    ];
    const send = activity();
    await expect(send({ enrollmentId, journeyVersionId, command: command(1) })).rejects.toThrow(
      'gateway answered 503',
    );
    const [queued] = await api.database.db
      .select()
      .from(messages)
      .where(eq(messages.idempotencyKey, `${enrollmentId}:1`));
    expect(queued!.status).toBe('queued');

    expect(await send({ enrollmentId, journeyVersionId, command: command(1) })).toEqual({
      status: 'sent',
      channel: 'sms',
    });
    expect(await send({ enrollmentId, journeyVersionId, command: command(1) })).toEqual({
      status: 'sent',
      channel: 'sms',
    });
    expect(received).toHaveLength(2);
    expect(received[0]!.body).toBe(received[1]!.body);
    for (const request of received) {
      expect(request.headers['idempotency-key']).toBe(`${enrollmentId}:1`);
      const header = request.headers[signatureHeader.toLowerCase()];
      expect(
        verifySignature({ header: String(header), body: request.body, secret, now: at }),
      ).toMatchObject({ ok: true });
    }
    const payload = JSON.parse(received[0]!.body) as { to: string; body: string; channel: string };
    expect(payload).toMatchObject({ to: '+84912345678', channel: 'sms' });
    expect(payload.body).toMatch(
      /^Hi Lan, see https:\/\/pay\.example\/p\/[\w-]{48}\n\nReply STOP to opt out\.$/,
    );
    const [sent] = await api.database.db
      .select()
      .from(messages)
      .where(eq(messages.idempotencyKey, `${enrollmentId}:1`));
    expect(sent).toMatchObject({ status: 'sent', provider: 'webhook', providerMessageId: 'gw-42' });
  });

  it('records a refusal as failed, in the message and the ledger, without retrying', async () => {
    received.length = 0;
    answers = [{ status: 422, body: '{"error":"not a mobile number"}' }];
    const send = activity();
    const report = await send({ enrollmentId, journeyVersionId, command: command(2) });
    expect(report).toMatchObject({
      status: 'failed',
      reason: expect.stringContaining('not a mobile number') as string,
    });
    expect(await send({ enrollmentId, journeyVersionId, command: command(2) })).toMatchObject({
      status: 'failed',
    });
    expect(received).toHaveLength(1);
    const [message] = await api.database.db
      .select()
      .from(messages)
      .where(eq(messages.idempotencyKey, `${enrollmentId}:2`));
    expect(message).toMatchObject({ status: 'failed', provider: 'webhook' });
    const ledger = await api.database.db
      .select()
      .from(contactLedger)
      .where(eq(contactLedger.idempotencyKey, `${enrollmentId}:2`));
    expect(ledger.map((l) => l.outcome)).toEqual(['failed']);
  });

  it('treats a 2xx without a message id as an outage (the gateway may not have taken it)', async () => {
    received.length = 0;
    answers = [{ status: 200, body: 'ok' }];
    await expect(
      activity()({ enrollmentId, journeyVersionId, command: command(3) }),
    ).rejects.toThrow('without JSON');
  });
});
