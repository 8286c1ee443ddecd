// Which provider carries each channel, as the TANDEM_CHANNELS setting states it (JSON), e.g.
// {"sms":{"provider":"webhook","url":"https://gw.example/sms","secret":"…","rateLimit":{"perSecond":50}},
//  "email":{"provider":"smtp","url":"smtps://user:pass@mail.example","from":"Acme <care@acme.example>"}}
import { channels, type Channel } from '@tandem/dsl';
import { z } from 'zod';
import { outboxProvider } from './outbox-provider';
import type { ChannelProvider, ChannelProviders } from './provider';
import { smtpProvider } from './smtp-provider';
import { webhookProvider } from './webhook-provider';

/**
 * At most this many of the channel's messages handed to its provider a second, across every
 * worker: Temporal holds the channel's send queue to it (docs/channels.md, "Rate limits").
 */
const rateLimitSchema = z.strictObject({
  perSecond: z.number().positive('more than 0').max(100_000, 'at most 100,000'),
});
export type SendRateLimit = z.infer<typeof rateLimitSchema>;

const providerSettingSchema = z.discriminatedUnion('provider', [
  z.strictObject({ provider: z.literal('outbox'), rateLimit: rateLimitSchema.optional() }),
  z.strictObject({
    provider: z.literal('webhook'),
    url: z.url({ protocol: /^https?$/ }),
    secret: z.string().min(16, 'at least 16 characters'),
    rateLimit: rateLimitSchema.optional(),
  }),
  z.strictObject({
    provider: z.literal('smtp'),
    url: z.string().regex(/^smtps?:\/\//, 'an smtp:// or smtps:// URL'),
    from: z.string().min(3),
    rateLimit: rateLimitSchema.optional(),
  }),
]);
export type ProviderSetting = z.infer<typeof providerSettingSchema>;

export const channelSettingsSchema = z
  .partialRecord(z.enum(channels), providerSettingSchema)
  .refine(
    (settings) =>
      Object.entries(settings).every(
        ([channel, s]) => s.provider !== 'smtp' || channel === 'email',
      ),
    {
      message: 'smtp carries email only',
    },
  );
export type ChannelSettings = z.infer<typeof channelSettingsSchema>;

/** TANDEM_CHANNELS as text → checked settings (empty: everything goes to the outbox). */
export const channelSettingsText = z
  .string()
  .transform((text, ctx) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'not JSON' });
      return z.NEVER;
    }
  })
  .pipe(channelSettingsSchema);

/** The providers the settings name; a channel not named falls back to the outbox when sending. */
export function providersFrom(settings: ChannelSettings): ChannelProviders {
  const out: ChannelProviders = {};
  for (const [channel, setting] of Object.entries(settings) as Array<[Channel, ProviderSetting]>) {
    out[channel] = providerOf(setting);
  }
  return out;
}

/** Each channel's send rate limit, for the workers that poll its send queue. */
export function sendRateLimitsFrom(settings: ChannelSettings): SendRateLimits {
  const out: SendRateLimits = {};
  for (const [channel, setting] of Object.entries(settings) as Array<[Channel, ProviderSetting]>) {
    if (setting.rateLimit) out[channel] = setting.rateLimit.perSecond;
  }
  return out;
}

/** Messages a second per channel; a channel not named is not limited. */
export type SendRateLimits = Partial<Record<Channel, number>>;

function providerOf(setting: ProviderSetting): ChannelProvider {
  switch (setting.provider) {
    case 'outbox':
      return outboxProvider;
    case 'webhook':
      return webhookProvider({ url: setting.url, secret: setting.secret });
    case 'smtp':
      return smtpProvider({ url: setting.url, from: setting.from });
  }
}

/** The provider for a channel. */
export const providerFor = (providers: ChannelProviders, channel: Channel): ChannelProvider =>
  providers[channel] ?? outboxProvider;
