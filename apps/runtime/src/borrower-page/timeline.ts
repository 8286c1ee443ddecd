// One timeline across a borrower's journeys: steps, messages (with delivery status and text),
// inbound events, tasks, calls and notes, newest first. Each source is read newest first from its
// own index, at most one page past the cursor, and the pages are merged: a page costs the same
// with 500 entries or 50,000.
import type { JsonValue } from '@tandem/dsl';
import { and, desc, eq, inArray, isNotNull, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import type { Database } from '../db/client';
import {
  borrowerNotes,
  contactLedger,
  enrollments,
  events,
  journeySteps,
  messages,
  tasks,
} from '../db/schema';
import { localTime } from './local-time';

export const timelineKinds = ['step', 'message', 'event', 'task', 'call', 'note'] as const;
export type TimelineKind = (typeof timelineKinds)[number];

export interface TimelineEntry {
  kind: TimelineKind;
  /** `<kind>:<row id>`: unique across the timeline. */
  id: string;
  /** UTC, with microseconds. */
  at: string;
  /** The borrower's wall clock at that instant. */
  atLocal: string;
  enrollmentId: string | null;
  data: Record<string, JsonValue>;
}

interface Position {
  at: string;
  id: string;
}

const cursorSchema = z.tuple([
  z.iso.datetime({ precision: 6 }),
  z.string().regex(/^[a-z]+:[\w-]+$/),
]);

/** The cursor after an entry. */
export const timelineCursor = (entry: Position) =>
  Buffer.from(JSON.stringify([entry.at, entry.id]), 'utf8').toString('base64url');

/** A cursor's position, or null when this API did not make it. */
export function readTimelineCursor(cursor: string): Position | null {
  try {
    const parsed = cursorSchema.safeParse(
      JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')),
    );
    return parsed.success ? { at: parsed.data[0], id: parsed.data[1] } : null;
  } catch {
    return null;
  }
}

/** An instant as sortable UTC text with microseconds: "2026-03-02T09:00:00.123456Z". */
const utcText = (column: PgColumn) =>
  sql<string>`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
const entryId = (kind: TimelineKind, id: PgColumn) =>
  sql<string>`(${kind} || ':' || ${id}::text) collate "C"`;
const before = (
  kind: TimelineKind,
  at: PgColumn,
  id: PgColumn,
  position?: Position,
): SQL | undefined =>
  position
    ? sql`(${at}, ${entryId(kind, id)}) < (${position.at}::timestamptz, ${position.id} collate "C")`
    : undefined;

type Row = { id: string; at: string; enrollmentId: string | null; data: unknown };

/**
 * One page of the borrower's timeline, newest first.
 * @example await borrowerTimeline(db, { borrowerId, timezone: 'Asia/Ho_Chi_Minh', limit: 50 })
 */
export async function borrowerTimeline(
  db: Database,
  input: { borrowerId: string; timezone: string; limit: number; after?: Position },
): Promise<{ entries: TimelineEntry[]; nextCursor: string | null }> {
  const { borrowerId, after } = input;
  const take = input.limit + 1;
  const enrollmentIds = db
    .select({ id: enrollments.id })
    .from(enrollments)
    .where(eq(enrollments.borrowerId, borrowerId));
  const page = <T extends Row>(kind: TimelineKind, rows: Promise<T[]>) =>
    rows.then((list) => list.map((row) => ({ ...row, kind })));

  const sources = await Promise.all([
    page(
      'step',
      db
        .select({
          id: entryId('step', journeySteps.id),
          at: utcText(journeySteps.at),
          enrollmentId: journeySteps.enrollmentId,
          data: sql`jsonb_build_object('nodeId', ${journeySteps.nodeId}, 'step', ${journeySteps.kind}, 'port', ${journeySteps.port})`,
        })
        .from(journeySteps)
        .where(
          and(
            inArray(journeySteps.enrollmentId, enrollmentIds),
            before('step', journeySteps.at, journeySteps.id, after),
          ),
        )
        .orderBy(desc(journeySteps.at), desc(entryId('step', journeySteps.id)))
        .limit(take),
    ),
    page(
      'message',
      db
        .select({
          id: entryId('message', messages.id),
          at: utcText(messages.createdAt),
          enrollmentId: messages.enrollmentId,
          data: sql`jsonb_build_object('channel', ${messages.channel}, 'status', ${messages.status}, 'intent', ${messages.intent}, 'nodeId', ${messages.nodeId}, 'subject', ${messages.subject}, 'body', ${messages.body}, 'failure', ${messages.failure})`,
        })
        .from(messages)
        .where(
          and(
            eq(messages.borrowerId, borrowerId),
            before('message', messages.createdAt, messages.id, after),
          ),
        )
        .orderBy(desc(messages.createdAt), desc(entryId('message', messages.id)))
        .limit(take),
    ),
    page(
      'event',
      db
        .select({
          id: entryId('event', events.id),
          at: utcText(events.occurredAt),
          enrollmentId: sql<string | null>`null`,
          data: sql`jsonb_build_object('type', ${events.type}, 'data', ${events.data})`,
        })
        .from(events)
        .where(
          and(
            eq(events.borrowerId, borrowerId),
            before('event', events.occurredAt, events.id, after),
          ),
        )
        .orderBy(desc(events.occurredAt), desc(entryId('event', events.id)))
        .limit(take),
    ),
    page(
      'task',
      db
        .select({
          id: entryId('task', tasks.id),
          at: utcText(tasks.createdAt),
          enrollmentId: tasks.enrollmentId,
          data: sql`jsonb_build_object('queue', ${tasks.queue}, 'reason', ${tasks.reason}, 'status', ${tasks.status}, 'outcome', ${tasks.outcome}, 'assignee', ${tasks.assignee}, 'note', ${tasks.note}, 'resolvedAt', ${tasks.resolvedAt})`,
        })
        .from(tasks)
        .where(
          and(eq(tasks.borrowerId, borrowerId), before('task', tasks.createdAt, tasks.id, after)),
        )
        .orderBy(desc(tasks.createdAt), desc(entryId('task', tasks.id)))
        .limit(take),
    ),
    page(
      'call',
      db
        .select({
          id: entryId('call', contactLedger.id),
          at: utcText(contactLedger.attemptedAt),
          enrollmentId: contactLedger.enrollmentId,
          data: sql`jsonb_build_object('result', ${contactLedger.callResult}, 'outcome', ${contactLedger.reason}, 'loggedBy', ${contactLedger.loggedBy})`,
        })
        .from(contactLedger)
        .where(
          and(
            eq(contactLedger.borrowerId, borrowerId),
            isNotNull(contactLedger.callResult),
            before('call', contactLedger.attemptedAt, contactLedger.id, after),
          ),
        )
        .orderBy(desc(contactLedger.attemptedAt), desc(entryId('call', contactLedger.id)))
        .limit(take),
    ),
    page(
      'note',
      db
        .select({
          id: entryId('note', borrowerNotes.id),
          at: utcText(borrowerNotes.createdAt),
          enrollmentId: sql<string | null>`null`,
          data: sql`jsonb_build_object('body', ${borrowerNotes.body}, 'author', ${borrowerNotes.author}, 'taskId', ${borrowerNotes.taskId})`,
        })
        .from(borrowerNotes)
        .where(
          and(
            eq(borrowerNotes.borrowerId, borrowerId),
            before('note', borrowerNotes.createdAt, borrowerNotes.id, after),
          ),
        )
        .orderBy(desc(borrowerNotes.createdAt), desc(entryId('note', borrowerNotes.id)))
        .limit(take),
    ),
  ]);
  // Byte order on both keys, as the SQL compares them (collate "C").
  const newestFirst = (a: Position, b: Position) =>
    a.at === b.at ? (a.id < b.id ? 1 : a.id > b.id ? -1 : 0) : a.at < b.at ? 1 : -1;
  const merged = sources.flat().sort(newestFirst).slice(0, take);
  const entries = merged.slice(0, input.limit).map((row): TimelineEntry => ({
    kind: row.kind,
    id: row.id,
    at: row.at,
    atLocal: localTime(new Date(row.at), input.timezone),
    enrollmentId: row.enrollmentId,
    data: row.data as Record<string, JsonValue>,
  }));
  const last = entries.at(-1);
  return { entries, nextCursor: merged.length > input.limit && last ? timelineCursor(last) : null };
}
