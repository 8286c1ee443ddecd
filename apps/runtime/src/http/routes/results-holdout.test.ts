import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { events, journeyVersions, launches, launchHoldouts } from '../../db/schema';
import { testDrivers } from '../../db/test-databases';
import { newcombeDifference, ratioDifference, type RatioSums } from '@tandem/dsl';
import type { HoldoutComparison } from '../../db/queries/results/holdout';
import { openTestApi, type TestApi } from '../testing';
import { eventsRoutes } from './events';
import {
  insertAccount,
  insertDebtor,
  insertEnrollment,
  insertJourneyVersion,
} from './record-fixtures';
import { resultsRoutes } from './results';

let sourceCounter = 0;
const payment = (db: Database, borrowerId: string, accountId: string, at: string, amount: number) =>
  db.insert(events).values({
    sourceId: `holdout-${++sourceCounter}-${Math.random()}`,
    type: 'payment.received',
    borrowerId,
    accountId,
    occurredAt: at,
    data: { amount },
  });

const start = '2026-03-01T00:00:00Z';
const day = (n: number) => new Date(Date.parse(start) + n * 86_400_000).toISOString();

/**
 * The launch of one journey, 20 % holdout, "now" 2026-04-15:
 * - journey arm: 40 launch enrollments on 03-01 (USD 100 due each), 20 of which pay 50 on day 3;
 *   2 more launch enrollments on 03-20 that do not pay; 1 enrollment made through the API (not
 *   by the launch) that pays: not in the comparison.
 * - holdout arm: 30 accounts held out on 03-01 (USD 100 due), 6 of which pay 100 on day 10, one
 *   of those through POST /v1/events (stored although the account is in no journey); 2 more held
 *   out on 03-20 that do not pay. Not counted: a payment on a holdout account before it was held
 *   out, a payment on another account of a held-out borrower, and another journey's holdout.
 */
async function seed(api: TestApi) {
  const db = api.database.db;
  const version = await insertJourneyVersion(db);
  const journeyId = version.journeyId;
  await db
    .update(journeyVersions)
    .set({ publishedAt: '2026-02-01T00:00:00Z' })
    .where(eq(journeyVersions.id, version.id));
  const [launch] = await db
    .insert(launches)
    .values({
      journeyId,
      rules: {},
      holdoutPercent: 20,
      status: 'live',
      createdBy: 't',
      updatedBy: 't',
    })
    .returning();
  const other = await insertJourneyVersion(db);
  const [otherLaunch] = await db
    .insert(launches)
    .values({
      journeyId: other.journeyId,
      rules: {},
      holdoutPercent: 50,
      status: 'live',
      createdBy: 't',
      updatedBy: 't',
    })
    .returning();

  const enrol = async (createdAt: string, createdBy = `launch ${journeyId}`) => {
    const d = await insertDebtor(db, {}, { amountDue: 100, currency: 'USD' });
    await insertEnrollment(
      db,
      { borrowerId: d.borrower.id, accountId: d.account.id, journeyVersionId: version.id },
      { createdAt, createdBy, status: 'running' },
    );
    return d;
  };
  const holdOut = async (heldOutAt: string, launchId = launch!.id, holdoutJourney = journeyId) => {
    const d = await insertDebtor(db, {}, { amountDue: 100, currency: 'USD' });
    await db.insert(launchHoldouts).values({
      launchId,
      journeyId: holdoutJourney,
      borrowerId: d.borrower.id,
      accountId: d.account.id,
      heldOutAt,
    });
    return d;
  };

  for (let i = 0; i < 40; i++) {
    const d = await enrol(start);
    if (i < 20) await payment(db, d.borrower.id, d.account.id, day(3), 50);
  }
  for (let i = 0; i < 2; i++) await enrol('2026-03-20T00:00:00Z');
  const byApi = await enrol(start, 'api');
  await payment(db, byApi.borrower.id, byApi.account.id, day(1), 100);

  for (let i = 0; i < 30; i++) {
    const d = await holdOut(start);
    if (i === 0) {
      const res = await api.call('POST', '/v1/events', {
        role: 'integration',
        body: {
          sourceId: 'holdout-api-payment',
          type: 'payment.received',
          borrower: { externalId: d.borrower.externalId },
          account: { externalId: d.account.externalId },
          occurredAt: day(10),
          data: { amount: 100 },
        },
      });
      expect(res.status).toBe(200);
    } else if (i < 6) await payment(db, d.borrower.id, d.account.id, day(10), 100);
    if (i === 6) await payment(db, d.borrower.id, d.account.id, '2026-02-20T00:00:00Z', 100);
    if (i === 7) {
      const second = await insertAccount(db, d.borrower.id, { amountDue: 100, currency: 'USD' });
      await payment(db, d.borrower.id, second.id, day(2), 100);
    }
  }
  for (let i = 0; i < 2; i++) await holdOut('2026-03-20T00:00:00Z');
  const elsewhere = await holdOut(start, otherLaunch!.id, other.journeyId);
  await payment(db, elsewhere.borrower.id, elsewhere.account.id, day(1), 100);
  return { journeyId, launchId: launch!.id };
}

const holdoutOf = (body: unknown) => (body as { holdout: HoldoutComparison }).holdout;

const sums = (n: number, payers: number, paid: number): RatioSums => ({
  n,
  sumX: 100 * n,
  sumY: payers * paid,
  sumXX: 10_000 * n,
  sumYY: payers * paid * paid,
  sumXY: payers * 100 * paid,
});

describe.each(testDrivers)('the journey against its holdout on %s', (driver) => {
  let api: TestApi;
  let journeyId: string;
  let launchId: string;
  beforeAll(async () => {
    api = await openTestApi([resultsRoutes, eventsRoutes], { driver });
    api.setNow(new Date('2026-04-15T00:00:00Z'));
    ({ journeyId, launchId } = await seed(api));
  });
  afterAll(async () => {
    await api.close();
  });
  const path = (query = '') => `/v1/journeys/${journeyId}/versions/1/results${query}`;

  it('compares each money metric with the difference and its 95 % interval', async () => {
    const res = await api.call('GET', path(), { role: 'designer' });
    expect(res.status).toBe(200);
    // Accounts started on 03-20 are 26 days old on 04-15: in the 7- and 14-day bases, not the 30-day one.
    const within = (days: number, jPaid: number, hPaid: number, nJ = 42, nH = 32) => {
      const estimate = newcombeDifference(jPaid, nJ, hPaid, nH);
      return {
        days,
        journey: { n: nJ, paid: jPaid, share: jPaid / nJ },
        holdout: { n: nH, paid: hPaid, share: hPaid / nH },
        difference: {
          estimate: jPaid / nJ - hPaid / nH,
          low: estimate.low,
          high: estimate.high,
          enoughData: true,
        },
      };
    };
    const recovery = ratioDifference(sums(42, 20, 50), sums(32, 6, 100))!;
    expect(holdoutOf(res.body)).toEqual({
      launchId,
      holdoutPercent: 20,
      journeyAccounts: 42,
      holdoutAccounts: 32,
      minimumArmSize: 30,
      shares: [within(7, 20, 0), within(14, 20, 6), within(30, 20, 6, 40, 30)],
      recovery: [
        {
          currency: 'USD',
          journey: { accounts: 42, due: 4200, paid: 1000, payments: 20, recoveryRate: 1000 / 4200 },
          holdout: { accounts: 32, due: 3200, paid: 600, payments: 6, recoveryRate: 600 / 3200 },
          difference: {
            estimate: 1000 / 4200 - 600 / 3200,
            low: recovery.low,
            high: recovery.high,
            enoughData: true,
          },
        },
      ],
      medianDaysToFirstPayment: { journey: 3, holdout: 10, difference: -7 },
    });
    // A sanity check on the interval itself: 20/42 against 6/32 paid within 14 days.
    expect(holdoutOf(res.body).shares[1]!.difference!.low).toBeGreaterThan(0);
  });

  it('says "not enough data" (no interval) under the minimum arm size', async () => {
    const res = await api.call('GET', path('?from=2026-03-20&to=2026-03-20'), { role: 'designer' });
    expect(res.status).toBe(200);
    expect(holdoutOf(res.body)).toMatchObject({ journeyAccounts: 2, holdoutAccounts: 2 });
    expect(holdoutOf(res.body).shares[0]).toEqual({
      days: 7,
      journey: { n: 2, paid: 0, share: 0 },
      holdout: { n: 2, paid: 0, share: 0 },
      difference: { estimate: 0, low: null, high: null, enoughData: false },
    });
  });

  it('has no comparison before either arm has a base', async () => {
    const res = await api.call('GET', path('?from=2026-04-01'), { role: 'designer' });
    expect(holdoutOf(res.body).shares[2]!.difference).toBeNull();
    expect(holdoutOf(res.body).journeyAccounts).toBe(0);
  });

  it('exports the comparison in the summary CSV', async () => {
    const res = await api.call('GET', path('?format=csv'), { role: 'designer' });
    expect(res.status).toBe(200);
    const text = String(res.body);
    expect(text).toContain('holdout.shares.within14.difference.low');
    expect(text).toContain('holdout.recovery.USD.holdout.recoveryRate,0.1875');
  });
});
