import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenDatabase } from '../db/client';
import { heldOutAccounts, saveLaunch, setLaunchStatus } from '../db/queries/launches';
import { enrollments, journeyVersions } from '../db/schema';
import { openTestDatabase } from '../db/test-databases';
import {
  insertDebtor,
  insertEnrollment,
  insertJourneyVersion,
} from '../http/routes/record-fixtures';
import { reevaluateAllAudiences, startDailyAudienceEvaluation } from './daily-evaluation';
import { evaluateAudiences } from './evaluate-audiences';
import { isHeldOut } from './holdout';

describe('audience evaluation (PGlite)', () => {
  let database: OpenDatabase;
  let clock = new Date('2026-03-10T09:00:00Z');
  const started: string[] = [];
  const deps = () => ({
    db: database.db,
    now: () => clock,
    journeys: {
      start: (ids: readonly string[]) => {
        started.push(...ids);
        return Promise.resolve({ started: ids.length, failed: [] });
      },
    },
  });
  beforeAll(async () => {
    database = await openTestDatabase('pglite');
  });
  afterAll(async () => {
    await database.close();
  });

  const enrollmentsOf = async (accountId: string) =>
    database.db
      .select({
        id: enrollments.id,
        status: enrollments.status,
        journeyId: journeyVersions.journeyId,
        versionId: enrollments.journeyVersionId,
      })
      .from(enrollments)
      .innerJoin(journeyVersions, eq(journeyVersions.id, enrollments.journeyVersionId))
      .where(eq(enrollments.accountId, accountId));

  async function liveLaunch(
    rules: unknown,
    options: { priority?: number; holdoutPercent?: number; reentryCooloffDays?: number } = {},
  ) {
    const version = await insertJourneyVersion(database.db);
    const { launch } = await saveLaunch(
      database.db,
      version.journeyId,
      {
        rules: rules as never,
        priority: options.priority ?? 100,
        holdoutPercent: options.holdoutPercent ?? 0,
        reentryCooloffDays: options.reentryCooloffDays ?? 30,
      },
      'test',
      clock,
    );
    await setLaunchStatus(database.db, launch.id, 'live', 'test', clock);
    return { launch, version };
  }
  const stopAll = async (...ids: string[]) => {
    for (const id of ids) await setLaunchStatus(database.db, id, 'stopped', 'test', clock);
  };

  it('enrolls an account once its days past due reach the rule, on the daily re-evaluation', async () => {
    const segment = 'daily-dpd';
    const { launch, version } = await liveLaunch({
      all: [
        { fact: 'borrower.segment', op: 'eq', value: segment },
        { fact: 'account.daysPastDue', op: 'gte', value: 3 },
      ],
    });
    const debtor = await insertDebtor(
      database.db,
      { segment, timezone: 'UTC' },
      { dueDate: '2026-03-09', daysPastDue: 0 },
    );
    clock = new Date('2026-03-10T09:00:00Z');
    await reevaluateAllAudiences(deps());
    expect(await enrollmentsOf(debtor.account.id)).toEqual([]);

    clock = new Date('2026-03-12T09:00:00Z'); // 3 days past the due date
    const report = await reevaluateAllAudiences(deps());
    const [enrolled] = await enrollmentsOf(debtor.account.id);
    expect(enrolled).toMatchObject({ status: 'pending', versionId: version.id });
    expect(report.byJourney[version.journeyId]).toMatchObject({ enrolled: 1 });
    expect(started).toContain(enrolled!.id);

    // The next day it is live already: nothing new.
    clock = new Date('2026-03-13T09:00:00Z');
    await reevaluateAllAudiences(deps());
    expect(await enrollmentsOf(debtor.account.id)).toHaveLength(1);
    await stopAll(launch.id);
  });

  it('pins the latest published version', async () => {
    const { launch, version } = await liveLaunch({
      fact: 'borrower.segment',
      op: 'eq',
      value: 'latest',
    });
    const v2 = await insertJourneyVersion(database.db, {
      journeyId: version.journeyId,
      version: 2,
    });
    const debtor = await insertDebtor(database.db, { segment: 'latest' });
    await evaluateAudiences(deps(), {
      kind: 'borrowers',
      externalIds: [debtor.borrower.externalId],
    });
    expect((await enrollmentsOf(debtor.account.id))[0]!.versionId).toBe(v2.id);
    await stopAll(launch.id);
  });

  it('gives an account to the higher-priority launch only', async () => {
    const rules = { fact: 'borrower.segment', op: 'eq', value: 'both' };
    const low = await liveLaunch(rules, { priority: 50 });
    const high = await liveLaunch(rules, { priority: 5 });
    const debtor = await insertDebtor(database.db, { segment: 'both' });
    await evaluateAudiences(deps(), { kind: 'accounts', ids: [debtor.account.id] });
    await evaluateAudiences(deps(), { kind: 'accounts', ids: [debtor.account.id] });
    const rows = await enrollmentsOf(debtor.account.id);
    expect(rows.map((row) => row.journeyId)).toEqual([high.version.journeyId]);
    await stopAll(low.launch.id, high.launch.id);
  });

  it('records held-out accounts once and never enrolls them', async () => {
    const segment = 'holdout';
    const { launch, version } = await liveLaunch(
      { fact: 'borrower.segment', op: 'eq', value: segment },
      { holdoutPercent: 50 },
    );
    const debtors = [];
    for (let i = 0; i < 20; i++) debtors.push(await insertDebtor(database.db, { segment }));
    const report = await reevaluateAllAudiences(deps());
    await reevaluateAllAudiences(deps());
    const expectedOut = debtors.filter((d) => isHeldOut(launch.id, d.account.id, 50));
    expect(expectedOut.length).toBeGreaterThan(0);
    expect(expectedOut.length).toBeLessThan(20);
    const recorded = await heldOutAccounts(database.db, version.journeyId);
    expect(recorded.map((r) => r.accountId).sort()).toEqual(
      expectedOut.map((d) => d.account.id).sort(),
    );
    expect(recorded.every((r) => r.launchId === launch.id)).toBe(true);
    expect(report.byJourney[version.journeyId]).toMatchObject({
      heldOut: expectedOut.length,
      enrolled: 20 - expectedOut.length,
    });
    for (const d of expectedOut) expect(await enrollmentsOf(d.account.id)).toEqual([]);
    await stopAll(launch.id);
  });

  it('refuses re-entry for the cool-off days after the account left', async () => {
    const segment = 'cooloff';
    const { launch, version } = await liveLaunch(
      { fact: 'borrower.segment', op: 'eq', value: segment },
      { reentryCooloffDays: 10 },
    );
    const debtor = await insertDebtor(database.db, { segment });
    await insertEnrollment(
      database.db,
      {
        borrowerId: debtor.borrower.id,
        accountId: debtor.account.id,
        journeyVersionId: version.id,
      },
      { status: 'completed', completedAt: '2026-03-05T09:00:00Z' },
    );
    clock = new Date('2026-03-14T09:00:00Z');
    const refused = await evaluateAudiences(deps(), { kind: 'accounts', ids: [debtor.account.id] });
    expect(refused.coolingOff).toBe(1);
    expect((await enrollmentsOf(debtor.account.id)).filter((e) => e.status === 'pending')).toEqual(
      [],
    );
    clock = new Date('2026-03-15T09:00:01Z');
    await evaluateAudiences(deps(), { kind: 'accounts', ids: [debtor.account.id] });
    expect((await enrollmentsOf(debtor.account.id)).map((e) => e.status).sort()).toEqual([
      'completed',
      'pending',
    ]);
    await stopAll(launch.id);
  });

  it('decides the next batch while the previous batch starts (pipelined)', async () => {
    const segment = 'pipelined';
    const { launch, version } = await liveLaunch({
      fact: 'borrower.segment',
      op: 'eq',
      value: segment,
    });
    const debtors = [];
    for (let i = 0; i < 501; i++) debtors.push(await insertDebtor(database.db, { segment }));
    const ids = debtors.map((d) => d.account.id);
    const enrolledCount = async () =>
      (
        await database.db
          .select({ id: enrollments.id })
          .from(enrollments)
          .where(eq(enrollments.journeyVersionId, version.id))
      ).length;
    // The first batch's start finishes only once the second batch (the 501st account) has been
    // decided and enrolled: run in turn, the evaluation would wait forever (the test times out).
    const calls: number[] = [];
    const report = await evaluateAudiences(
      {
        db: database.db,
        now: () => clock,
        journeys: {
          start: async (created: readonly string[]) => {
            calls.push(created.length);
            if (calls.length === 1)
              while ((await enrolledCount()) < 501)
                await new Promise((resolve) => setTimeout(resolve, 20));
            return { started: created.length, failed: [] };
          },
        },
      },
      { kind: 'accounts', ids },
    );
    expect(calls).toEqual([500, 1]);
    expect(report).toMatchObject({ enrolled: 501, notStarted: 0 });
    await stopAll(launch.id);
  }, 60_000);

  it('does nothing for paused launches', async () => {
    const { launch } = await liveLaunch({ fact: 'borrower.segment', op: 'eq', value: 'paused' });
    await setLaunchStatus(database.db, launch.id, 'paused', 'test', clock);
    const debtor = await insertDebtor(database.db, { segment: 'paused' });
    await reevaluateAllAudiences(deps());
    expect(await enrollmentsOf(debtor.account.id)).toEqual([]);
  });

  it('runs on the injected timer and stops cleanly', async () => {
    const { launch } = await liveLaunch({ fact: 'borrower.segment', op: 'eq', value: 'timer' });
    const debtor = await insertDebtor(database.db, { segment: 'timer' });
    let tick: (() => void) | undefined;
    let cleared = false;
    const stop = startDailyAudienceEvaluation(deps(), {
      logger: { info: () => {}, error: () => {} } as never,
      setInterval: (run) => {
        tick = run;
        return {};
      },
      clearInterval: () => {
        cleared = true;
      },
    });
    expect(await enrollmentsOf(debtor.account.id)).toEqual([]);
    tick!();
    await stop();
    expect(cleared).toBe(true);
    expect(await enrollmentsOf(debtor.account.id)).toHaveLength(1);
    await stopAll(launch.id);
  });
});
