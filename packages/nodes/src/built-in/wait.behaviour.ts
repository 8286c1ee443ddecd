import {
  addDays,
  addDuration,
  compareInstants,
  localDateTimeToInstant,
  readFact,
  type NodeContext,
} from '@tandem/dsl/engine';
import { defineBehaviour } from '../define-behaviour';
import type { WaitConfig } from './wait';

/** isoDateSchema's pattern: a date fact the wait can use. */
const isoDate = /^(19|20|21)\d\d-\d{2}-\d{2}$/;

/** The instant a wait ends, or null when the date fact is missing or not a date. */
function wakeTime(ctx: NodeContext<WaitConfig>): string | null {
  const { config: c, now, timezone } = ctx;
  if (c.mode === 'duration') return addDuration(now, c.for, timezone);
  const date = readFact(ctx.facts, c.fact);
  if (typeof date !== 'string' || !isoDate.test(date)) return null;
  return localDateTimeToInstant(addDays(date, c.offsetDays), c.atLocalTime, timezone);
}

/** Waits a duration or until a date fact; a date already past lets the journey go on at once. */
export const waitBehaviour = defineBehaviour<WaitConfig>({
  type: 'wait',
  version: 1,
  waits: true,
  ports: [{ name: 'done', label: 'Done' }],
  behaviour: {
    enter(ctx) {
      const at = wakeTime(ctx);
      if (at === null || compareInstants(at, ctx.now) <= 0) return { kind: 'exit', port: 'done' };
      return { kind: 'stay', state: null, wakeAt: at };
    },
    onTimer: () => ({ kind: 'exit', port: 'done' }),
  },
});
