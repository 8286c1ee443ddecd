import type { Channel } from '../journey/primitives';

/**
 * The longest text a message may render to, per channel; checked at publish (see
 * rendered-size.ts) so a loop cannot send a 998,025-character SMS. SMS is counted in segments
 * because that is what the borrower receives and the lender pays for.
 */
export const channelTextLimits = {
  sms: { segments: 10 },
  whatsapp: { characters: 4_096 }, // WhatsApp's limit for a text message body
  email: { characters: 100_000 },
  push: { characters: 1_000 },
  voice: { characters: 3_000 }, // about three minutes of speech
} as const satisfies Record<Channel, { segments: number } | { characters: number }>;

/** An email subject line. */
export const subjectCharacterLimit = 200;
