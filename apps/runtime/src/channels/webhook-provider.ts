// A lender's own SMS/WhatsApp/push gateway: each message is POSTed as JSON to the gateway URL,
// signed like Tandem's inbound webhooks (`Tandem-Signature: t=…,v1=<HMAC-SHA256 of "t.body">`),
// with the idempotency key in `Idempotency-Key` so a retried send is dropped by the gateway.
import { z } from 'zod';
import { signatureHeader, signPayload } from '../http/signature';
import { DeliveryRefused, type ChannelProvider, type OutgoingMessage } from './provider';

export interface WebhookProviderOptions {
  url: string;
  secret: string;
  /** How long one attempt may take; the activity retries after it. */
  timeoutMs?: number;
  now?: () => Date;
}

/** The gateway answers 2xx with its id for the message (`id` or `messageId`). */
const gatewayAnswer = z.union([
  z.object({ id: z.string().min(1).max(200) }),
  z.object({ messageId: z.string().min(1).max(200) }),
]);

/** Statuses that say "this message will never be accepted"; others may pass on a retry. */
const isRefusal = (status: number) =>
  status >= 400 && status < 500 && status !== 408 && status !== 409 && status !== 429;

/** The JSON a gateway receives. */
export function webhookPayload(message: OutgoingMessage) {
  return {
    id: message.id,
    idempotencyKey: message.idempotencyKey,
    channel: message.channel,
    to: message.to,
    locale: message.locale,
    subject: message.subject,
    body: message.body,
  };
}

export function webhookProvider(options: WebhookProviderOptions): ChannelProvider {
  const now = options.now ?? (() => new Date());
  return {
    name: 'webhook',
    async deliver(message) {
      const body = JSON.stringify(webhookPayload(message));
      const timestamp = Math.floor(now().getTime() / 1000);
      const response = await fetch(options.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'idempotency-key': message.idempotencyKey,
          [signatureHeader]: signPayload(options.secret, body, timestamp),
        },
        body,
        signal: AbortSignal.timeout(options.timeoutMs ?? 15_000),
      });
      const text = await response.text();
      if (isRefusal(response.status)) {
        throw new DeliveryRefused(
          `gateway refused the message: ${response.status} ${text.slice(0, 200)}`,
        );
      }
      if (!response.ok) {
        throw new Error(`gateway answered ${response.status}: ${text.slice(0, 200)}`);
      }
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch (error) {
        throw new Error(`gateway answered ${response.status} without JSON`, { cause: error });
      }
      const answer = gatewayAnswer.safeParse(parsed);
      if (!answer.success) {
        throw new Error(
          `gateway answered without a message id (expected {"id": "…"}): ${text.slice(0, 200)}`,
        );
      }
      return { providerMessageId: 'id' in answer.data ? answer.data.id : answer.data.messageId };
    },
  };
}
