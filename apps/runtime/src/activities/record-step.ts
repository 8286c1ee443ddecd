// The projection the API's stats and timelines read: node visits in order, and the enrollment's
// current node and status. Rows carry their ordinal, so a retried activity adds nothing twice.
import { and, eq, inArray } from 'drizzle-orm';
import { enrollments, journeySteps } from '../db/schema';
import type { ActivityDeps } from './deps';
import type { RecordStepInput } from './types';

export function recordStepActivity(deps: ActivityDeps) {
  return async function recordStep(input: RecordStepInput): Promise<void> {
    const ended = input.status === 'completed';
    const cancelled = ended && (input.outcome ?? '').startsWith('cancelled:');
    await deps.db.transaction(async (tx) => {
      if (input.steps.length > 0) {
        await tx
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
          .onConflictDoNothing({ target: [journeySteps.enrollmentId, journeySteps.ordinal] });
      }
      // A cancel through the API has already set "cancelled": the update leaves it alone.
      await tx
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
        );
    });
  };
}
