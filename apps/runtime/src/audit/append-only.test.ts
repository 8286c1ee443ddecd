// The audit trail cannot be changed: the database refuses UPDATE, DELETE and TRUNCATE whoever
// asks. And an audited action is written in one transaction with its entry: when the entry
// cannot be written, the action does not happen either.
import { count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apiKeys,
  auditEvents,
  borrowers,
  enrollments,
  holds,
  journeyVersions,
  journeys,
  sessions,
  tasks,
} from '../db/schema';
import { testDrivers } from '../db/test-databases';
import { signInAs } from '../http/access/session-testing';
import { ladder } from '../http/routes/journeys.fixtures';
import { insertTask } from '../http/routes/record-fixtures';
import { apiRoutes } from '../http/routes/index';
import { openTestApi, type TestApi } from '../http/testing';
import { recordAudit } from './record-audit';

const cli = { keyId: null, name: 'cli', role: 'admin', via: 'cli' } as const;

/** The database's own message for a refused statement (drizzle wraps it in "Failed query"). */
async function refusal(statement: PromiseLike<unknown>): Promise<string> {
  try {
    await statement;
  } catch (error) {
    const cause = (error as { cause?: unknown }).cause;
    return cause instanceof Error ? cause.message : String(error);
  }
  return 'not refused';
}

describe.each(testDrivers)('the audit trail is append-only on %s', (driver) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await openTestApi(apiRoutes, { driver });
  });
  afterAll(async () => {
    await api.close();
  });

  const rows = () => api.database.db.select().from(auditEvents);

  it('refuses UPDATE, DELETE and TRUNCATE in the database itself', async () => {
    const { db } = api.database;
    await recordAudit(db, cli, 'key.created', 'k-1', { name: 'Ana', role: 'agent' });
    const before = await rows();
    expect(before).toHaveLength(1);
    for (const statement of [
      sql`update audit_events set action = 'key.revoked'`,
      sql`update audit_events set details = '{}'::jsonb where target_id = 'k-1'`,
      sql`delete from audit_events`,
      sql`truncate audit_events`,
    ]) {
      expect(await refusal(db.execute(statement))).toMatch(/audit_events is append-only/);
    }
    const update = db.update(auditEvents).set({ actorName: 'someone else' });
    expect(await refusal(update)).toMatch(/audit_events is append-only: UPDATE is refused/);
    expect(await rows()).toEqual(before);
  });

  it('does no audited action whose entry cannot be written', async () => {
    const { db } = api.database;
    const tally = async () => ({
      versions: (await db.select({ n: count() }).from(journeyVersions))[0]!.n,
      borrowers: (await db.select({ n: count() }).from(borrowers))[0]!.n,
      enrollments: (await db.select({ n: count() }).from(enrollments))[0]!.n,
      holds: (await db.select({ n: count() }).from(holds))[0]!.n,
      keys: (await db.select({ n: count() }).from(apiKeys))[0]!.n,
      sessions: (await db.select({ n: count() }).from(sessions))[0]!.n,
      openTasks: (await db.select({ n: count() }).from(tasks).where(eq(tasks.status, 'open')))[0]!
        .n,
    });
    await api.call('POST', '/v1/journeys', {
      role: 'designer',
      body: { document: ladder({ id: 'atomic' }) },
    });
    await api.call('POST', '/v1/journeys/atomic/publish', { role: 'designer' });
    await api.call('PUT', '/v1/journeys/atomic/draft', {
      role: 'designer',
      body: { document: ladder({ id: 'atomic', name: 'Changed' }) },
    });
    const put = await api.call('PUT', '/v1/borrowers/ATOM-1', {
      role: 'integration',
      body: {
        firstName: 'Lan',
        locale: 'en',
        timezone: 'UTC',
        country: 'GB',
        accounts: [{ externalId: 'ATOM-1-L1', amountDue: 10, currency: 'GBP' }],
      },
    });
    const borrowerId = (put.body as { id: string }).id;
    const task = await insertTask(db, borrowerId);
    const enrolled = await api.call('POST', '/v1/enrollments', {
      role: 'agent',
      body: {
        borrower: { externalId: 'ATOM-1' },
        account: { externalId: 'ATOM-1-L1' },
        journeyId: 'atomic',
      },
    });
    const enrollmentId = (enrolled.body as { id: string }).id;

    const agent = await signInAs(api, 'agent');

    // From here on no audit entry can be written.
    await db.execute(sql`create function refuse_audit() returns trigger language plpgsql as $$
      begin raise exception 'the audit trail is unavailable'; end $$`);
    await db.execute(
      sql`create trigger refuse_audit before insert on audit_events for each row execute function refuse_audit()`,
    );
    const before = await tally();
    const entries = (await rows()).length;
    const attempts = [
      () => api.call('POST', '/v1/journeys/atomic/publish', { role: 'designer' }),
      () => api.call('POST', '/v1/journeys/atomic/versions/1/restore', { role: 'designer' }),
      () =>
        api.call('POST', '/v1/borrowers/ATOM-1/holds', {
          role: 'agent',
          body: { kind: 'dispute' },
        }),
      () => api.call('POST', `/v1/enrollments/${enrollmentId}/cancel`, { role: 'agent' }),
      () =>
        api.call('POST', '/v1/enrollments/bulk', {
          role: 'integration',
          body: { journeyId: 'atomic', filter: {} },
        }),
      () =>
        api.call('POST', `/v1/tasks/${task.id}/resolve`, {
          role: 'agent',
          body: { outcome: 'planAgreed' },
        }),
      () => api.call('POST', '/v1/keys', { role: 'admin', body: { name: 'Ana', role: 'agent' } }),
      () => api.call('POST', '/v1/session', { role: null, body: { key: api.keys.agent } }),
      () =>
        api.call('POST', '/v1/imports/borrowers', {
          role: 'integration',
          rawBody: [
            'external_id,first_name,locale,timezone,country,account_external_id,amount_due,currency',
            'ATOM-2,Minh,en,UTC,GB,ATOM-2-L1,20,GBP',
          ].join('\r\n'),
          headers: { 'content-type': 'text/csv' },
        }),
    ];
    for (const attempt of attempts) {
      const res = await attempt();
      expect(res.status, JSON.stringify(res.body)).toBe(500);
    }
    expect(await tally()).toEqual(before);
    // A person's read is not answered without its entry either.
    const read = await api.call('GET', '/v1/borrowers/ATOM-1', {
      role: null,
      headers: agent.headers,
    });
    expect(read.status).toBe(500);
    expect(JSON.stringify(read.body)).not.toContain('Lan');
    const [journey] = await db.select().from(journeys).where(eq(journeys.id, 'atomic'));
    expect(journey!.name).toBe('Changed'); // not restored
    const [enrollment] = await db
      .select()
      .from(enrollments)
      .where(eq(enrollments.id, enrollmentId));
    expect(enrollment!.status).toBe('pending'); // not cancelled
    expect((await rows()).length).toBe(entries);
    await db.execute(sql`drop trigger refuse_audit on audit_events`);
  });
});
