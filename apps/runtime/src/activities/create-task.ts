// An escalation becomes a task in an agent's queue, once per engine command.
import { eq } from 'drizzle-orm';
import { enrollments, tasks } from '../db/schema';
import type { ActivityDeps } from './deps';
import { notFound } from './errors';
import type { CreateTaskInput } from './types';
import { emitWebhookEvent } from '../webhooks/emit-webhook-event';

export function createTaskActivity(deps: ActivityDeps) {
  return async function createTask({
    enrollmentId,
    command,
  }: CreateTaskInput): Promise<{ taskId: string }> {
    const [enrollment] = await deps.db
      .select({ borrowerId: enrollments.borrowerId })
      .from(enrollments)
      .where(eq(enrollments.id, enrollmentId))
      .limit(1);
    if (!enrollment) throw notFound(`no enrollment ${enrollmentId}`);
    const created = await deps.db.transaction(async (tx) => {
      const [row] = await tx
        .insert(tasks)
        .values({
          idempotencyKey: command.idempotencyKey,
          enrollmentId,
          borrowerId: enrollment.borrowerId,
          commandId: command.id,
          nodeId: command.nodeId,
          queue: command.queue,
          priority: command.priority,
          reason: command.reason,
          outcomes: command.outcomes,
          dueAt: command.dueAt,
        })
        .onConflictDoNothing({ target: tasks.idempotencyKey })
        .returning({ id: tasks.id });
      if (row) {
        await emitWebhookEvent(tx, 'task.created', enrollment.borrowerId, {
          taskId: row.id,
          enrollmentId,
          queue: command.queue,
          priority: command.priority,
          dueAt: command.dueAt,
        });
      }
      return row;
    });
    if (created) return { taskId: created.id };
    // A retry of a command whose first attempt committed: the task it made.
    const [existing] = await deps.db
      .select({ id: tasks.id })
      .from(tasks)
      .where(eq(tasks.idempotencyKey, command.idempotencyKey))
      .limit(1);
    if (!existing) throw new Error(`task ${command.idempotencyKey} conflicted but is not there`);
    return { taskId: existing.id };
  };
}
