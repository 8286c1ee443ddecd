// The projection the API's stats and timelines read: node visits in order, and the enrollment's
// current node and status. Rows carry their ordinal, so a retried activity adds nothing twice.
import { and, eq, inArray } from 'drizzle-orm';
import type { Database } from '../db/client';
import { enrollments, journeySteps, journeyVersions } from '../db/schema';
import { emitWebhookEvent } from '../webhooks/emit-webhook-event';
import type { ActivityDeps } from './deps';
import type { RecordStepInput } from './types';

type Step = { ordinal: number; nodeId: string; kind: string; port: string | null };

async function announce(
  tx: Database,
  input: RecordStepInput,
  inserted: Step[],
  enrollment: { borrowerId: string; status: string },
): Promise<void> {
  const { enrollmentId } = input;
  const { borrowerId } = enrollment;
  if (inserted.some((step) => step.ordinal === 0)) {
    const [version] = await tx
      .select({ journeyId: journeyVersions.journeyId, version: journeyVersions.version })
      .from(journeyVersions)
      .where(eq(journeyVersions.id, input.journeyVersionId));
    await emitWebhookEvent(tx, 'enrollment.started', borrowerId, {
      enrollmentId,
      journeyId: version?.journeyId ?? null,
      version: version?.version ?? null,
    });
  }
  const promiseExits = inserted.filter(
    (step) => step.kind === 'exit' && (step.port === 'kept' || step.port === 'broken'),
  );
  if (promiseExits.length > 0) {
    const [version] = await tx
      .select({ document: journeyVersions.document })
      .from(journeyVersions)
      .where(eq(journeyVersions.id, input.journeyVersionId));
    const nodes = (version?.document as { nodes?: { id: string; type: string }[] } | undefined)
      ?.nodes;
    for (const step of promiseExits) {
      if (nodes?.find((node) => node.id === step.nodeId)?.type !== 'promiseToPay') continue;
      await emitWebhookEvent(
        tx,
        step.port === 'kept' ? 'promise.kept' : 'promise.broken',
        borrowerId,
        { enrollmentId, nodeId: step.nodeId },
      );
    }
  }
  if (enrollment.status !== 'running') {
    await emitWebhookEvent(tx, 'enrollment.finished', borrowerId, {
      enrollmentId,
      status: enrollment.status,
      outcome: input.outcome,
    });
  }
}

export function recordStepActivity(deps: ActivityDeps) {
  return async function recordStep(input: RecordStepInput): Promise<void> {
    const ended = input.status === 'completed';
    const cancelled = ended && (input.outcome ?? '').startsWith('cancelled:');
    await deps.db.transaction(async (tx) => {
      let inserted: { ordinal: number; nodeId: string; kind: string; port: string | null }[] = [];
      if (input.steps.length > 0) {
        inserted = await tx
          .insert(journeySteps)
          .values(
            input.steps.map((row, index) => ({
              enrollmentId: input.enrollmentId,
              journeyVersionId: input.journeyVersionId,
              ordinal: input.fromOrdinal + index,
              nodeId: row.nodeId,
              kind: row.kind,
              port: row.port,
              at: row.at,
            })),
          )
          .onConflictDoNothing({ target: [journeySteps.enrollmentId, journeySteps.ordinal] })
          .returning({
            ordinal: journeySteps.ordinal,
            nodeId: journeySteps.nodeId,
            kind: journeySteps.kind,
            port: journeySteps.port,
          });
      }
      // A cancel through the API has already set "cancelled": the update leaves it alone.
      const [changed] = await tx
        .update(enrollments)
        .set({
          status: ended ? (cancelled ? 'cancelled' : 'completed') : 'running',
          currentNode: input.currentNode,
          outcome: input.outcome,
          updatedAt: new Date().toISOString(),
          ...(ended ? { completedAt: input.at } : {}),
        })
        .where(
          and(
            eq(enrollments.id, input.enrollmentId),
            inArray(enrollments.status, ['pending', 'running']),
          ),
        )
        .returning({ borrowerId: enrollments.borrowerId, status: enrollments.status });
      // Announced from the rows this call wrote: a retried activity writes none and says nothing.
      if (changed) await announce(tx, input, inserted, changed);
    });
  };
}
