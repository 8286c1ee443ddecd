import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, redactText } from './logger';

describe('logs redact personal data', () => {
  it('scrubs emails and phone numbers but keeps dates, ids and amounts', () => {
    expect(
      redactText(
        'sent to lan.nguyen+1@example.vn and +84 912 345 678 on 2026-03-02 for 2500000 (enr-42)',
      ),
    ).toBe('sent to [email] and [phone] on 2026-03-02 for 2500000 (enr-42)');
    expect(redactText('call (617) 555-0134 now')).toBe('call [phone] now');
    // server addresses stay readable; a phone written with dots does not pass for one
    expect(redactText('dial tcp 127.0.0.1:7233 and 10.20.30.40')).toBe(
      'dial tcp 127.0.0.1:7233 and 10.20.30.40',
    );
    expect(redactText('call 617.555.0134')).toBe('call [phone]');
    // ids stay readable: the digits at the end of a uuid are not a phone number
    expect(
      redactText('enrollment 550e8400-e29b-41d4-a716-446655440000 at 2026-03-02T09:00:00Z'),
    ).toBe('enrollment 550e8400-e29b-41d4-a716-446655440000 at 2026-03-02T09:00:00Z');
  });

  it('applies to every record and message the logger writes', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const logger = createLogger('info', sink);
    logger.info(
      { to: 'sam@example.com', nested: { phone: '+1 617 555 0134' }, amount: 420.5 },
      'message for sam@example.com',
    );
    const record = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(record).toMatchObject({
      to: '[email]',
      nested: { phone: '[phone]' },
      amount: 420.5,
      msg: 'message for [email]',
    });
    expect(lines[0]).not.toMatch(/example\.com|555/);
  });
});
