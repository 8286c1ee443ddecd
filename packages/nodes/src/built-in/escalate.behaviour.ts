import { addDuration } from '@tandem/dsl/engine';
import { defineBehaviour } from '../define-behaviour';
import type { EscalateConfig } from './escalate';

/** Creates an agent task and leaves by the outcome the agent picks, or by "timeout". */
export const escalateBehaviour = defineBehaviour<EscalateConfig>({
  type: 'escalate',
  version: 1,
  waits: true,
  // An outcome's name (outcomeLabels) labels its port; the port itself is still the outcome id.
  ports: (c) => [
    ...c.outcomes.map((name) => {
      const label = c.outcomeLabels?.find((l) => l.outcome === name)?.label;
      return label === undefined ? { name } : { name, label };
    }),
    { name: 'timeout', label: 'Timeout' },
  ],
  behaviour: {
    enter: (ctx) => ({
      kind: 'stay',
      state: null,
      wakeAt: addDuration(ctx.now, ctx.config.timeout, ctx.timezone),
      effects: [
        {
          kind: 'createTask',
          key: 'task',
          queue: ctx.config.queue,
          priority: ctx.config.priority,
          reason: ctx.config.reason,
          sla: ctx.config.sla,
          outcomes: ctx.config.outcomes,
        },
      ],
    }),
    onEvent: (ctx, _state, event, related) =>
      event.type === 'task.resolved' &&
      related?.effectKey === 'task' &&
      ctx.config.outcomes.includes(event.data.outcome)
        ? { kind: 'exit', port: event.data.outcome }
        : undefined,
    onTimer: () => ({ kind: 'exit', port: 'timeout' }),
  },
});
