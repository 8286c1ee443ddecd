import { randomUUID } from 'node:crypto';
import type { JsonValue } from '@tandem/dsl';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client';
import {
  accounts,
  auditEvents,
  borrowers,
  enrollments,
  events,
  journeySteps,
  journeys,
} from '../../db/schema';
import { testDrivers } from '../../db/test-databases';
import { openTestApi, type TestApi } from '../testing';
import { experimentsRoutes } from './experiments';
import { insertJourneyVersion } from './record-fixtures';

/** A journey whose first node is an A/B split judged on "paid within 14 days". */
const splitJourney = (id: string, experiment: Record<string, JsonValue> | null): JsonValue => ({
  dsl: 'journey/v1',
  id,
  name: 'Tone test',
  locales: ['en'],
  defaultLocale: 'en',
  start: 'tone',
  nodes: [
    {
      id: 'tone',
      type: 'split',
      config: {
        variants: [
          { name: 'a', weight: 50 },
          { name: 'b', weight: 50 },
        ],
        ...(experiment ? { experiment } : null),
      },
      next: { a: 'note-a', b: 'note-b' },
    },
    {
      id: 'note-a',
      type: 'remind',
      config: { channel: 'sms', message: { en: 'Hello' } },
      next: { sent: 'done', failed: 'done' },
    },
    {
      id: 'note-b',
      type: 'remind',
      config: { channel: 'sms', message: { en: 'Hi, we can help' } },
      next: { sent: 'done', failed: 'done' },
    },
    { id: 'done', type: 'end', config: { outcome: 'finished' }, next: {} },
  ],
  layout: { tone: { x: 0, y: 0 }, 'note-a': { x: 1, y: 0 }, 'note-b': { x: 1, y: 1 } },
});

const day = 86_400_000;
const tookAt = new Date('2026-01-10T09:00:00Z'); // 51 days before the test API's clock

interface SeededArm {
  arm: string;
  enrollments: number;
  /** How many of them paid on their own account 3 days after taking the arm. */
  paid: number;
  optedOut?: number;
}

/**
 * Seeds enrollments that took each arm, in bulk (one insert per table): a borrower, an account,
 * an enrollment, its split steps, and the outcome events. Counts are exact, so the test knows
 * the rates it fed in.
 */
async function seedArms(db: Database, journeyVersionId: string, arms: SeededArm[]) {
  for (const spec of arms) {
    const ids = Array.from({ length: spec.enrollments }, () => ({
      borrower: randomUUID(),
      account: randomUUID(),
      enrollment: randomUUID(),
    }));
    await db.insert(borrowers).values(
      ids.map((i) => ({
        id: i.borrower,
        externalId: `b-${i.borrower}`,
        firstName: 'Lan',
        locale: 'en',
        timezone: 'UTC',
        country: 'GB',
      })),
    );
    await db.insert(accounts).values(
      ids.map((i) => ({
        id: i.account,
        externalId: `acc-${i.account}`,
        borrowerId: i.borrower,
        amountDue: 100,
        currency: 'GBP',
      })),
    );
    await db.insert(enrollments).values(
      ids.map((i) => ({
        id: i.enrollment,
        borrowerId: i.borrower,
        accountId: i.account,
        journeyVersionId,
        workflowId: `enr-${i.enrollment}`,
        status: 'running' as const,
        createdBy: 'test',
        createdAt: tookAt.toISOString(),
      })),
    );
    await db.insert(journeySteps).values(
      ids.flatMap((i) => [
        {
          enrollmentId: i.enrollment,
          journeyVersionId,
          ordinal: 0,
          nodeId: 'tone',
          kind: 'enter' as const,
          at: tookAt.toISOString(),
        },
        {
          enrollmentId: i.enrollment,
          journeyVersionId,
          ordinal: 1,
          nodeId: 'tone',
          kind: 'exit' as const,
          port: spec.arm,
          at: tookAt.toISOString(),
        },
      ]),
    );
    const outcomeEvents = [
      ...ids.slice(0, spec.paid).map((i) => ({
        sourceId: `pay-${i.enrollment}`,
        type: 'payment.received',
        borrowerId: i.borrower,
        accountId: i.account,
        occurredAt: new Date(tookAt.getTime() + 3 * day).toISOString(),
        data: { amount: 50 },
      })),
      ...ids.slice(0, spec.optedOut ?? 0).map((i) => ({
        sourceId: `stop-${i.enrollment}`,
        type: 'contact.optedOut',
        borrowerId: i.borrower,
        accountId: null,
        occurredAt: new Date(tookAt.getTime() + day).toISOString(),
        data: { channel: 'sms' },
      })),
    ];
    if (outcomeEvents.length > 0) await db.insert(events).values(outcomeEvents);
  }
}

interface ExperimentBody {
  primaryMetric: string;
  enrolled: Record<string, number>;
  arms: Array<{ arm: string; n: number; successes: number; rate: number | null }>;
  comparisons: Array<{ lift: number | null; pValue: number; liftInterval: { low: number } | null }>;
  guardrails: Array<{ metric: string; breachedBy: string[] }>;
  verdict: { kind: string; arm?: string; text: string };
  minimumDetectableEffect: number | null;
  daysToDetect: number | null;
}

describe.each(testDrivers)('experiments API on %s', (driver) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await openTestApi([experimentsRoutes], { driver });
  });
  afterAll(async () => {
    await api.close();
  });

  const publish = async (experiment: Record<string, JsonValue> | null) => {
    const journeyId = `tone-${randomUUID().slice(0, 8)}`;
    const version = await insertJourneyVersion(api.database.db, {
      journeyId,
      document: splitJourney(journeyId, experiment),
    });
    return { journeyId, version };
  };

  it('says "B is better" when B was fed clearly better outcomes (600 per arm, 20% vs 40% paid)', async () => {
    const { journeyId, version } = await publish({
      primaryMetric: 'paidWithinDays',
      paidWithinDays: 14,
    });
    await seedArms(api.database.db, version.id, [
      { arm: 'a', enrollments: 600, paid: 120 },
      { arm: 'b', enrollments: 600, paid: 240 },
    ]);
    const res = await api.call('GET', `/v1/journeys/${journeyId}/versions/1/experiments/tone`, {
      role: 'designer',
    });
    expect(res.status).toBe(200);
    const body = res.body as ExperimentBody;
    expect(body.arms.map((a) => [a.arm, a.n, a.successes])).toEqual([
      ['a', 600, 120],
      ['b', 600, 240],
    ]);
    expect(body.comparisons[0]?.lift).toBeCloseTo(0.2, 10);
    expect(body.comparisons[0]?.pValue).toBeLessThan(0.05);
    expect(body.verdict).toMatchObject({ kind: 'better', arm: 'b' });
  });

  it('does not declare a winner when the arms were fed the same rate', async () => {
    const { journeyId, version } = await publish(null);
    await seedArms(api.database.db, version.id, [
      { arm: 'a', enrollments: 600, paid: 150 },
      { arm: 'b', enrollments: 600, paid: 150 },
    ]);
    const res = await api.call('GET', `/v1/journeys/${journeyId}/versions/1/experiments/tone`, {
      role: 'integration',
    });
    expect(res.status).toBe(200);
    const body = res.body as ExperimentBody;
    // No experiment block: the defaults (paid within 30 days) apply.
    expect(body.primaryMetric).toBe('paidWithinDays');
    expect(['keepRunning', 'noMeaningfulDifference']).toContain(body.verdict.kind);
    expect(body.minimumDetectableEffect).toBeGreaterThan(0);
  });

  it('reports a guardrail breach when B makes opt-outs worse', async () => {
    const { journeyId, version } = await publish({
      primaryMetric: 'paidWithinDays',
      guardrails: ['optOut'],
    });
    await seedArms(api.database.db, version.id, [
      { arm: 'a', enrollments: 600, paid: 120, optedOut: 6 },
      { arm: 'b', enrollments: 600, paid: 240, optedOut: 90 },
    ]);
    const res = await api.call('GET', `/v1/journeys/${journeyId}/versions/1/experiments/tone`, {
      role: 'designer',
    });
    const body = res.body as ExperimentBody;
    expect(body.guardrails).toMatchObject([{ metric: 'optOut', breachedBy: ['b'] }]);
    expect(body.verdict).toMatchObject({ kind: 'guardrailBreached', arm: 'b' });
  });

  it('counts a payment only on the enrollment’s own account, inside the window, after the split', async () => {
    const { journeyId, version } = await publish({ paidWithinDays: 14 });
    await seedArms(api.database.db, version.id, [
      { arm: 'a', enrollments: 3, paid: 0 },
      { arm: 'b', enrollments: 1, paid: 1 },
    ]);
    const db = api.database.db;
    const inA = await db
      .select({ borrowerId: enrollments.borrowerId, accountId: enrollments.accountId })
      .from(enrollments)
      .innerJoin(journeySteps, eq(journeySteps.enrollmentId, enrollments.id))
      .where(eq(journeySteps.port, 'a'));
    const [first, second, third] = inA.filter((r) => r.accountId);
    if (!first || !second || !third) throw new Error('seeding failed');
    const other = randomUUID();
    await db.insert(accounts).values({
      id: other,
      externalId: `acc-${other}`,
      borrowerId: first.borrowerId,
      amountDue: 10,
      currency: 'GBP',
    });
    const at = (days: number) => new Date(tookAt.getTime() + days * day).toISOString();
    await db.insert(events).values([
      // The same borrower paying another account: not this enrollment's payment.
      {
        sourceId: randomUUID(),
        type: 'payment.received',
        borrowerId: first.borrowerId,
        accountId: other,
        occurredAt: at(2),
        data: { amount: 5 },
      },
      // After the 14-day window.
      {
        sourceId: randomUUID(),
        type: 'payment.received',
        borrowerId: second.borrowerId,
        accountId: second.accountId,
        occurredAt: at(20),
        data: { amount: 5 },
      },
      // Before the split.
      {
        sourceId: randomUUID(),
        type: 'payment.received',
        borrowerId: third.borrowerId,
        accountId: third.accountId,
        occurredAt: at(-2),
        data: { amount: 5 },
      },
    ]);
    const res = await api.call('GET', `/v1/journeys/${journeyId}/versions/1/experiments/tone`, {
      role: 'designer',
    });
    const body = res.body as ExperimentBody;
    expect(body.arms.map((a) => [a.arm, a.n, a.successes])).toEqual([
      ['a', 3, 0],
      ['b', 1, 1],
    ]);
    expect(body.verdict.kind).toBe('keepRunning');
  });

  it('answers located 404 and 422 for a missing version, node or a node that is not a split; agents may not read it', async () => {
    const { journeyId } = await publish(null);
    const missingVersion = await api.call(
      'GET',
      `/v1/journeys/${journeyId}/versions/9/experiments/tone`,
    );
    expect(missingVersion.status).toBe(404);
    const missingNode = await api.call(
      'GET',
      `/v1/journeys/${journeyId}/versions/1/experiments/nope`,
    );
    expect(missingNode).toMatchObject({ status: 404, body: { error: { code: 'NODE_NOT_FOUND' } } });
    const notSplit = await api.call(
      'GET',
      `/v1/journeys/${journeyId}/versions/1/experiments/note-a`,
    );
    expect(notSplit).toMatchObject({ status: 422, body: { error: { code: 'NOT_A_SPLIT' } } });
    const agent = await api.call('GET', `/v1/journeys/${journeyId}/versions/1/experiments/tone`, {
      role: 'agent',
    });
    expect(agent.status).toBe(403);
  });

  it('promotes arm b into a new draft, audited, leaving the published version as it was', async () => {
    const { journeyId } = await publish({ primaryMetric: 'paidWithinDays' });
    const res = await api.call(
      'POST',
      `/v1/journeys/${journeyId}/versions/1/experiments/tone/promote`,
      { role: 'designer', body: { arm: 'b' } },
    );
    expect(res.status).toBe(200);
    const db = api.database.db;
    const [journey] = await db.select().from(journeys).where(eq(journeys.id, journeyId));
    const draft = journey?.draft as { start: string; nodes: Array<{ id: string }> };
    expect(draft.start).toBe('note-b');
    expect(draft.nodes.map((n) => n.id)).toEqual(['note-b', 'done']);
    const audit = await db.select().from(auditEvents).where(eq(auditEvents.targetId, journeyId));
    expect(audit).toMatchObject([
      {
        action: 'journey.armPromoted',
        details: { version: 1, nodeId: 'tone', arm: 'b', removedNodes: ['tone', 'note-a'] },
      },
    ]);

    const unknownArm = await api.call(
      'POST',
      `/v1/journeys/${journeyId}/versions/1/experiments/tone/promote`,
      { role: 'designer', body: { arm: 'c' } },
    );
    expect(unknownArm).toMatchObject({ status: 422, body: { error: { code: 'UNKNOWN_ARM' } } });
    const integration = await api.call(
      'POST',
      `/v1/journeys/${journeyId}/versions/1/experiments/tone/promote`,
      { role: 'integration', body: { arm: 'b' } },
    );
    expect(integration.status).toBe(403);
  });
});
