// Email through a real SMTP server started by the test (smtp-server): both parts, the headers,
// the Message-ID that makes a repeat recognisable, and a permanent refusal.
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeliveryRefused } from './provider';
import { smtpProvider } from './smtp-provider';

describe('smtpProvider', () => {
  let server: SMTPServer;
  let url: string;
  const mails: Array<{ from: string; to: string[]; raw: string }> = [];

  beforeAll(async () => {
    server = new SMTPServer({
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onRcptTo(address, _session, callback) {
        if (address.address.endsWith('@nowhere.example')) {
          const error = Object.assign(new Error('mailbox unavailable'), { responseCode: 550 });
          callback(error);
          return;
        }
        callback();
      },
      onData(stream, session, callback) {
        let raw = '';
        stream.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
        stream.on('end', () => {
          mails.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
            raw,
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  const message = {
    id: 'm1',
    idempotencyKey: 'enr-1:4',
    channel: 'email' as const,
    to: 'lan@example.com',
    locale: 'vi',
    subject: 'Khoản thanh toán của bạn',
    body: 'Chào Lan,\n\nChọn ngày: https://pay.example/p/abc\n\nĐể ngừng nhận email, hãy trả lời HUY.',
  };

  it('sends plain text and HTML, in the message language, with a Message-ID derived from the idempotency key', async () => {
    const provider = smtpProvider({
      url,
      from: 'Acme Lending <care@acme.example>',
      messageIdDomain: 'acme.example',
    });
    const first = await provider.deliver(message);
    const again = await provider.deliver(message);
    await provider.close?.();
    expect(first.providerMessageId).toMatch(/^<[0-9a-f]{32}@acme\.example>$/);
    expect(again.providerMessageId).toBe(first.providerMessageId);
    const mail = mails.at(-1)!;
    expect(mail.from).toBe('care@acme.example');
    expect(mail.to).toEqual(['lan@example.com']);
    expect(mail.raw).toContain('Content-Type: text/plain; charset=utf-8');
    expect(mail.raw).toContain('Content-Type: text/html; charset=utf-8');
    expect(mail.raw).toContain('Content-Language: vi');
    expect(mail.raw).toContain(`Message-ID: ${first.providerMessageId}`);
    const html = Buffer.from(mail.raw.replace(/=\r\n/g, ''), 'utf8').toString();
    expect(html).toContain('<a href=3D"https://pay.example/p/abc">');
  });

  it('reports a refused mailbox as a refusal (not retried)', async () => {
    const provider = smtpProvider({ url, from: 'care@acme.example' });
    await expect(
      provider.deliver({ ...message, to: 'nobody@nowhere.example' }),
    ).rejects.toBeInstanceOf(DeliveryRefused);
    await provider.close?.();
  });
});
