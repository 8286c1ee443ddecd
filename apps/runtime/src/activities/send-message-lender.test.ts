// Messages that name the lender ({{ lender.* }}) are rendered from the lender settings; before
// they are set, such a message is not sent (a Reg F statement would name nobody).
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenDatabase } from '../db/client';
import { messages } from '../db/schema';
import { openTestDatabase, testDrivers } from '../db/test-databases';
import {
  insertDebtor,
  insertEnrollment,
  insertJourneyVersion,
} from '../http/routes/record-fixtures';
import { writeLenderSettings } from '../lender/lender-settings';
import { sendCommandFixture } from '../testing/send-command';
import { plainLinks } from '../worker';
import { createActivities } from './index';

const admin = { keyId: null, name: 'operator', role: 'admin', via: 'cli' as const };
const template =
  'Hi {{ borrower.firstName }}, call {{ lender.name }} on {{ lender.supportPhone }}. {{ lender.collectorDisclosure }}';

describe.each(testDrivers)('messages that name the lender, on %s', (driver) => {
  let database: OpenDatabase;
  let activities: ReturnType<typeof createActivities>;
  beforeAll(async () => {
    database = await openTestDatabase(driver);
    activities = createActivities({
      db: database.db,
      now: () => new Date('2026-03-03T10:00:00Z'),
      links: plainLinks('https://tandem.example'),
      optOutNotices: false,
    });
  });
  afterAll(async () => {
    await database?.close();
  });

  async function sendOne(locale: string) {
    const { borrower, account } = await insertDebtor(database.db, {
      channels: { sms: { address: '+84912345678', consent: true } },
    });
    const document = {
      dsl: 'journey/v1',
      id: `lender-${Math.random().toString(36).slice(2, 8)}`,
      name: 'Lender',
      locales: ['en'],
      defaultLocale: 'en',
      policy: { jurisdiction: 'none', caps: [] },
      start: 'done',
      nodes: [{ id: 'done', type: 'end', config: { outcome: 'x' } }],
    };
    const version = await insertJourneyVersion(database.db, { journeyId: document.id, document });
    const enrollment = await insertEnrollment(database.db, {
      borrowerId: borrower.id,
      accountId: account.id,
      journeyVersionId: version.id,
    });
    const report = await activities.sendMessage({
      enrollmentId: enrollment.id,
      journeyVersionId: version.id,
      command: sendCommandFixture(enrollment.id, 1, { template, locale }),
    });
    const [message] = await database.db
      .select()
      .from(messages)
      .where(eq(messages.enrollmentId, enrollment.id));
    return { report, message };
  }

  it('sends nothing that names the lender before the settings are set', async () => {
    const { report, message } = await sendOne('en');
    expect(report).toMatchObject({ status: 'failed' });
    expect(report.status === 'failed' ? report.reason : '').toMatch(
      /^node hello: the message names the lender, whose settings are not set/,
    );
    expect(message).toBeUndefined();
  });

  it("fills in the lender's name, phone and the statement in the message's language", async () => {
    await writeLenderSettings(
      database.db,
      admin,
      { legalName: 'Acme Lending LLC', tradingName: 'Acme', supportPhone: '+1 555 0100' },
      new Date(),
    );
    const english = await sendOne('en');
    expect(english.report).toEqual({ status: 'sent', channel: 'sms' });
    expect(english.message?.body).toBe(
      'Hi Lan, call Acme on +1 555 0100. Acme Lending LLC is a debt collector. We are trying to collect a debt and will use any information you give us to help collect it.',
    );
    const spanish = await sendOne('es');
    expect(spanish.message?.body).toContain('Acme Lending LLC es un cobrador de deudas.');
  });
});
