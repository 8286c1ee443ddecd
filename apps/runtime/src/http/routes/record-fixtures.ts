// Test fixture builders: rows inserted straight into the database (not through other routes),
// each with defaults that make a valid record and overrides for what a test is about.
import { randomUUID } from 'node:crypto';
import type { JsonValue } from '@tandem/dsl';
import type { Database } from '../../db/client';
import {
  accounts,
  borrowers,
  enrollments,
  journeySteps,
  journeyVersions,
  journeys,
  messages,
  tasks,
} from '../../db/schema';

let counter = 0;
const unique = (prefix: string) => `${prefix}-${++counter}-${randomUUID().slice(0, 8)}`;

type Insert<T extends { $inferInsert: unknown }> = Partial<T['$inferInsert']>;

export async function insertBorrower(db: Database, overrides: Insert<typeof borrowers> = {}) {
  const [row] = await db
    .insert(borrowers)
    .values({
      externalId: unique('b'),
      firstName: 'Lan',
      locale: 'en',
      timezone: 'Asia/Ho_Chi_Minh',
      country: 'VN',
      ...overrides,
    })
    .returning();
  return row!;
}

export async function insertAccount(
  db: Database,
  borrowerId: string,
  overrides: Insert<typeof accounts> = {},
) {
  const [row] = await db
    .insert(accounts)
    .values({
      externalId: unique('acc'),
      borrowerId,
      amountDue: 120.5,
      currency: 'USD',
      ...overrides,
    })
    .returning();
  return row!;
}

/** A borrower with one account: the usual subject of an event or enrollment. */
export async function insertDebtor(
  db: Database,
  borrower: Insert<typeof borrowers> = {},
  account: Insert<typeof accounts> = {},
) {
  const b = await insertBorrower(db, borrower);
  return { borrower: b, account: await insertAccount(db, b.id, account) };
}

export const fixtureJourneyDocument = (id: string): JsonValue => ({
  dsl: 'journey/v1',
  id,
  name: 'Fixture journey',
  locales: ['en'],
  defaultLocale: 'en',
  start: 'hello',
  nodes: [
    {
      id: 'hello',
      type: 'remind',
      config: { channel: 'sms', message: { en: 'Hi' } },
      next: { sent: 'wait', failed: 'done' },
    },
    { id: 'wait', type: 'wait', config: { for: 'P2D' }, next: { done: 'done' } },
    { id: 'done', type: 'end', config: { outcome: 'finished' }, next: {} },
  ],
});

/** A journey with a draft and nothing published; an existing id is left as it is. */
export async function insertJourney(db: Database, journeyId = unique('journey')) {
  await db
    .insert(journeys)
    .values({ id: journeyId, name: 'Fixture journey', draft: fixtureJourneyDocument(journeyId) })
    .onConflictDoNothing();
  return journeyId;
}

/** A journey (created when missing) with one published version. */
export async function insertJourneyVersion(
  db: Database,
  options: { journeyId?: string; version?: number; document?: JsonValue } = {},
) {
  const journeyId = await insertJourney(db, options.journeyId);
  const document = options.document ?? fixtureJourneyDocument(journeyId);
  const [row] = await db
    .insert(journeyVersions)
    .values({
      journeyId,
      version: options.version ?? 1,
      contentHash: randomUUID(),
      document,
      author: 'fixture',
    })
    .returning();
  return row!;
}

export async function insertEnrollment(
  db: Database,
  refs: { borrowerId: string; accountId: string; journeyVersionId: string },
  overrides: Insert<typeof enrollments> = {},
) {
  const id = randomUUID();
  const [row] = await db
    .insert(enrollments)
    .values({ id, workflowId: `enr-${id}`, createdBy: 'fixture', ...refs, ...overrides })
    .returning();
  return row!;
}

/** Steps of one enrollment, `at` one minute apart in the given order. */
export async function insertSteps(
  db: Database,
  enrollment: { id: string; journeyVersionId: string },
  steps: Array<{ nodeId: string; kind: 'enter' | 'exit' | 'end'; port?: string }>,
) {
  if (steps.length === 0) return;
  const start = Date.parse('2026-03-01T09:00:00Z');
  await db.insert(journeySteps).values(
    steps.map((s, i) => ({
      enrollmentId: enrollment.id,
      journeyVersionId: enrollment.journeyVersionId,
      ordinal: i,
      nodeId: s.nodeId,
      kind: s.kind,
      port: s.port ?? null,
      at: new Date(start + i * 60_000).toISOString(),
    })),
  );
}

export async function insertTask(
  db: Database,
  borrowerId: string,
  overrides: Insert<typeof tasks> = {},
) {
  const [row] = await db
    .insert(tasks)
    .values({
      idempotencyKey: unique('task'),
      borrowerId,
      commandId: unique('cmd'),
      queue: 'hardship',
      priority: 'normal',
      reason: 'Borrower asked for help',
      outcomes: ['planAgreed', 'noContact'],
      dueAt: '2026-03-05T09:00:00Z',
      ...overrides,
    })
    .returning();
  return row!;
}

export async function insertMessage(
  db: Database,
  borrowerId: string,
  overrides: Insert<typeof messages> = {},
) {
  const [row] = await db
    .insert(messages)
    .values({
      idempotencyKey: unique('msg'),
      borrowerId,
      channel: 'sms',
      locale: 'en',
      body: 'Hi Lan, a reminder about your payment.',
      ...overrides,
    })
    .returning();
  return row!;
}
