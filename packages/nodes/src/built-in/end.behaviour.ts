import { defineBehaviour } from '../define-behaviour';
import type { EndConfig } from './end';

/** Ends the journey with the configured outcome. */
export const endBehaviour = defineBehaviour<EndConfig>({
  type: 'end',
  version: 1,
  waits: false,
  ports: [],
  behaviour: {
    enter: (ctx) => ({ kind: 'end', outcome: ctx.config.outcome }),
  },
});
