// Email through SMTP (nodemailer): a plain-text and an HTML part. SMTP has no idempotency key, so
// the Message-ID is derived from it: a repeat after a lost answer reaches the inbox with the same
// Message-ID, which mail clients show once.
import { createHash } from 'node:crypto';
import nodemailer from 'nodemailer';
import { emailHtml } from './email-html';
import { DeliveryRefused, type ChannelProvider } from './provider';

export interface SmtpProviderOptions {
  /** smtp:// or smtps:// URL, with credentials if the server needs them. */
  url: string;
  /** The From header, e.g. "Acme Lending <care@acme.example>". */
  from: string;
  /** Host part of the Message-ID. */
  messageIdDomain?: string;
}

/** SMTP reply codes 5xx are permanent ("no such mailbox"); 4xx are worth a retry. */
function isPermanent(error: unknown): boolean {
  const code = (error as { responseCode?: unknown }).responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}

export function smtpProvider(options: SmtpProviderOptions): ChannelProvider {
  const transport = nodemailer.createTransport(options.url);
  const domain = options.messageIdDomain ?? 'tandem.local';
  return {
    name: 'smtp',
    async deliver(message) {
      const stable = createHash('sha256').update(message.idempotencyKey).digest('hex').slice(0, 32);
      try {
        const info = await transport.sendMail({
          from: options.from,
          to: message.to,
          subject: message.subject ?? '',
          text: message.body,
          html: emailHtml(message.body, message.locale),
          messageId: `<${stable}@${domain}>`,
          headers: { 'Content-Language': message.locale },
        });
        return { providerMessageId: info.messageId };
      } catch (error) {
        if (isPermanent(error)) {
          throw new DeliveryRefused(`the mail server refused the message: ${String(error)}`, {
            cause: error,
          });
        }
        throw error;
      }
    },
    close: () => {
      transport.close();
      return Promise.resolve();
    },
  };
}
