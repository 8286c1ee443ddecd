// A channel's send rate limit is Temporal's: sends on a rate-limited channel wait on the channel's
// own task queue until the queue lets them through, so a lender's gateway never gets more than its
// limit, and nothing is lost or sent twice while they wait.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webhookProvider } from '../channels/webhook-provider';
import { openJourneyStack, type JourneyStack } from '../testing/journey-stack';
import { enroll, finished, publishJourney, putBorrower } from '../testing/scenario';
import { startSmsGateway, type SmsGateway } from '../testing/sms-gateway';
import { endNode, smsReminder, testJourney } from '../testing/test-journeys';

const SENDS = 30;
const PER_SECOND = 5;

describe('a send rate limit per channel', () => {
  let gateway: SmsGateway;
  let stack: JourneyStack;

  beforeAll(async () => {
    gateway = await startSmsGateway();
    stack = await openJourneyStack({
      worker: false,
      channels: {
        sms: webhookProvider({ url: gateway.url, secret: 'gateway-secret-gateway-secret' }),
      },
      sendRateLimits: { sms: PER_SECOND },
    });
    await publishJourney(
      stack.api,
      testJourney('one-sms', 'remind', [smsReminder('remind', 'done'), endNode()]),
    );
  });
  afterAll(async () => {
    await stack?.close();
    await gateway?.close();
  });

  it(`holds ${SENDS} sends to ${PER_SECOND}/s at the gateway and delivers each exactly once`, async () => {
    // Every enrollment is started before any worker runs, so all the sends are due at once:
    // without the limit they reach the gateway within a moment of each other.
    const started = [];
    for (let i = 0; i < SENDS; i++) {
      started.push(await enroll(stack.api, 'one-sms', await putBorrower(stack.api)));
    }
    await stack.startWorker();
    for (const enrollment of started) {
      expect((await finished(stack.api, enrollment.id)).outcome).toBe('done');
    }

    expect(gateway.requests).toHaveLength(SENDS);
    expect(new Set(gateway.requests.map((r) => r.idempotencyKey)).size).toBe(SENDS);
    expect(gateway.accepted).toHaveLength(SENDS);
    // The queue lets a burst of up to one second's worth through at once, then PER_SECOND a
    // second: the last of 30 arrives at least (30 − 5) / 5 = 5 s after the first (less a
    // scheduling margin). A machine under load only makes it slower.
    const { arrivals } = gateway;
    const spanSeconds = (arrivals.at(-1)! - arrivals[0]!) / 1000;
    expect(spanSeconds).toBeGreaterThanOrEqual((SENDS - PER_SECOND) / PER_SECOND - 0.5);
  });
});
