import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, enrollments, launchHoldouts } from '../../db/schema';
import { openTestApi, type TestApi } from '../testing';
import { borrowersRoutes } from './borrowers';
import { importsRoutes } from './imports';
import { launchesRoutes } from './launches';
import {
  insertDebtor,
  insertEnrollment,
  insertJourney,
  insertJourneyVersion,
} from './record-fixtures';

interface LaunchBody {
  id: string;
  status: string;
  liveEnrollments: number;
  heldOut: number;
}
interface ActionBody {
  launch: LaunchBody;
  enrolled: number;
  heldOut: number;
  cancelled: number;
}

describe('launch API (PGlite)', () => {
  let api: TestApi;
  const cancelled: string[] = [];
  const started: string[] = [];
  beforeAll(async () => {
    api = await openTestApi([launchesRoutes, borrowersRoutes, importsRoutes], {
      deps: {
        journeys: {
          start: (ids) => {
            started.push(...ids);
            return Promise.resolve({ started: ids.length, failed: [] });
          },
          cancel: (id) => {
            cancelled.push(id);
            return Promise.resolve();
          },
          notifyBorrower: async () => {},
          notifyEnrollment: async () => {},
          respond: () => Promise.resolve({ accepted: true } as never),
          state: () => Promise.resolve(null),
        },
      },
    });
  });
  afterAll(async () => {
    await api.close();
  });

  const designer = (method: string, path: string, body?: unknown) =>
    api.call(method, path, { role: 'designer', ...(body === undefined ? {} : { body }) });
  const segmentRule = (segment: string) => ({
    all: [
      { fact: 'borrower.segment', op: 'eq', value: segment },
      { fact: 'account.daysPastDue', op: 'gte', value: 1 },
    ],
  });
  const liveOf = (journeyId: string) =>
    api.database.db
      .select({ id: enrollments.id, status: enrollments.status })
      .from(enrollments)
      .where(eq(enrollments.createdBy, `launch ${journeyId}`));

  it('refuses rules that name unknown or journey facts, naming the rule and field', async () => {
    const { journeyId } = await insertJourneyVersion(api.database.db);
    const res = await designer('PUT', `/v1/journeys/${journeyId}/launch`, {
      rules: {
        all: [
          { fact: 'account.daysPastDue', op: 'gte', value: 1 },
          { fact: 'account.amountDeu', op: 'gte', value: 50 },
          { fact: 'journey.promisesKept', op: 'eq', value: 0 },
        ],
      },
    });
    expect(res.status).toBe(422);
    expect(res.body).toEqual({
      error: {
        code: 'INVALID_RULES',
        message: 'rules.all.1.fact: "account.amountDeu" is not a fact',
        details: [
          { path: 'rules.all.1.fact', message: '"account.amountDeu" is not a fact' },
          {
            path: 'rules.all.2.fact',
            message:
              '"journey.promisesKept" is not known before a journey starts: use borrower.* or account.* facts',
          },
        ],
      },
    });
    const malformed = await designer('PUT', `/v1/journeys/${journeyId}/launch`, {
      rules: { fact: 'account.daysPastDue', op: 'between', value: [1, 30] },
    });
    expect(malformed.status).toBe(422);
    const noRules = await designer('PUT', `/v1/journeys/${journeyId}/launch`, { priority: 3 });
    expect(noRules.status).toBe(400);
    expect(JSON.stringify(noRules.body)).toContain('rules');
  });

  it('answers 404 for an unknown journey and a journey without a launch', async () => {
    const unknown = await designer('GET', '/v1/journeys/no-such-journey/launch');
    expect(unknown.status).toBe(404);
    const journeyId = await insertJourney(api.database.db);
    const none = await designer('GET', `/v1/journeys/${journeyId}/launch`);
    expect(none.status).toBe(404);
    expect(none.body).toMatchObject({ error: { code: 'NO_LAUNCH' } });
  });

  it('previews counts and a sample without contact details', async () => {
    const { journeyId } = await insertJourneyVersion(api.database.db);
    const other = await insertJourneyVersion(api.database.db);
    const segment = 'preview-seg';
    const debtors = [];
    for (let i = 0; i < 6; i++) {
      debtors.push(
        await insertDebtor(
          api.database.db,
          {
            segment,
            firstName: `Name${i}`,
            channels: { sms: { address: '+84903111222', consent: true } },
          },
          { daysPastDue: 5 },
        ),
      );
    }
    await insertDebtor(api.database.db, { segment }, { daysPastDue: 0 }); // does not match
    const busy = debtors[0]!;
    await insertEnrollment(api.database.db, {
      borrowerId: busy.borrower.id,
      accountId: busy.account.id,
      journeyVersionId: other.id,
    });
    const res = await designer('POST', `/v1/journeys/${journeyId}/launch/preview`, {
      rules: segmentRule(segment),
      holdoutPercent: 0,
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      matching: 6,
      inAnotherJourney: 1,
      alreadyInThisJourney: 0,
      wouldHoldOut: 0,
      wouldEnroll: 5,
      holdoutIsEstimate: true,
    });
    const sample = (res.body as { sample: Array<Record<string, string>> }).sample;
    expect(sample).toHaveLength(6);
    expect(Object.keys(sample[0]!).sort()).toEqual([
      'accountExternalId',
      'borrowerExternalId',
      'firstName',
    ]);
    expect(JSON.stringify(res.body)).not.toContain('+84903111222');
  });

  it('launches, enrolls matching accounts and holds some out, pauses, and stops with a count', async () => {
    const { journeyId } = await insertJourneyVersion(api.database.db);
    const segment = 'launch-flow';
    for (let i = 0; i < 30; i++) {
      await insertDebtor(api.database.db, { segment }, { daysPastDue: 10 });
    }
    const saved = await designer('PUT', `/v1/journeys/${journeyId}/launch`, {
      rules: segmentRule(segment),
      priority: 10,
      holdoutPercent: 20,
      reentryCooloffDays: 14,
    });
    expect(saved.status).toBe(201);
    expect(saved.body).toMatchObject({ status: 'draft', priority: 10, holdoutPercent: 20 });

    const preview = await designer('POST', `/v1/journeys/${journeyId}/launch/preview`, {
      rules: segmentRule(segment),
      holdoutPercent: 20,
    });
    const expected = preview.body as { wouldHoldOut: number; wouldEnroll: number };
    expect(expected.wouldHoldOut + expected.wouldEnroll).toBe(30);

    const launched = await designer('POST', `/v1/journeys/${journeyId}/launch/start`);
    expect(launched.status).toBe(200);
    const body = launched.body as ActionBody;
    // The preview used the saved launch's id: its holdout numbers are the real ones.
    expect(body).toMatchObject({ enrolled: expected.wouldEnroll, heldOut: expected.wouldHoldOut });
    expect(body.launch).toMatchObject({
      status: 'live',
      liveEnrollments: expected.wouldEnroll,
      heldOut: expected.wouldHoldOut,
    });
    const holdouts = await api.database.db
      .select()
      .from(launchHoldouts)
      .where(eq(launchHoldouts.launchId, body.launch.id));
    expect(holdouts).toHaveLength(expected.wouldHoldOut);
    expect(await liveOf(journeyId)).toHaveLength(expected.wouldEnroll);

    const again = await designer('POST', `/v1/journeys/${journeyId}/launch/start`);
    expect(again.status).toBe(409);

    const paused = await designer('POST', `/v1/journeys/${journeyId}/launch/pause`);
    expect((paused.body as ActionBody).launch.status).toBe('paused');
    // Paused: a new matching borrower is not enrolled.
    const put = await api.call('PUT', '/v1/borrowers/late-comer-1', {
      role: 'integration',
      body: {
        firstName: 'Mai',
        locale: 'en',
        timezone: 'UTC',
        country: 'VN',
        segment,
        accounts: [
          { externalId: 'late-comer-1-a', amountDue: 50, currency: 'USD', daysPastDue: 3 },
        ],
      },
    });
    expect(put.status).toBe(201);
    expect(await liveOf(journeyId)).toHaveLength(expected.wouldEnroll);

    const stopped = await designer('POST', `/v1/journeys/${journeyId}/launch/stop`);
    expect(stopped.status).toBe(200);
    expect(stopped.body).toMatchObject({ cancelled: expected.wouldEnroll });
    expect((stopped.body as ActionBody).launch).toMatchObject({
      status: 'stopped',
      liveEnrollments: 0,
    });
    const rows = await liveOf(journeyId);
    expect(rows.every((row) => row.status === 'cancelled')).toBe(true);
    expect(cancelled).toEqual(expect.arrayContaining(rows.map((row) => row.id)));

    const audit = await api.database.db
      .select({ action: auditEvents.action, details: auditEvents.details })
      .from(auditEvents)
      .where(and(eq(auditEvents.targetType, 'journey'), eq(auditEvents.targetId, journeyId)));
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(['launch.saved', 'launch.started', 'launch.paused', 'launch.stopped']),
    );
    expect(audit.find((a) => a.action === 'launch.stopped')!.details).toEqual({
      cancelled: expected.wouldEnroll,
    });
  });

  it('enrolls on a borrower write and on an import while live', async () => {
    const { journeyId } = await insertJourneyVersion(api.database.db);
    const segment = 'on-write';
    await designer('PUT', `/v1/journeys/${journeyId}/launch`, { rules: segmentRule(segment) });
    await designer('POST', `/v1/journeys/${journeyId}/launch/start`);

    const put = await api.call('PUT', '/v1/borrowers/on-write-1', {
      role: 'integration',
      body: {
        firstName: 'Mai',
        locale: 'en',
        timezone: 'UTC',
        country: 'VN',
        segment,
        accounts: [{ externalId: 'on-write-1-a', amountDue: 50, currency: 'USD', daysPastDue: 0 }],
      },
    });
    expect(put.status).toBe(201);
    expect(await liveOf(journeyId)).toHaveLength(0); // 0 days past due: no match yet
    const update = await api.call('PUT', '/v1/borrowers/on-write-1', {
      role: 'integration',
      body: {
        firstName: 'Mai',
        locale: 'en',
        timezone: 'UTC',
        country: 'VN',
        accounts: [{ externalId: 'on-write-1-a', amountDue: 50, currency: 'USD', daysPastDue: 2 }],
      },
    });
    expect(update.body).toMatchObject({ accounts: [{ daysPastDue: 2 }] });
    expect(await liveOf(journeyId)).toHaveLength(1);

    const csv = [
      'external_id,first_name,locale,timezone,country,segment,account_external_id,amount_due,currency,days_past_due',
      `imp-1,An,en,UTC,VN,${segment},imp-1-a,10,USD,4`,
      `imp-2,Binh,en,UTC,VN,${segment},imp-2-a,10,USD,0`,
      `imp-3,Chi,en,UTC,VN,other,imp-3-a,10,USD,9`,
    ].join('\n');
    const imported = await api.call('POST', '/v1/imports/borrowers', {
      role: 'integration',
      rawBody: csv,
      headers: { 'content-type': 'text/csv' },
    });
    expect(imported.status).toBe(200);
    expect(imported.body).toMatchObject({ created: 3, audience: { enrolled: 1, heldOut: 0 } });
    expect(await liveOf(journeyId)).toHaveLength(2);
    expect(started.length).toBeGreaterThanOrEqual(2);
    await designer('POST', `/v1/journeys/${journeyId}/launch/stop`);
  });

  it('refuses to launch a journey with no published version', async () => {
    const journeyId = await insertJourney(api.database.db);
    await designer('PUT', `/v1/journeys/${journeyId}/launch`, { rules: segmentRule('x') });
    const res = await designer('POST', `/v1/journeys/${journeyId}/launch/start`);
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({ error: { code: 'NOT_PUBLISHED' } });
  });

  it('lets only designers (and admins) change launches', async () => {
    const { journeyId } = await insertJourneyVersion(api.database.db);
    for (const role of ['agent', 'integration'] as const) {
      const res = await api.call('PUT', `/v1/journeys/${journeyId}/launch`, {
        role,
        body: { rules: segmentRule('x') },
      });
      expect(res.status).toBe(403);
    }
  });
});
