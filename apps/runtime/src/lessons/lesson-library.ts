// The lessons an educationLesson node can name: the built-in ones and a lender's own (stored in
// the lessons table). A lender's lesson may not take a built-in id, so a node's lesson means the
// same thing everywhere.
import { asc, eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { lessons } from '../db/schema';
import { builtInLessons } from './built-in-lessons';
import { lessonContentSchema, type Lesson, type LessonContent } from './lesson-schema';

const builtIn = (id: string) => builtInLessons.find((lesson) => lesson.id === id);

/** Stored content was checked when written; a row that no longer parses is left out, not fatal. */
function fromRow(row: typeof lessons.$inferSelect): Lesson | null {
  const content = lessonContentSchema.safeParse(row.content);
  return content.success ? { id: row.id, builtIn: false, content: content.data } : null;
}

export async function findLesson(db: Database, id: string): Promise<Lesson | null> {
  const known = builtIn(id);
  if (known) return known;
  const [row] = await db.select().from(lessons).where(eq(lessons.id, id)).limit(1);
  return row ? fromRow(row) : null;
}

/** Built-in lessons first, then the lender's by id. */
export async function listLessons(db: Database): Promise<Lesson[]> {
  const rows = await db.select().from(lessons).orderBy(asc(lessons.id));
  return [
    ...builtInLessons,
    ...rows.map(fromRow).filter((lesson): lesson is Lesson => lesson !== null),
  ];
}

export type SaveOutcome =
  { ok: true; created: boolean; lesson: Lesson } | { ok: false; reason: 'builtIn' };

/** Creates or replaces a lender's lesson. */
export async function saveLesson(
  db: Database,
  input: { id: string; content: LessonContent; author: string; now: Date },
): Promise<SaveOutcome> {
  if (builtIn(input.id)) return { ok: false, reason: 'builtIn' };
  const at = input.now.toISOString();
  // The inserted row comes back; a conflict with an existing one does not.
  const [inserted] = await db
    .insert(lessons)
    .values({
      id: input.id,
      content: input.content,
      createdBy: input.author,
      createdAt: at,
      updatedAt: at,
    })
    .onConflictDoNothing({ target: lessons.id })
    .returning({ id: lessons.id });
  if (!inserted) {
    await db
      .update(lessons)
      .set({ content: input.content, updatedAt: at })
      .where(eq(lessons.id, input.id));
  }
  return {
    ok: true,
    created: inserted !== undefined,
    lesson: { id: input.id, builtIn: false, content: input.content },
  };
}
