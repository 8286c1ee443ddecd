// Agents' notes on a borrower. Append-only: the table refuses UPDATE and DELETE (migration 0004).
import { and, eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { toIso } from '../db/instants';
import { borrowerNotes, tasks } from '../db/schema';

export interface NoteView {
  id: string;
  body: string;
  author: string;
  taskId: string | null;
  createdAt: string;
}

/**
 * Appends a note.
 * @example await addNote(tx, { borrowerId, body: 'Asked to be called after 6pm', author: 'sam', now })
 */
export async function addNote(
  db: Database,
  input: { borrowerId: string; body: string; author: string; taskId?: string; now: Date },
): Promise<NoteView> {
  const [row] = await db
    .insert(borrowerNotes)
    .values({
      borrowerId: input.borrowerId,
      body: input.body,
      author: input.author,
      taskId: input.taskId ?? null,
      createdAt: input.now.toISOString(),
    })
    .returning();
  return {
    id: row!.id,
    body: row!.body,
    author: row!.author,
    taskId: row!.taskId,
    createdAt: toIso(row!.createdAt),
  };
}

/**
 * Whether a task exists and is about this borrower: a note (or a logged call) may name only such
 * a task, and a stranger's task id must be a 422, not a foreign-key failure.
 * @example if (!(await isBorrowersTask(tx, taskId, borrower.id))) throw …
 */
export async function isBorrowersTask(
  db: Database,
  taskId: string,
  borrowerId: string,
): Promise<boolean> {
  const [row] = await db
    .select({ id: tasks.id })
    .from(tasks)
    .where(and(eq(tasks.id, taskId), eq(tasks.borrowerId, borrowerId)))
    .limit(1);
  return row !== undefined;
}
