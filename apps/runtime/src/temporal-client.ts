// The API's side of durable execution: starts one workflow per enrollment, signals events to
// them, asks them questions (updates, queries) and cancels them.
import type { EventVerdict } from '@tandem/dsl';
import {
  Client,
  WorkflowNotFoundError,
  WorkflowUpdateFailedError,
  type Connection,
} from '@temporalio/client';
import type { Logger } from 'pino';
import type { Database } from './db/client';
import { enrollmentStartInfo, liveEnrollmentsOf, markStarted } from './db/queries/enrollments';
import type { JourneyDriver, StartReport } from './journey-driver';
import { journeyDataConverter } from './temporal/data-converter';
import type { PayloadKeyring } from './temporal/payload-keys';
import {
  cancelSignal,
  eventSignal,
  journeyWorkflowType,
  respondUpdate,
  stateQuery,
  type JourneyWorkflowInput,
} from './workflows/definitions';
import { enrollmentAttributePairs } from './workflows/search-attributes';

export const defaultTaskQueue = 'tandem-journeys';

/** How many start or signal calls are in flight at once (the frontend handles more; Postgres less). */
const CONCURRENCY = 64;

export const workflowIdOf = (enrollmentId: string) => `enr-${enrollmentId}`;

/**
 * A Temporal client whose payloads are encrypted (docs/security.md): the only way the runtime
 * makes one, so nothing it starts, signals or asks travels in clear.
 * @example const client = journeyClient({ connection, namespace: 'default', payloadKeys })
 */
export function journeyClient(options: {
  connection: Connection;
  namespace?: string;
  payloadKeys: PayloadKeyring;
}): Client {
  return new Client({
    connection: options.connection,
    namespace: options.namespace ?? 'default',
    dataConverter: journeyDataConverter(options.payloadKeys),
  });
}

/**
 * A JourneyDriver backed by Temporal.
 * @example const journeys = temporalJourneyDriver({ client, db, logger, taskQueue: 'tandem-journeys' })
 */
export function temporalJourneyDriver(options: {
  client: Client;
  db: Database;
  logger: Logger;
  taskQueue?: string;
  now?: () => Date;
}): JourneyDriver {
  const { client, db, logger } = options;
  const taskQueue = options.taskQueue ?? defaultTaskQueue;
  const now = options.now ?? (() => new Date());

  /** Signals, ignoring enrollments whose workflow has finished meanwhile. */
  const signal = async (workflowId: string, send: (id: string) => Promise<void>) => {
    try {
      await send(workflowId);
    } catch (error) {
      if (error instanceof WorkflowNotFoundError) return;
      throw error;
    }
  };

  return {
    async start(enrollmentIds): Promise<StartReport> {
      const report: StartReport = { started: 0, failed: [] };
      const infos = await enrollmentStartInfo(db, enrollmentIds);
      const started: string[] = [];
      await inBatches(infos, CONCURRENCY, async (info) => {
        try {
          const input: JourneyWorkflowInput = { enrollmentId: info.id };
          await client.workflow.start(journeyWorkflowType, {
            taskQueue,
            workflowId: info.workflowId,
            args: [input],
            // Enrolling twice (a retried request, two API replicas) attaches to the running one.
            workflowIdConflictPolicy: 'USE_EXISTING',
            workflowIdReusePolicy: 'REJECT_DUPLICATE',
            typedSearchAttributes: enrollmentAttributePairs({
              journeyId: info.journeyId,
              version: info.version,
              node: null,
              status: 'running',
            }),
          });
          started.push(info.id);
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          logger.error({ err: error, enrollmentId: info.id }, 'could not start the workflow');
          report.failed.push({ enrollmentId: info.id, message });
        }
      });
      await markStarted(db, started, now());
      report.started = started.length;
      return report;
    },

    async notifyBorrower(borrowerId, accountId, events) {
      const live = await liveEnrollmentsOf(db, borrowerId, accountId);
      await inBatches(live, CONCURRENCY, async ({ workflowId }) => {
        for (const event of events) {
          await signal(workflowId, (id) =>
            client.workflow.getHandle(id).signal(eventSignal, event),
          );
        }
      });
    },

    async notifyEnrollment(enrollmentId, event) {
      await signal(workflowIdOf(enrollmentId), (id) =>
        client.workflow.getHandle(id).signal(eventSignal, event),
      );
    },

    async respond(enrollmentId, event): Promise<EventVerdict> {
      try {
        const answer = await client.workflow
          .getHandle(workflowIdOf(enrollmentId))
          .executeUpdate(respondUpdate, { args: [event] });
        return answer.ok ? { ok: true } : answer;
      } catch (error) {
        if (error instanceof WorkflowUpdateFailedError) {
          const rejected = verdictOf(error);
          if (rejected) return rejected;
        }
        if (error instanceof WorkflowNotFoundError) {
          return { ok: false, reason: 'journeyEnded', message: 'This journey has already ended.' };
        }
        throw error;
      }
    },

    async cancel(enrollmentId, reason) {
      await signal(workflowIdOf(enrollmentId), (id) =>
        client.workflow.getHandle(id).signal(cancelSignal, { reason }),
      );
    },

    async state(enrollmentId) {
      try {
        return await client.workflow.getHandle(workflowIdOf(enrollmentId)).query(stateQuery);
      } catch (error) {
        if (error instanceof WorkflowNotFoundError) return null;
        throw error;
      }
    },
  };
}

/** The node's refusal carried by a rejected update (the workflow's validator puts it there). */
function verdictOf(error: WorkflowUpdateFailedError): EventVerdict | null {
  const cause = error.cause as { type?: string; details?: unknown[]; message?: string } | undefined;
  if (cause?.type !== 'EventRejected') return null;
  const detail = cause.details?.[0] as { reason?: unknown; message?: unknown } | undefined;
  return {
    ok: false,
    reason: typeof detail?.reason === 'string' ? detail.reason : 'rejected',
    message: typeof detail?.message === 'string' ? detail.message : (cause.message ?? 'rejected'),
  };
}

/** Runs `work` over `items` with at most `limit` in flight. */
async function inBatches<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>) {
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const item = items[next++]!;
      await work(item);
    }
  });
  await Promise.all(lanes);
}
