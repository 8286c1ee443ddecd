// What a channel provider is: the last hop of a message, from Tandem to the borrower's phone or
// inbox. Providers only carry a message that send-message has already decided may go; they never
// look at policy.
import type { Channel } from '@tandem/dsl';

/** A rendered message with its address, ready to hand over. */
export interface OutgoingMessage {
  /** Tandem's message id. */
  id: string;
  /** The same on every attempt of one send: gateways use it to drop a repeat. */
  idempotencyKey: string;
  channel: Channel;
  to: string;
  locale: string;
  subject: string | null;
  /** Plain text, opt-out notice included. */
  body: string;
}

/** What the provider said: its own id for the message, when it gives one. */
export interface DeliveryReceipt {
  providerMessageId: string | null;
}

export interface ChannelProvider {
  /** Short name stored with each message ("outbox", "webhook", "smtp"). */
  readonly name: string;
  /**
   * Hands the message over. Throws `DeliveryRefused` when the gateway refuses it for good
   * (a bad number): retrying cannot help. Any other error is transient and the send is retried
   * with the same idempotency key.
   */
  deliver(message: OutgoingMessage): Promise<DeliveryReceipt>;
  close?(): Promise<void>;
}

/** The provider for each channel; channels not named use the outbox. */
export type ChannelProviders = Partial<Record<Channel, ChannelProvider>>;

/** The gateway refused the message and will refuse it again (4xx, SMTP 5xx). */
export class DeliveryRefused extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DeliveryRefused';
  }
}
