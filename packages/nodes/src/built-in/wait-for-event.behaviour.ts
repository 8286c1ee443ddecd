import { addDuration } from '@tandem/dsl/engine';
import { defineBehaviour } from '../define-behaviour';
import type { WaitForEventConfig } from './wait-for-event';

/** Waits for the first of some events (one port each), or the timeout. */
export const waitForEventBehaviour = defineBehaviour<WaitForEventConfig>({
  type: 'waitForEvent',
  version: 1,
  waits: true,
  ports: (c) => [...c.events.map((name) => ({ name })), { name: 'timeout', label: 'Timeout' }],
  behaviour: {
    enter: (ctx) => ({
      kind: 'stay',
      state: null,
      wakeAt: addDuration(ctx.now, ctx.config.timeout, ctx.timezone),
    }),
    onEvent: (ctx, _state, event) =>
      ctx.config.events.includes(event.type) ? { kind: 'exit', port: event.type } : undefined,
    onTimer: () => ({ kind: 'exit', port: 'timeout' }),
  },
});
