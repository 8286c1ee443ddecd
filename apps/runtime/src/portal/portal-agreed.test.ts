// Home shows what the borrower agreed, and stops offering what no longer applies: a plan chosen
// (with its schedule and next instalment; no second plan offer), a hardship request a person is
// still looking at (no second form), then looked at. Through the real app and database, with the
// journey held at the plan node and the events reported through the events API.
import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enrollments, tasks } from '../db/schema';
import { apiRoutes } from '../http/routes/index';
import { openTestApi, type TestApi } from '../http/testing';
import {
  enroll,
  postEvent,
  publishJourney,
  putBorrower,
  type TestBorrower,
} from '../testing/scenario';
import { signLinkToken } from './link-token';
import { portalRoutes } from './portal-routes';

const secret = 'portal-agreed-secret-portal-agreed-secret-0';
const journey = JSON.parse(
  readFileSync(
    new URL('../../../../examples/first-time-borrower.journey.json', import.meta.url),
    'utf8',
  ),
) as { id: string };

describe('home shows what the borrower agreed', () => {
  let api: TestApi;
  let borrower: TestBorrower;
  let borrowerId: string;
  let enrollmentId: string;
  let token: string;
  const home = async () => (await api.app.request(`/p/${token}?lang=en`)).text();

  beforeAll(async () => {
    api = await openTestApi(apiRoutes);
    api.app.route(
      '/',
      portalRoutes({ db: api.database.db, logger: pino({ level: 'silent' }), linkSecret: secret }),
    );
    await publishJourney(api, journey);
    borrower = await putBorrower(api, { locale: 'en', account: { amountDue: 900 } });
    enrollmentId = (await enroll(api, journey.id, borrower)).id;
    const [row] = await api.database.db
      .update(enrollments)
      .set({ status: 'running', currentNode: 'offer-plan' })
      .where(eq(enrollments.id, enrollmentId))
      .returning();
    borrowerId = row!.borrowerId;
    token = signLinkToken({
      secret,
      enrollmentId,
      borrowerId,
      expiresAt: new Date(Date.now() + 86_400_000),
    });
  });
  afterAll(async () => {
    await api?.close();
  });

  it('offers the plans until one is chosen, then shows it with its schedule instead', async () => {
    const before = await home();
    expect(before).toContain('Pay in smaller parts');
    expect(before).not.toContain('What you agreed');

    await postEvent(api, borrower, 'plan.accepted', {
      option: 0,
      node: 'offer-plan',
      balance: 900,
    });
    const after = await home();
    expect(after).toContain('What you agreed');
    expect(after).toContain('You chose to pay in 3 instalments.');
    expect(after).toMatch(/Next instalment: \$300\.00 on /);
    expect(after.match(/<tr>/g)?.length).toBe(4); // the heading row and three instalments
    expect(after).not.toContain('>Pay in smaller parts<');
  });

  it('shows a hardship request as being looked at while its task is open, and hides the form', async () => {
    await postEvent(api, borrower, 'hardship.requested', { category: 'incomeLoss' });
    const [task] = await api.database.db
      .insert(tasks)
      .values({
        idempotencyKey: `test:${randomUUID()}`,
        enrollmentId,
        borrowerId,
        commandId: `test:${randomUUID()}`,
        queue: 'hardship',
        priority: 'high',
        reason: 'Borrower asked for help with hardship',
        outcomes: ['breathingSpace', 'resume', 'close'],
        dueAt: new Date(Date.now() + 86_400_000).toISOString(),
      })
      .returning();
    const pending = await home();
    expect(pending).toContain('A person from our team is looking at it.');
    expect(pending).not.toContain('Ask for a pause or tell us about a hardship');

    await api.database.db
      .update(tasks)
      .set({ status: 'resolved', outcome: 'resume', resolvedAt: new Date().toISOString() })
      .where(eq(tasks.id, task!.id));
    const reviewed = await home();
    expect(reviewed).toContain('Our team has finished looking at your request of');
    expect(reviewed).toContain('Ask for a pause or tell us about a hardship');
  });
});
