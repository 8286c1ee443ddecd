// What POST /events accepts: one event, or `{ events: [...] }` (up to 500). Each event's `data`
// is checked against its type's schema from the DSL, so a payment without an amount is refused
// at the door with the field named, not discovered later by a running journey.
import { z } from '@hono/zod-openapi';
import { eventNameSchema, instantSchema, parseJourneyEvent } from '@tandem/dsl';
import type { Context } from 'hono';
import { errorBody, zodDetails } from '../errors';

export const maxEventsPerBatch = 500;

const externalRefSchema = z.object({ externalId: z.string().min(1).max(200) });

export const eventInputSchema = z
  .object({
    sourceId: z
      .string()
      .min(1)
      .max(200)
      .describe("The sending system's id for the event; a repeat is reported as a duplicate"),
    type: eventNameSchema,
    borrower: externalRefSchema,
    account: externalRefSchema.optional(),
    occurredAt: instantSchema,
    data: z.record(z.string(), z.unknown()).default({}),
  })
  .superRefine((event, ctx) => {
    // The envelope has its own schemas above, and format issues there do not stop this
    // refinement; a stand-in id and instant let the data be checked even when those are wrong,
    // so every problem is reported at once, each once.
    const parsed = parseJourneyEvent({
      id: 'envelope-checked-above',
      type: event.type,
      occurredAt: '2000-01-01T00:00:00Z',
      data: event.data,
    });
    if (parsed.ok) return;
    for (const issue of parsed.issues) {
      if (issue.path[0] !== 'data') continue;
      ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
    }
  })
  .openapi('EventInput');
export type EventInputBody = z.infer<typeof eventInputSchema>;

export const eventBatchSchema = z
  .object({ events: z.array(eventInputSchema).min(1).max(maxEventsPerBatch) })
  .openapi('EventBatch');

export const eventsBodySchema = z.union([eventBatchSchema, eventInputSchema]);

const isBatch = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && 'events' in value;

/**
 * Reports a refused body against the shape the sender meant (batch or single event), so the
 * paths read `events.3.data.amount` rather than a union's "matched neither".
 * @example router.openapi(route, handler, eventsBodyHook)
 */
export function eventsBodyHook(
  result: ({ success: true } | { success: false; data?: unknown; error: z.ZodError }) & {
    target: string;
  },
  c: Context,
): Response | undefined {
  if (result.success) return undefined;
  let details = zodDetails(result.error);
  if (result.target === 'json') {
    const schema = isBatch(result.data) ? eventBatchSchema : eventInputSchema;
    const reparsed = schema.safeParse(result.data);
    if (!reparsed.success) details = zodDetails(reparsed.error);
  }
  const first = details[0];
  const message = first ? `${first.path || 'body'}: ${first.message}` : 'the request is invalid';
  return c.json(errorBody('VALIDATION', message, details), 400);
}

/** Where an event's fields are named in errors: `events.N.` in a batch, nothing for one event. */
export const eventPathPrefix = (batch: boolean, index: number): string =>
  batch ? `events.${index}.` : '';
