// Agents' notes on a borrower. Append-only: the table refuses UPDATE and DELETE (migration 0004).
import type { Database } from '../db/client';
import { toIso } from '../db/instants';
import { borrowerNotes } from '../db/schema';

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
