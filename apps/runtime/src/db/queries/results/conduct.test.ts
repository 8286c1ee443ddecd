// Conduct is checked incrementally: each contact gets one stored verdict, a later request checks
// only contacts made since, requests at once store nothing twice, and a cohort counts the
// verdicts of its enrollments' days, as a recount of all contacts would.
import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  insertDebtor,
  insertEnrollment,
  insertJourneyVersion,
} from '../../../http/routes/record-fixtures';
import type { OpenDatabase } from '../../client';
import { contactConduct, contactLedger } from '../../schema';
import { openTestDatabase, testDrivers } from '../../test-databases';
import { conductResults } from './conduct';

const document = (id: string) => ({
  dsl: 'journey/v1',
  id,
  name: 'Conduct fixture',
  locales: ['en'],
  defaultLocale: 'en',
  start: 'done',
  policy: {
    jurisdiction: 'none',
    sendWindow: { start: '09:00', end: '20:00' },
    caps: [{ channel: 'sms', max: 1, per: 'P7D' }],
  },
  nodes: [{ id: 'done', type: 'end', config: { outcome: 'paid' }, next: {} }],
});

describe.each(testDrivers)('conduct, checked incrementally (%s)', (driver) => {
  let database: OpenDatabase;
  let journeyVersionId: string;
  let versionDocument: unknown;
  let contact: (attemptedAt: string, channel?: string) => Promise<unknown>;
  let later: (attemptedAt: string) => Promise<unknown>;
  const verdicts = async () =>
    (
      await database.db
        .select({ n: count() })
        .from(contactConduct)
        .where(eq(contactConduct.journeyVersionId, journeyVersionId))
    )[0]!.n;

  beforeAll(async () => {
    database = await openTestDatabase(driver);
    const db = database.db;
    const probe = await insertJourneyVersion(db);
    versionDocument = document(probe.journeyId);
    const version = await insertJourneyVersion(db, {
      journeyId: probe.journeyId,
      version: 2,
      document: versionDocument as never,
    });
    journeyVersionId = version.id;
    // Both borrowers are in Ho Chi Minh City (UTC+7): 03:00Z is 10:00 there, 15:00Z is 22:00.
    const enrolled = async (createdAt: string) => {
      const debtor = await insertDebtor(db);
      const enrollment = await insertEnrollment(
        db,
        { borrowerId: debtor.borrower.id, accountId: debtor.account.id, journeyVersionId },
        { status: 'running', createdAt },
      );
      return (attemptedAt: string, channel = 'sms') =>
        db.insert(contactLedger).values({
          borrowerId: debtor.borrower.id,
          accountId: debtor.account.id,
          enrollmentId: enrollment.id,
          channel,
          attemptedAt,
          outcome: 'sent',
        });
    };
    contact = await enrolled('2026-03-01T09:00:00Z');
    later = await enrolled('2026-03-05T09:00:00Z');
  });
  afterAll(async () => {
    await database?.close();
  });

  it('checks each contact once and only the new ones on a later request', async () => {
    await contact('2026-03-02T03:00:00Z');
    expect(await conductResults(database.db, { journeyVersionId }, versionDocument)).toEqual({
      contacts: 1,
      outsideWindow: 0,
      capBreaches: 0,
      duringHold: 0,
      afterOptOut: 0,
    });
    expect(await verdicts()).toBe(1);
    // A second SMS within 7 days breaches the cap only because of the first, already checked.
    await contact('2026-03-03T03:00:00Z');
    await contact('2026-03-03T15:00:00Z', 'email');
    const expected = {
      contacts: 3,
      outsideWindow: 1,
      capBreaches: 1,
      duringHold: 0,
      afterOptOut: 0,
    };
    expect(await conductResults(database.db, { journeyVersionId }, versionDocument)).toEqual(
      expected,
    );
    expect(await conductResults(database.db, { journeyVersionId }, versionDocument)).toEqual(
      expected,
    );
    expect(await verdicts()).toBe(3);
  });

  it('stores one verdict per contact when two requests check at once', async () => {
    await later('2026-03-06T03:00:00Z');
    await later('2026-03-06T15:00:00Z');
    const [one, two] = await Promise.all([
      conductResults(database.db, { journeyVersionId }, versionDocument),
      conductResults(database.db, { journeyVersionId }, versionDocument),
    ]);
    expect(one).toEqual(two);
    expect(one).toMatchObject({ contacts: 5, outsideWindow: 2, capBreaches: 1 });
    expect(await verdicts()).toBe(5);
  });

  it('drops a contact that stops being sent (a provider refused it) from the counts', async () => {
    const [email] = await database.db
      .update(contactLedger)
      .set({ outcome: 'failed', reason: 'refused' })
      .where(and(eq(contactLedger.channel, 'email'), eq(contactLedger.outcome, 'sent')))
      .returning({ id: contactLedger.id });
    expect(email).toBeDefined();
    expect(await conductResults(database.db, { journeyVersionId }, versionDocument)).toMatchObject({
      contacts: 4,
      outsideWindow: 1,
      capBreaches: 1,
    });
    expect(await verdicts()).toBe(4);
    // Sent again (not something the sender does, but the queue follows the outcome both ways).
    await database.db
      .update(contactLedger)
      .set({ outcome: 'sent' })
      .where(eq(contactLedger.id, email!.id));
    expect(await conductResults(database.db, { journeyVersionId }, versionDocument)).toMatchObject({
      contacts: 5,
      outsideWindow: 2,
      capBreaches: 1,
    });
  });

  it('counts a cohort from its enrollments’ UTC days', async () => {
    const cohort = (from: string, to: string) =>
      conductResults(database.db, { journeyVersionId, from, to }, versionDocument);
    expect(await cohort('2026-03-01', '2026-03-01')).toMatchObject({
      contacts: 3,
      outsideWindow: 1,
      capBreaches: 1,
    });
    expect(await cohort('2026-03-05', '2026-03-31')).toMatchObject({
      contacts: 2,
      outsideWindow: 1,
      capBreaches: 0,
    });
    expect(await cohort('2026-03-02', '2026-03-04')).toMatchObject({ contacts: 0 });
  });
});
