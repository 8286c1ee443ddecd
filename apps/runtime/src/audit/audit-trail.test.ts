// Each audited action, done through the real API, leaves exactly one entry naming the right
// actor, how they came (a person's session or a machine's key) and the target; repeating an
// action that changes nothing, or a machine reading, leaves none. No entry holds personal data.
import { eq, inArray, not } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accounts, auditEvents, borrowers, type ApiKeyRole } from '../db/schema';
import { testDrivers } from '../db/test-databases';
import { signInAs, type SignedIn } from '../http/access/session-testing';
import { ladder } from '../http/routes/journeys.fixtures';
import { insertEnrollment, insertJourneyVersion, insertTask } from '../http/routes/record-fixtures';
import type { JourneyDriver } from '../journey-driver';
import { apiRoutes } from '../http/routes/index';
import { openTestApi, type TestApi } from '../http/testing';
import { sweepTasks } from '../tasks/task-sweeper';
import { auditActionNames, type AuditAction } from './audit-actions';

type Entry = typeof auditEvents.$inferSelect;

const borrower = {
  firstName: 'Hương',
  lastName: 'Phạm',
  locale: 'vi',
  timezone: 'Asia/Ho_Chi_Minh',
  country: 'VN',
  channels: {
    sms: { address: '+84903111222', consent: true },
    voice: { address: '+84903111222', consent: true },
  },
  accounts: [{ externalId: 'AUD-1-L1', amountDue: 950000, currency: 'VND' }],
};
const csv = [
  'external_id,first_name,locale,timezone,country,account_external_id,amount_due,currency',
  'AUD-2,Minh,vi,Asia/Ho_Chi_Minh,VN,AUD-2-L1,500000,VND',
  'AUD-3,Lan,vi,Asia/Ho_Chi_Minh,VN,AUD-3-L1,700000,VND',
].join('\r\n');

describe.each(testDrivers)('the audit trail on %s', (driver) => {
  let api: TestApi;
  const seen = new Set<string>();
  const people = {} as Record<ApiKeyRole, SignedIn>;
  const keyIds = {} as Record<ApiKeyRole, string>;

  beforeAll(async () => {
    api = await openTestApi(apiRoutes, { driver });
    for (const role of ['admin', 'designer', 'agent', 'integration'] as const) {
      people[role] = await signInAs(api, role);
      const body = (
        await api.call('GET', '/v1/session', { role: null, headers: people[role].headers })
      ).body as { caller: { keyId: string } };
      keyIds[role] = body.caller.keyId;
    }
    await api.call('PUT', '/v1/borrowers/AUD-1', { role: 'integration', body: borrower });
    await api.call('POST', '/v1/journeys', {
      role: 'designer',
      body: { document: ladder({ id: 'aud' }) },
    });
    await newEntries(); // the sign-ins above
  });
  afterAll(async () => {
    await api.close();
  });

  /** The entries written since the last call. */
  async function newEntries(): Promise<Entry[]> {
    const old = [...seen];
    const rows = await api.database.db
      .select()
      .from(auditEvents)
      .where(old.length ? not(inArray(auditEvents.id, old)) : undefined);
    for (const row of rows) seen.add(row.id);
    return rows;
  }

  /** Exactly one new entry, of this action, by this role, via session or key. */
  async function expectOne(
    action: AuditAction,
    who: { role: ApiKeyRole; via: 'session' | 'key' },
    targetId: string | null,
  ): Promise<Entry> {
    const rows = await newEntries();
    expect(rows.map((row) => row.action)).toEqual([action]);
    const [entry] = rows;
    expect(entry).toMatchObject({
      actorKeyId: keyIds[who.role],
      actorName: `test ${who.role}`,
      actorRole: who.role,
      via: who.via,
      targetId,
    });
    expect(entry!.requestId).toMatch(/^[\w-]+$/);
    return entry!;
  }

  const as = (role: ApiKeyRole) => ({ role: null, headers: people[role].headers });

  it('publishing and restoring a journey, by a signed-in designer', async () => {
    const published = await api.call('POST', '/v1/journeys/aud/publish', {
      ...as('designer'),
      body: { note: 'first' },
    });
    expect(published.status).toBe(201);
    const entry = await expectOne('journey.published', { role: 'designer', via: 'session' }, 'aud');
    expect(entry.details).toEqual({ version: 1, note: 'first' });
    expect((await api.call('POST', '/v1/journeys/aud/publish', as('designer'))).status).toBe(200);
    expect(await newEntries()).toEqual([]); // unchanged content: no new version, no entry
    const restored = await api.call('POST', '/v1/journeys/aud/versions/1/restore', as('designer'));
    expect(restored.status).toBe(200);
    expect(
      (await expectOne('journey.restored', { role: 'designer', via: 'session' }, 'aud')).details,
    ).toEqual({
      version: 1,
    });
  });

  it('archiving and unarchiving a journey, by a signed-in designer; repeating records nothing', async () => {
    const archive = () => api.call('POST', '/v1/journeys/aud/archive', as('designer'));
    expect((await archive()).status).toBe(200);
    await expectOne('journey.archived', { role: 'designer', via: 'session' }, 'aud');
    expect((await archive()).status).toBe(200);
    expect(await newEntries()).toEqual([]);
    const back = await api.call('POST', '/v1/journeys/aud/unarchive', as('designer'));
    expect(back.status).toBe(200);
    await expectOne('journey.unarchived', { role: 'designer', via: 'session' }, 'aud');
  });

  it('enrolling one account (once), many, and cancelling', async () => {
    const body = {
      borrower: { externalId: 'AUD-1' },
      account: { externalId: 'AUD-1-L1' },
      journeyId: 'aud',
    };
    const enrolled = await api.call('POST', '/v1/enrollments', { ...as('agent'), body });
    expect(enrolled.status).toBe(201);
    const id = (enrolled.body as { id: string }).id;
    const entry = await expectOne('enrollment.created', { role: 'agent', via: 'session' }, id);
    expect(entry.details).toEqual({ journeyId: 'aud', version: 1, borrower: 'AUD-1' });
    expect((await api.call('POST', '/v1/enrollments', { ...as('agent'), body })).status).toBe(200);
    expect(await newEntries()).toEqual([]);

    const cancelled = await api.call('POST', `/v1/enrollments/${id}/cancel`, {
      role: 'integration',
    });
    expect(cancelled.status).toBe(200);
    await expectOne('enrollment.cancelled', { role: 'integration', via: 'key' }, id);
    expect(
      (await api.call('POST', `/v1/enrollments/${id}/cancel`, { role: 'integration' })).status,
    ).toBe(409);
    expect(await newEntries()).toEqual([]);

    const bulk = await api.call('POST', '/v1/enrollments/bulk', {
      role: 'integration',
      body: { journeyId: 'aud', borrowers: ['AUD-1', 'NOBODY'] },
    });
    expect(bulk.status).toBe(200);
    const bulkEntry = await expectOne(
      'enrollments.bulkCreated',
      { role: 'integration', via: 'key' },
      'aud',
    );
    expect(bulkEntry.details).toEqual({
      version: 1,
      matched: 1,
      created: 1,
      existing: 0,
      errors: 1,
      byFilter: false,
      namedBorrowers: 2,
    });
  });

  it('holds started and ended', async () => {
    const started = await api.call('POST', '/v1/borrowers/AUD-1/holds', {
      ...as('agent'),
      body: { kind: 'dispute', reason: 'Hương says she paid on 3 March' },
    });
    expect(started.status).toBe(201);
    const holdId = (started.body as { id: string }).id;
    const entry = await expectOne('hold.started', { role: 'agent', via: 'session' }, 'AUD-1');
    expect(entry.details).toEqual({ holdId, kind: 'dispute', until: null });
    const ended = await api.call('POST', `/v1/borrowers/AUD-1/holds/${holdId}/end`, {
      role: 'integration',
    });
    expect(ended.status).toBe(200);
    expect(
      (await expectOne('hold.ended', { role: 'integration', via: 'key' }, 'AUD-1')).details,
    ).toEqual({
      holdId,
      kind: 'dispute',
    });
    expect(
      (await api.call('POST', `/v1/borrowers/AUD-1/holds/${holdId}/end`, { role: 'agent' })).status,
    ).toBe(409);
    expect(await newEntries()).toEqual([]);
  });

  it('tasks resolved', async () => {
    const [row] = await api.database.db
      .select({ id: borrowers.id })
      .from(borrowers)
      .where(eq(borrowers.externalId, 'AUD-1'));
    const task = await insertTask(api.database.db, row!.id);
    const resolved = await api.call('POST', `/v1/tasks/${task.id}/resolve`, {
      ...as('agent'),
      body: { outcome: 'planAgreed', note: 'Hương will pay 100,000 VND weekly' },
    });
    expect(resolved.status).toBe(200);
    expect(
      (await expectOne('task.resolved', { role: 'agent', via: 'session' }, task.id)).details,
    ).toEqual({
      outcome: 'planAgreed',
      enrollmentId: null,
    });
  });

  it('a promise and a plan recorded for the borrower by an agent (no date or amount kept)', async () => {
    // The workflow's side (vetting, the journey moving on) is borrower-answers.e2e.test.ts; here
    // only the entry matters, so a driver that accepts every answer stands in for Temporal, on an
    // app over the same database (sessions included).
    const accepting: JourneyDriver = {
      start: () => Promise.reject(new Error('not in this test')),
      notifyBorrower: () => Promise.resolve(),
      notifyEnrollment: () => Promise.resolve(),
      respond: () => Promise.resolve({ ok: true }),
      cancel: () => Promise.resolve(),
      state: () => Promise.resolve(null), // the step projection below serves
    };
    const withJourneys = await openTestApi(apiRoutes, {
      database: api.database,
      deps: { journeys: accepting, now: () => new Date('2026-03-02T09:00:00Z') },
    });
    const [row] = await api.database.db
      .select({ borrowerId: borrowers.id, accountId: accounts.id })
      .from(borrowers)
      .innerJoin(accounts, eq(accounts.borrowerId, borrowers.id))
      .where(eq(borrowers.externalId, 'AUD-1'));
    const document = {
      dsl: 'journey/v1',
      id: 'aud-answers',
      name: 'Answers',
      start: 'ask',
      nodes: [
        { id: 'ask', type: 'promiseToPay', config: { channel: 'sms' }, next: {} },
        { id: 'offer', type: 'offerPlan', config: { channel: 'sms' }, next: {} },
      ],
    };
    const version = await insertJourneyVersion(api.database.db, {
      journeyId: 'aud-answers',
      document,
    });
    const refs = { ...row!, journeyVersionId: version.id };
    const atPromise = await insertEnrollment(api.database.db, refs, {
      status: 'running',
      currentNode: 'ask',
    });
    // One live enrollment per account and version: the plan waits in version 2.
    const version2 = await insertJourneyVersion(api.database.db, {
      journeyId: 'aud-answers',
      version: 2,
      document,
    });
    const atPlan = await insertEnrollment(
      api.database.db,
      { ...refs, journeyVersionId: version2.id },
      {
        status: 'running',
        currentNode: 'offer',
      },
    );
    const promised = await withJourneys.call(
      'POST',
      `/v1/borrowers/AUD-1/enrollments/${atPromise.id}/promise`,
      { ...as('agent'), body: { date: '2026-03-06', amount: 950000 } },
    );
    expect(promised.status, JSON.stringify(promised.body)).toBe(201);
    expect(
      (await expectOne('promise.recordedForBorrower', { role: 'agent', via: 'session' }, 'AUD-1'))
        .details,
    ).toEqual({ enrollmentId: atPromise.id, step: 'ask' });
    const planned = await withJourneys.call(
      'POST',
      `/v1/borrowers/AUD-1/enrollments/${atPlan.id}/plan`,
      { ...as('agent'), body: { option: 0 } },
    );
    expect(planned.status, JSON.stringify(planned.body)).toBe(201);
    expect(
      (await expectOne('plan.recordedForBorrower', { role: 'agent', via: 'session' }, 'AUD-1'))
        .details,
    ).toEqual({ enrollmentId: atPlan.id, step: 'offer', option: 0 });
  });

  it('tasks claimed, released, reassigned, and idle claims expired by the system', async () => {
    const [row] = await api.database.db
      .select({ id: borrowers.id })
      .from(borrowers)
      .where(eq(borrowers.externalId, 'AUD-1'));
    const task = await insertTask(api.database.db, row!.id);
    expect((await api.call('POST', `/v1/tasks/${task.id}/claim`, as('agent'))).status).toBe(200);
    await expectOne('task.claimed', { role: 'agent', via: 'session' }, task.id);
    expect((await api.call('POST', `/v1/tasks/${task.id}/release`, as('agent'))).status).toBe(200);
    await expectOne('task.released', { role: 'agent', via: 'session' }, task.id);
    const moved = await api.call('POST', `/v1/tasks/${task.id}/reassign`, {
      ...as('admin'),
      body: { assignee: 'test agent' },
    });
    expect(moved.status).toBe(200);
    expect(
      (await expectOne('task.reassigned', { role: 'admin', via: 'session' }, task.id)).details,
    ).toEqual({ from: null, to: 'test agent' });
    const later = () => new Date(Date.now() + 86_400_000);
    expect(
      (await sweepTasks({ db: api.database.db, claimIdleMs: 60_000, now: later })).expired,
    ).toBeGreaterThanOrEqual(1);
    const expired = (await newEntries()).filter((e) => e.action === 'task.claimExpired');
    expect(expired).toMatchObject([{ via: 'system', actorKeyId: null, targetId: task.id }]);
  });

  it('the borrower’s page and timeline read by a person, a reveal, a note', async () => {
    for (const [path, action] of [
      ['/v1/borrowers/AUD-1/page', 'borrower.pageViewed'],
      ['/v1/borrowers/AUD-1/timeline', 'borrower.timelineViewed'],
    ] as const) {
      expect((await api.call('GET', path, as('agent'))).status).toBe(200);
      await expectOne(action, { role: 'agent', via: 'session' }, 'AUD-1');
      expect((await api.call('GET', path, { role: 'agent' })).status).toBe(200);
      expect(await newEntries(), `${path} by key`).toEqual([]);
    }
    const revealed = await api.call('POST', '/v1/borrowers/AUD-1/reveal', { role: 'agent' });
    expect(revealed.status).toBe(200);
    await expectOne('borrower.contactRevealed', { role: 'agent', via: 'key' }, 'AUD-1');
    const note = await api.call('POST', '/v1/borrowers/AUD-1/notes', {
      ...as('agent'),
      body: { body: 'Hương can pay weekly' },
    });
    expect(note.status).toBe(201);
    const entry = await expectOne('borrower.noteAdded', { role: 'agent', via: 'session' }, 'AUD-1');
    expect(entry.details).toEqual({ noteId: (note.body as { id: string }).id });
    // 10:00 in Ho Chi Minh City: inside the vn pack's window.
    api.setNow(new Date('2026-03-02T03:00:00Z'));
    const called = await api.call('POST', '/v1/borrowers/AUD-1/calls', {
      ...as('agent'),
      body: { account: 'AUD-1-L1', result: 'conversation', outcome: 'hardship', note: 'weekly' },
    });
    expect(called.status).toBe(201);
    const logged = await expectOne('call.logged', { role: 'agent', via: 'session' }, 'AUD-1');
    expect(logged.details).toEqual({
      account: 'AUD-1-L1',
      result: 'conversation',
      outcome: 'hardship',
    });
  });

  it('imports written (with counts), not dry runs', async () => {
    const post = (query: string) =>
      api.call('POST', `/v1/imports/borrowers${query}`, {
        role: 'integration',
        rawBody: csv,
        headers: { 'content-type': 'text/csv' },
      });
    expect((await post('?dryRun=true')).status).toBe(200);
    expect(await newEntries()).toEqual([]);
    expect((await post('')).status).toBe(200);
    const entry = await expectOne('borrowers.imported', { role: 'integration', via: 'key' }, null);
    expect(entry.details).toEqual({
      format: 'csv',
      mode: 'allOrNothing',
      rows: 2,
      created: 2,
      updated: 0,
      accountsCreated: 2,
      accountsUpdated: 0,
      invalid: 0,
    });
  });

  it('a person’s reads of a borrower’s details, messages and holds; not a machine’s', async () => {
    for (const [path, action] of [
      ['/v1/borrowers/AUD-1', 'borrower.viewed'],
      ['/v1/borrowers/AUD-1/messages', 'borrower.messagesViewed'],
      ['/v1/borrowers/AUD-1/holds', 'borrower.holdsViewed'],
    ] as const) {
      expect((await api.call('GET', path, as('agent'))).status).toBe(200);
      await expectOne(action, { role: 'agent', via: 'session' }, 'AUD-1');
      expect((await api.call('GET', path, { role: 'integration' })).status).toBe(200);
      expect((await api.call('GET', path, { role: 'agent' })).status).toBe(200);
      expect(await newEntries(), `${path} by key`).toEqual([]);
    }
    expect((await api.call('GET', '/v1/borrowers/NOBODY', as('agent'))).status).toBe(404);
    expect(await newEntries()).toEqual([]);
  });

  it('keys made, revoked and rotated; signing in and out', async () => {
    const made = await api.call('POST', '/v1/keys', {
      ...as('admin'),
      body: { name: 'Ana', role: 'agent' },
    });
    const keyId = (made.body as { key: { id: string } }).key.id;
    expect(
      (await expectOne('key.created', { role: 'admin', via: 'session' }, keyId)).details,
    ).toEqual({
      name: 'Ana',
      role: 'agent',
      expiresAt: null,
    });
    const { secret } = made.body as { secret: string };
    const ana = await api.call('POST', '/v1/session', { role: null, body: { key: secret } });
    const sessionRow = await newEntries();
    expect(sessionRow).toMatchObject([
      { action: 'session.signedIn', actorKeyId: keyId, via: 'session' },
    ]);
    const cookie = /tandem_session=[^;]+/.exec(ana.headers.get('set-cookie')!)![0];
    const csrf = (ana.body as { csrfToken: string }).csrfToken;
    const out = await api.call('DELETE', '/v1/session', {
      role: null,
      headers: { cookie, 'X-CSRF-Token': csrf },
    });
    expect(out.status).toBe(204);
    expect(await newEntries()).toMatchObject([
      { action: 'session.signedOut', actorKeyId: keyId, targetId: sessionRow[0]!.targetId },
    ]);

    const rotated = await api.call('POST', `/v1/keys/${keyId}/rotate`, {
      role: 'admin',
      body: { graceSeconds: 60 },
    });
    const newKeyId = (rotated.body as { key: { id: string } }).key.id;
    expect(
      (await expectOne('key.rotated', { role: 'admin', via: 'key' }, keyId)).details,
    ).toMatchObject({
      newKeyId,
      graceSeconds: 60,
    });
    expect((await api.call('POST', `/v1/keys/${newKeyId}/revoke`, { role: 'admin' })).status).toBe(
      200,
    );
    expect(
      (await expectOne('key.revoked', { role: 'admin', via: 'key' }, newKeyId)).details,
    ).toEqual({
      sessionsEnded: 0,
    });
  });

  it('the lender settings replaced: the fields that changed, not their values', async () => {
    const body = { legalName: 'Acme Lending LLC', supportPhone: '+1 555 0100' };
    expect((await api.call('PUT', '/v1/settings/lender', { role: 'admin', body })).status).toBe(
      200,
    );
    const entry = await expectOne('lender.updated', { role: 'admin', via: 'key' }, null);
    expect(entry.details).toEqual({ changed: ['legalName', 'supportPhone'], created: true });
    expect(JSON.stringify(entry)).not.toContain('555 0100');
  });

  it('a launch saved, started (and the system enrolling), paused and stopped', async () => {
    const rules = { fact: 'account.currency', op: 'eq', value: 'VND' };
    const saved = await api.call('PUT', '/v1/journeys/aud/launch', {
      ...as('designer'),
      body: { rules, priority: 5, holdoutPercent: 0, reentryCooloffDays: 7 },
    });
    expect(saved.status).toBe(201);
    const entry = await expectOne('launch.saved', { role: 'designer', via: 'session' }, 'aud');
    expect(entry.details).toEqual({
      priority: 5,
      holdoutPercent: 0,
      reentryCooloffDays: 7,
      status: 'draft',
    });
    const started = await api.call('POST', '/v1/journeys/aud/launch/start', as('designer'));
    expect(started.status).toBe(200);
    const { enrolled } = started.body as { enrolled: number };
    expect(enrolled).toBeGreaterThan(0);
    const rows = await newEntries();
    expect(rows.map((row) => row.action).sort()).toEqual(['launch.enrolled', 'launch.started']);
    const system = rows.find((row) => row.action === 'launch.enrolled')!;
    expect(system).toMatchObject({ via: 'system', actorRole: 'system', targetId: 'aud' });
    expect(system.details).toEqual({ scope: 'all', enrolled, heldOut: 0, coolingOff: 0 });
    expect(rows.find((row) => row.action === 'launch.started')!.details).toEqual({
      enrolled,
      heldOut: 0,
    });
    expect((await api.call('POST', '/v1/journeys/aud/launch/pause', as('designer'))).status).toBe(
      200,
    );
    await expectOne('launch.paused', { role: 'designer', via: 'session' }, 'aud');
    const stopped = await api.call('POST', '/v1/journeys/aud/launch/stop', as('designer'));
    const { cancelled } = stopped.body as { cancelled: number };
    const stop = await expectOne('launch.stopped', { role: 'designer', via: 'session' }, 'aud');
    expect(stop.details).toEqual({ cancelled });
    expect(cancelled).toBeGreaterThanOrEqual(enrolled);
  });

  it('an A/B split’s arm promoted into the draft', async () => {
    const remind = (id: string, text: string) => ({
      id,
      type: 'remind',
      config: { channel: 'sms', message: { en: text } },
      next: { sent: 'done', failed: 'done' },
    });
    await insertJourneyVersion(api.database.db, {
      journeyId: 'aud-split',
      document: {
        dsl: 'journey/v1',
        id: 'aud-split',
        name: 'Tone test',
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
            },
            next: { a: 'note-a', b: 'note-b' },
          },
          remind('note-a', 'Hello'),
          remind('note-b', 'Hi, we can help'),
          { id: 'done', type: 'end', config: { outcome: 'finished' }, next: {} },
        ],
      },
    });
    const promoted = await api.call(
      'POST',
      '/v1/journeys/aud-split/versions/1/experiments/tone/promote',
      { ...as('designer'), body: { arm: 'b' } },
    );
    expect(promoted.status, JSON.stringify(promoted.body)).toBe(200);
    expect(
      (await expectOne('journey.armPromoted', { role: 'designer', via: 'session' }, 'aud-split'))
        .details,
    ).toEqual({ version: 1, nodeId: 'tone', arm: 'b', removedNodes: ['tone', 'note-a'] });
  });

  it('webhook subscriptions made, changed, a delivery replayed, deleted: never the secret', async () => {
    const made = await api.call('POST', '/v1/webhooks/subscriptions', {
      ...as('admin'),
      body: { url: 'https://crm.example.com/tandem', eventTypes: ['hold.started'] },
    });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    const { subscription, secret } = made.body as { subscription: { id: string }; secret: string };
    const created = await expectOne(
      'webhook.created',
      { role: 'admin', via: 'session' },
      subscription.id,
    );
    expect(created.details).toEqual({
      url: 'https://crm.example.com/tandem',
      eventTypes: ['hold.started'],
    });
    const path = `/v1/webhooks/subscriptions/${subscription.id}`;
    expect(
      (await api.call('PATCH', path, { ...as('admin'), body: { status: 'paused' } })).status,
    ).toBe(200);
    await expectOne('webhook.updated', { role: 'admin', via: 'session' }, subscription.id);
    // An event the subscription wants makes a delivery to replay.
    const hold = await api.call('POST', '/v1/borrowers/AUD-1/holds', {
      role: 'integration',
      body: { kind: 'breathingSpace' },
    });
    expect(hold.status, JSON.stringify(hold.body)).toBe(201);
    await newEntries(); // the hold's own entry is the holds test's business
    const log = (await api.call('GET', `${path}/deliveries`, as('admin'))).body as {
      deliveries: Array<{ id: string; eventId: string }>;
    };
    const [delivery] = log.deliveries;
    expect(
      (await api.call('POST', `${path}/deliveries/${delivery!.id}/replay`, as('admin'))).status,
    ).toBe(202);
    expect(
      (await expectOne('webhook.replayed', { role: 'admin', via: 'session' }, subscription.id))
        .details,
    ).toEqual({ deliveryId: delivery!.id, eventId: delivery!.eventId });
    expect((await api.call('DELETE', path, as('admin'))).status).toBe(204);
    await expectOne('webhook.deleted', { role: 'admin', via: 'session' }, subscription.id);
    const rows = await api.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.targetId, subscription.id));
    expect(JSON.stringify(rows)).not.toContain(secret);
  });

  it('names borrowers by external id only: no name, phone, amount or free text in any entry', async () => {
    const rows = await api.database.db.select().from(auditEvents);
    // Every action there is has been exercised above.
    expect(new Set(rows.map((row) => row.action))).toEqual(new Set(auditActionNames));
    const text = JSON.stringify(rows);
    for (const personal of [
      'Hương',
      'Phạm',
      'Minh',
      'Lan',
      '+84903111222',
      '950000',
      'paid on 3 March',
      'weekly',
    ]) {
      expect(text, personal).not.toContain(personal);
    }
  });
});
