import {
  channelSchema,
  localizedTextSchema,
  smsSegments,
  type Channel,
  type LocalizedText,
} from '@tandem/dsl';
import { z } from 'zod';

/** Config fields every messaging node shares: channel, optional fallback, the text per locale. */
export function messageFields(defaultText: LocalizedText) {
  return {
    channel: channelSchema.default('sms').describe('Channel to send on'),
    fallbackChannel: channelSchema
      .optional()
      .describe('Used when the borrower opted out of the main channel'),
    message: localizedTextSchema
      .default(defaultText)
      .describe('The message, per language (Liquid template)'),
    subject: localizedTextSchema.optional().describe('Email subject, per language'),
  };
}

export const messageConfigSchema = z.object(messageFields({ en: '' }));
export type MessageConfig = z.infer<typeof messageConfigSchema>;

export { sendMessage } from './send-message';

const channelChoiceNames: Record<Channel, string> = {
  sms: 'SMS',
  whatsapp: 'WhatsApp',
  email: 'Email',
  push: 'Push notification',
  voice: 'Voice call',
};

/** The English names of the channel choices every messaging node shares (see `NodeUi.choices`). */
export const messageChoices = {
  channel: channelChoiceNames,
  fallbackChannel: channelChoiceNames,
};

const channelNames: Record<Channel, string> = {
  sms: 'SMS',
  whatsapp: 'WhatsApp',
  email: 'Email',
  push: 'Push',
  voice: 'Voice',
};

/** "SMS · en, vi · 1 segment" (segments only for text channels where they cost money). */
export function messageSummary(config: MessageConfig): string {
  const locales = Object.keys(config.message);
  const parts = [channelNames[config.channel], locales.join(', ') || 'no text'];
  if (config.channel === 'sms') {
    const longest = Math.max(
      0,
      ...Object.values(config.message).map((t) => smsSegments(t).segments),
    );
    parts.push(`${longest} segment${longest === 1 ? '' : 's'}`);
  }
  if (config.fallbackChannel) parts.push(`fallback ${channelNames[config.fallbackChannel]}`);
  return parts.join(' · ');
}

/** A message may go out on its channel or its fallback: it must fit both. */
export function messageDestination(config: MessageConfig): { channels: Channel[] } {
  return {
    channels: config.fallbackChannel ? [config.channel, config.fallbackChannel] : [config.channel],
  };
}

/** The texts of a messaging node for the validator (locales, template facts). */
export function messageTexts(config: MessageConfig) {
  return [
    { path: ['message'], text: config.message, destination: messageDestination(config) },
    ...(config.subject
      ? [{ path: ['subject'], text: config.subject, destination: { subject: true as const } }]
      : []),
  ];
}
