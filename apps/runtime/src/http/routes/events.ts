import { createRoute, z } from '@hono/zod-openapi';
import { errorLogFields } from '../error-log-fields';
import { createEventBatcher, type EventBatcherOptions } from '../../db/queries/event-batcher';
import type { AcceptedEvent, EventInput, IngestOutcome } from '../../db/queries/events';
import { signalNow } from '../../event-relay/event-relay';
import type { RouteModule } from '../app';
import { ApiError } from '../errors';
import { newRouter } from '../router';
import { signatureHeader } from '../signature';
import {
  eventPathPrefix,
  eventsBodyHook,
  eventsBodySchema,
  maxEventsPerBatch,
  type EventInputBody,
} from './events-body';

const eventResultSchema = z.discriminatedUnion('status', [
  z.object({ sourceId: z.string(), status: z.literal('accepted'), id: z.uuid() }),
  z.object({ sourceId: z.string(), status: z.literal('duplicate') }),
]);

const eventsAcceptedSchema = z
  .object({
    accepted: z.number().int().describe('How many events were new and are now stored'),
    duplicates: z.array(z.string()).describe('Source ids already received before'),
    results: z.array(eventResultSchema).describe('One per event, in request order'),
  })
  .openapi('EventsAccepted');

const postEvents = createRoute({
  method: 'post',
  path: '/events',
  tags: ['events'],
  summary: 'Report one event or a batch',
  description:
    `One event, or \`{ "events": [...] }\` with up to ${maxEventsPerBatch}. Authenticate with an API ` +
    `key (role integration) or sign the raw body: \`${signatureHeader}: t=<unix seconds>,v1=<hex ` +
    `HMAC-SHA256 of "<t>.<body>">\` with the shared webhook secret (at most 5 minutes old). ` +
    'A batch is all-or-nothing; a source id seen before is reported as a duplicate, not an error.',
  request: {
    headers: z.object({ [signatureHeader]: z.string().optional() }),
    body: { required: true, content: { 'application/json': { schema: eventsBodySchema } } },
  },
  responses: {
    200: {
      description: 'Stored (or recognised as duplicates)',
      content: { 'application/json': { schema: eventsAcceptedSchema } },
    },
    400: { description: 'A malformed event; details name each field' },
    422: { description: 'An unknown borrower or account; nothing was written' },
  },
});

const toInput = (event: EventInputBody): EventInput => ({
  sourceId: event.sourceId,
  type: event.type,
  borrowerExternalId: event.borrower.externalId,
  ...(event.account ? { accountExternalId: event.account.externalId } : {}),
  occurredAt: event.occurredAt,
  data: event.data,
});

export interface EventsRoutesOptions {
  /**
   * Called after the batch has committed, with the events that were new, instead of signalling
   * them. Failures are logged, not returned: the events are stored, and a retry by the sender
   * would only find duplicates.
   */
  onAccepted?: (accepted: AcceptedEvent[]) => Promise<void>;
  /** How concurrent requests share commits (db/queries/event-batcher.ts). */
  groupCommit?: EventBatcherOptions;
}

/**
 * POST /events with a hook for what happens once events are stored (signalling journeys).
 * @example createApp(deps, [eventsRoutesWith({ onAccepted: async (stored) => audit(stored) })])
 */
export function eventsRoutesWith(options: EventsRoutesOptions = {}): RouteModule {
  return (deps) => {
    const router = newRouter();
    // A relay that takes events in memory gets them stored due a lease ahead (event-relay.ts).
    const inMemory = deps.eventRelay?.handOff && !options.onAccepted ? deps.eventRelay : undefined;
    const batcher = createEventBatcher(deps.db, {
      ...options.groupCommit,
      ...(inMemory ? { signalLeaseMs: inMemory.handOffLeaseMs ?? 30_000 } : {}),
    });
    const failed = (error: unknown) =>
      deps.logger.error(errorLogFields(error), 'signalling stored events failed');
    /** Stores one request's events, answers replies among them, and has the journeys told. */
    const storeAndTell = async (inputs: EventInput[]): Promise<IngestOutcome> => {
      const outcome = await batcher.ingest(inputs);
      if (!outcome.ok) return outcome;
      const added = deps.replies
        ? await deps.replies(outcome.accepted).catch((error: unknown) => {
            deps.logger.error(errorLogFields(error), 'answering replies failed');
            return [];
          })
        : [];
      const stored = [...outcome.accepted, ...added];
      // Committed: what is left is telling the journeys. The relay does it after we answer
      // (and again after a crash); without one, it is done here before answering.
      if (stored.length === 0) return outcome;
      if (options.onAccepted) await options.onAccepted(stored).catch(failed);
      else if (inMemory?.handOff) {
        inMemory.handOff(outcome.accepted);
        // Replies were stored elsewhere, due at once: the sweep takes them.
        if (added.length > 0) inMemory.nudge();
      } else if (deps.eventRelay) deps.eventRelay.nudge();
      else if (deps.journeys) await signalNow(deps.db, deps.journeys, stored, failed);
      return outcome;
    };
    router.openapi(
      postEvents,
      async (c) => {
        const body = c.req.valid('json');
        const batch = 'events' in body;
        const list = batch ? body.events : [body];
        // Stored with concurrent requests in one commit; a failure of this request's own is its
        // alone (event-batcher.ts), and reaches onError like any other. A relay that is handed
        // the events waits for this request if it is told to stop meanwhile (storing()).
        const store = () => storeAndTell(list.map(toInput));
        const outcome = await (inMemory?.storing ? inMemory.storing(store) : store());
        if (!outcome.ok) {
          const details = outcome.problems.map((p) => ({
            path: `${eventPathPrefix(batch, p.index)}${p.path}`,
            message: p.message,
          }));
          const first = details[0]!;
          throw new ApiError(422, 'UNKNOWN_REFERENCE', `${first.path}: ${first.message}`, details);
        }
        const duplicates = outcome.results.filter((r) => r.status === 'duplicate');
        return c.json(
          {
            accepted: outcome.accepted.length,
            duplicates: duplicates.map((r) => r.sourceId),
            results: outcome.results,
          },
          200,
        );
      },
      eventsBodyHook,
    );
    return router;
  };
}

/** POST /events: stored, then signalled to the journeys (by the event relay when the app has one). */
export const eventsRoutes: RouteModule = eventsRoutesWith();
