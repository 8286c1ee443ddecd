// Who holds a task. Every change is one conditional UPDATE, so two agents claiming at once
// cannot both win, and a release or reassignment never touches a resolved task.
import { and, eq, inArray, isNotNull, isNull, lt, or, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { apiKeys, tasks } from '../schema';
import { emitWebhookEvent } from '../../webhooks/emit-webhook-event';

export type ClaimResult =
  | { ok: true }
  | { ok: false; reason: 'not-found' }
  | { ok: false; reason: 'resolved' }
  | { ok: false; reason: 'held'; assignee: string };

/** Why a conditional update matched nothing: no task, resolved, or someone else holds it. */
async function whyNot(db: Database, id: string): Promise<ClaimResult> {
  const [row] = await db
    .select({ status: tasks.status, assignee: tasks.assignee })
    .from(tasks)
    .where(eq(tasks.id, id))
    .limit(1);
  if (!row) return { ok: false, reason: 'not-found' };
  if (row.status === 'resolved') return { ok: false, reason: 'resolved' };
  return { ok: false, reason: 'held', assignee: row.assignee ?? '' };
}

/**
 * Makes an open task `agent`'s: when nobody holds it, or `agent` already does (claiming again
 * only refreshes it).
 * @example await claimTask(db, id, 'sam', new Date())
 */
export async function claimTask(
  db: Database,
  id: string,
  agent: string,
  now: Date,
): Promise<ClaimResult> {
  const at = now.toISOString();
  const [row] = await db
    .update(tasks)
    .set({
      assignee: agent,
      claimedAt: sql`case when ${tasks.assignee} = ${agent} then ${tasks.claimedAt} else ${at}::timestamptz end`,
      touchedAt: at,
    })
    .where(
      and(
        eq(tasks.id, id),
        eq(tasks.status, 'open'),
        or(isNull(tasks.assignee), eq(tasks.assignee, agent)),
      ),
    )
    .returning({
      id: tasks.id,
      claimedAt: tasks.claimedAt,
      queue: tasks.queue,
      borrowerId: tasks.borrowerId,
    });
  // Claiming one's own task again only refreshes it: announced once, when it changes hands.
  if (row && new Date(row.claimedAt ?? 0).getTime() === now.getTime()) {
    await emitWebhookEvent(db, 'task.claimed', row.borrowerId, { taskId: id, queue: row.queue });
  }
  return row ? { ok: true } : whyNot(db, id);
}

/**
 * Gives an open task back to its queue. Only its holder may, unless `anyHolder` (an admin).
 * @example await releaseTask(db, id, { agent: 'sam' })
 */
export async function releaseTask(
  db: Database,
  id: string,
  by: { agent: string; anyHolder?: boolean },
): Promise<ClaimResult> {
  const [row] = await db
    .update(tasks)
    .set({ assignee: null, claimedAt: null, touchedAt: null })
    .where(
      and(
        eq(tasks.id, id),
        eq(tasks.status, 'open'),
        isNotNull(tasks.assignee),
        by.anyHolder ? undefined : eq(tasks.assignee, by.agent),
      ),
    )
    .returning({ id: tasks.id });
  if (row) return { ok: true };
  const why = await whyNot(db, id);
  // Releasing a task nobody holds is already done.
  return why.ok === false && why.reason === 'held' && why.assignee === '' ? { ok: true } : why;
}

/**
 * Hands an open task to another agent (a supervisor's move); returns the previous holder.
 * @example await reassignTask(db, id, 'kim', new Date())
 */
export async function reassignTask(
  db: Database,
  id: string,
  agent: string,
  now: Date,
): Promise<
  | { ok: true; previous: string | null }
  | { ok: false; reason: 'not-found' }
  | { ok: false; reason: 'resolved' }
> {
  const [before] = await db
    .select({ status: tasks.status, assignee: tasks.assignee })
    .from(tasks)
    .where(eq(tasks.id, id))
    .for('update');
  if (!before) return { ok: false, reason: 'not-found' };
  if (before.status === 'resolved') return { ok: false, reason: 'resolved' };
  const at = now.toISOString();
  await db
    .update(tasks)
    .set({ assignee: agent, claimedAt: at, touchedAt: at })
    .where(eq(tasks.id, id));
  return { ok: true, previous: before.assignee };
}

/** Whether `name` belongs to a working key that may hold tasks (an agent or an admin). */
export async function isAgentName(db: Database, name: string, now: Date): Promise<boolean> {
  const [row] = await db
    .select({ id: apiKeys.id })
    .from(apiKeys)
    .where(
      and(
        eq(apiKeys.name, name),
        inArray(apiKeys.role, ['agent', 'admin']),
        or(
          isNull(apiKeys.revokedAt),
          sql`${apiKeys.revokedAt} > ${now.toISOString()}::timestamptz`,
        ),
      ),
    )
    .limit(1);
  return row !== undefined;
}

/**
 * Records that the holder acted on the borrower's open tasks (a call, a note): it keeps their
 * claims from timing out.
 */
export async function touchClaims(
  db: Database,
  borrowerId: string,
  agent: string,
  now: Date,
): Promise<void> {
  await db
    .update(tasks)
    .set({ touchedAt: now.toISOString() })
    .where(
      and(eq(tasks.borrowerId, borrowerId), eq(tasks.status, 'open'), eq(tasks.assignee, agent)),
    );
}

/**
 * Returns to the queue every open task claimed and left untouched since `now - idleMs`.
 * @example await expireIdleClaims(db, new Date(), 30 * 60_000) // [{ id, assignee }]
 */
export async function expireIdleClaims(
  db: Database,
  now: Date,
  idleMs: number,
): Promise<Array<{ id: string; assignee: string | null }>> {
  const cutoff = new Date(now.getTime() - idleMs).toISOString();
  const before = db.$with('before').as(
    db
      .select({ id: tasks.id, assignee: tasks.assignee })
      .from(tasks)
      .where(and(eq(tasks.status, 'open'), isNotNull(tasks.assignee), lt(tasks.touchedAt, cutoff))),
  );
  return db
    .with(before)
    .update(tasks)
    .set({ assignee: null, claimedAt: null, touchedAt: null })
    .from(before)
    .where(and(eq(tasks.id, before.id), eq(tasks.status, 'open'), lt(tasks.touchedAt, cutoff)))
    .returning({ id: tasks.id, assignee: before.assignee });
}
