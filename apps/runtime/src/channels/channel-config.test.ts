import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../config';
import { providerFor, providersFrom, sendRateLimitsFrom } from './channel-config';

describe('TANDEM_CHANNELS', () => {
  it('names a provider per channel; channels not named use the outbox', () => {
    const config = loadConfig({
      TANDEM_CHANNELS: JSON.stringify({
        sms: { provider: 'webhook', url: 'https://gw.example/sms', secret: 'gateway-secret-16+' },
        email: {
          provider: 'smtp',
          url: 'smtp://mail.example:587',
          from: 'Acme <care@acme.example>',
        },
      }),
    });
    const providers = providersFrom(config.TANDEM_CHANNELS ?? {});
    expect(providerFor(providers, 'sms').name).toBe('webhook');
    expect(providerFor(providers, 'email').name).toBe('smtp');
    expect(providerFor(providers, 'whatsapp').name).toBe('outbox');
  });

  it('takes a send rate limit per channel; channels without one are not limited', () => {
    const config = loadConfig({
      TANDEM_CHANNELS: JSON.stringify({
        sms: {
          provider: 'webhook',
          url: 'https://gw.example/sms',
          secret: 'gateway-secret-16+',
          rateLimit: { perSecond: 25 },
        },
        email: { provider: 'smtp', url: 'smtp://mail.example:587', from: 'Acme <a@acme.example>' },
      }),
    });
    expect(sendRateLimitsFrom(config.TANDEM_CHANNELS ?? {})).toEqual({ sms: 25 });
  });

  it.each([
    ['{"sms": ', 'TANDEM_CHANNELS: not JSON'],
    [
      '{"sms":{"provider":"outbox","rateLimit":{"perSecond":0}}}',
      'TANDEM_CHANNELS.sms.rateLimit.perSecond: more than 0',
    ],
    ['{"sms":{"provider":"outbox","rateLimit":{"perMinute":60}}}', 'TANDEM_CHANNELS.sms.rateLimit'],
    [
      '{"sms":{"provider":"webhook","url":"ftp://x","secret":"gateway-secret-16+"}}',
      'TANDEM_CHANNELS.sms.url',
    ],
    [
      '{"sms":{"provider":"webhook","url":"https://x.example","secret":"short"}}',
      'TANDEM_CHANNELS.sms.secret: at least 16 characters',
    ],
    ['{"sms":{"provider":"smtp","url":"smtp://x","from":"a@b.c"}}', 'smtp carries email only'],
    ['{"fax":{"provider":"outbox"}}', 'TANDEM_CHANNELS: Unrecognized key: "fax"'],
  ])('%s is refused with a message naming the place', (text, message) => {
    expect(() => loadConfig({ TANDEM_CHANNELS: text })).toThrow(ConfigError);
    expect(() => loadConfig({ TANDEM_CHANNELS: text })).toThrow(message);
  });
});
