// A send command as the engine hands it to the sendMessage activity, for activity tests.
import type { SendCommand } from '@tandem/dsl';
import { factsFixture } from '@tandem/dsl/testing';

/** An English SMS reminder from node "hello" with the engine's idempotency key; overrides win. */
export function sendCommandFixture(
  enrollmentId: string,
  seq: number,
  overrides: Partial<SendCommand> = {},
): SendCommand {
  return {
    kind: 'send',
    id: `c${seq}`,
    seq,
    idempotencyKey: `${enrollmentId}:${seq}`,
    nodeId: 'hello',
    nodeType: 'remind',
    effectKey: 'message',
    intent: 'reminder',
    initiatedBy: 'collector',
    channel: 'sms',
    locale: 'en',
    template: 'Hi {{ borrower.firstName }}, see {{ links.portal }}',
    facts: factsFixture({ borrower: { locale: 'en' } }),
    attempt: 0,
    ...overrides,
  };
}
