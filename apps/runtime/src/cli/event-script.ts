import { durationSchema, eventDataSchemas, eventNameSchema, type ScriptedEvent } from '@tandem/dsl';
import { z } from 'zod';
import { fromZodIssues, type InputIssue } from './input-issue';

const scriptedEventSchema = z
  .strictObject({
    after: durationSchema.describe('ISO duration after the start, e.g. "PT2H"'),
    type: eventNameSchema,
    data: z.record(z.string(), z.unknown()).default({}),
  })
  .superRefine((event, ctx) => {
    // Each event type carries its own data; checked here so a bad script never reaches the engine.
    const data = eventDataSchemas[event.type].safeParse(event.data);
    if (data.success) return;
    for (const issue of data.error.issues) {
      ctx.addIssue({ code: 'custom', message: issue.message, path: ['data', ...issue.path] });
    }
  });

const scriptSchema = z.array(scriptedEventSchema);

/**
 * Checks a `--persona script:<file>` script: an array of `{ after, type, data }`, each event's
 * data checked against that event's schema. Times count from the enrollment's start.
 * @example parseEventScript([{ after: 'PT2H', type: 'payment.received', data: { amount: 50 } }])
 */
export function parseEventScript(
  value: unknown,
): { ok: true; events: ScriptedEvent[] } | { ok: false; issues: InputIssue[] } {
  const parsed = scriptSchema.safeParse(value);
  if (parsed.success) return { ok: true, events: parsed.data };
  return { ok: false, issues: fromZodIssues(parsed.error.issues) };
}
