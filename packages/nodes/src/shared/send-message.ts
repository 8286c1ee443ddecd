import type { LinkKind, LocalizedText, MessageIntent, NodeEffect } from '@tandem/dsl/engine';
import type { MessageConfig } from './message-fields';

/** The send effect for a messaging node's main message. */
export function sendMessage(
  config: MessageConfig,
  key: string,
  intent: MessageIntent,
  link?: LinkKind,
  message: LocalizedText = config.message,
): Extract<NodeEffect, { kind: 'send' }> {
  return {
    kind: 'send',
    key,
    channel: config.channel,
    ...(config.fallbackChannel ? { fallbackChannel: config.fallbackChannel } : {}),
    message,
    ...(config.subject ? { subject: config.subject } : {}),
    intent,
    ...(link ? { link } : {}),
  };
}
