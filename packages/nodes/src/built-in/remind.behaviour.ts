import { addDuration } from '@tandem/dsl/engine';
import { defineBehaviour } from '../define-behaviour';
import { sendMessage } from '../shared/send-message';
import type { RemindConfig } from './remind';

/** Sends one message and leaves by "sent" or "failed" once the driver reports on it. */
export const remindBehaviour = defineBehaviour<RemindConfig>({
  type: 'remind',
  version: 1,
  waits: false,
  ports: [
    { name: 'sent', label: 'Sent' },
    { name: 'failed', label: 'Not sent', optional: true },
  ],
  behaviour: {
    enter: (ctx) => ({
      kind: 'stay',
      state: null,
      effects: [
        {
          ...sendMessage(ctx.config, 'message', ctx.config.purpose, ctx.config.link),
          ...(ctx.config.sendWithin
            ? { notAfter: addDuration(ctx.now, ctx.config.sendWithin, ctx.timezone) }
            : {}),
        },
      ],
    }),
    onResult: (_ctx, _state, result) =>
      result.kind === 'send'
        ? { kind: 'exit', port: result.status === 'sent' ? 'sent' : 'failed' }
        : undefined,
  },
});
