// The default channel: the message is stored and shown in the API (GET …/messages) and nowhere
// else. Development and demos use it; so does any channel a lender has not connected yet.
import type { ChannelProvider } from './provider';

export const outboxProvider: ChannelProvider = {
  name: 'outbox',
  deliver: () => Promise.resolve({ providerMessageId: null }),
};
