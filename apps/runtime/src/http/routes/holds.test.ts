import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApi, type TestApi } from '../testing';
import { borrowersRoutes } from './borrowers';
import { holdsRoutes } from './holds';

const NOW = '2026-03-02T09:00:00.000Z';

type Hold = {
  id: string;
  kind: string;
  endsAt: string | null;
  endedAt: string | null;
  active: boolean;
};

describe('hold routes', () => {
  let api: TestApi;
  const borrower = (country: string) => ({
    firstName: 'Amelia',
    locale: 'en-GB',
    timezone: 'Europe/London',
    country,
  });
  beforeAll(async () => {
    api = await openTestApi([borrowersRoutes, holdsRoutes]);
    for (const id of ['GB-1', 'GB-2', 'GB-3', 'GB-4']) {
      await api.call('PUT', `/v1/borrowers/${id}`, { body: borrower('GB') });
    }
  });
  afterAll(async () => {
    await api.close();
  });
  const start = (
    id: string,
    body: object,
    role: 'agent' | 'integration' | 'designer' | null = 'agent',
  ) => api.call('POST', `/v1/borrowers/${id}/holds`, { role, body });

  it('gives breathing space 60 days by default and a mental-health crisis no end', async () => {
    api.setNow(new Date(NOW));
    const breathing = await start('GB-1', {
      kind: 'breathingSpace',
      reason: 'debt advice referral',
    });
    expect(breathing.status).toBe(201);
    expect(breathing.body).toMatchObject({
      kind: 'breathingSpace',
      startsAt: NOW,
      endsAt: '2026-05-01T09:00:00.000Z',
      reason: 'debt advice referral',
      createdBy: 'test agent',
      endedAt: null,
      active: true,
    });
    const crisis = await start('GB-1', { kind: 'mentalHealthCrisis' }, 'integration');
    expect(crisis.status).toBe(201);
    expect(crisis.body).toMatchObject({
      endsAt: null,
      active: true,
      createdBy: 'test integration',
    });
    const detail = await api.call('GET', '/v1/borrowers/GB-1', { role: 'agent' });
    expect((detail.body as { activeHolds: Hold[] }).activeHolds.map((h) => h.kind).sort()).toEqual([
      'breathingSpace',
      'mentalHealthCrisis',
    ]);
  });

  it('takes an explicit end, but not one in the past, and names a bad kind', async () => {
    api.setNow(new Date(NOW));
    const until = await start('GB-2', {
      kind: 'breathingSpace',
      until: '2026-03-20T00:00:00+07:00',
    });
    expect(until.body).toMatchObject({ endsAt: '2026-03-19T17:00:00.000Z' });
    const past = await start('GB-2', { kind: 'dispute', until: '2026-03-01T00:00:00Z' });
    expect(past.status).toBe(400);
    expect(past.body).toMatchObject({ error: { details: [{ path: 'until' }] } });
    const kind = await start('GB-2', { kind: 'holiday' });
    expect(kind.status).toBe(400);
    expect(kind.body).toMatchObject({ error: { code: 'VALIDATION', details: [{ path: 'kind' }] } });
  });

  it('refuses a second active hold of the same kind (409), naming the first', async () => {
    api.setNow(new Date(NOW));
    const first = (await start('GB-3', { kind: 'dispute' })).body as Hold;
    const again = await start('GB-3', { kind: 'dispute' });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({
      error: { code: 'HOLD_ALREADY_ACTIVE', details: { holdId: first.id } },
    });
  });

  it('ends a hold once: a second end is 409, and so is ending one that ran out', async () => {
    api.setNow(new Date(NOW));
    const hold = (await start('GB-4', { kind: 'cease' })).body as Hold;
    api.setNow(new Date('2026-03-05T10:00:00Z'));
    const ended = await api.call('POST', `/v1/borrowers/GB-4/holds/${hold.id}/end`, {
      role: 'agent',
    });
    expect(ended.status).toBe(200);
    expect(ended.body).toMatchObject({
      endedAt: '2026-03-05T10:00:00.000Z',
      endedBy: 'test agent',
      active: false,
    });
    const twice = await api.call('POST', `/v1/borrowers/GB-4/holds/${hold.id}/end`, {
      role: 'agent',
    });
    expect(twice.status).toBe(409);
    expect(twice.body).toMatchObject({ error: { code: 'HOLD_ENDED' } });

    const short = (await start('GB-4', { kind: 'dispute', until: '2026-03-06T00:00:00Z' }))
      .body as Hold;
    api.setNow(new Date('2026-03-07T00:00:00Z'));
    const expired = await api.call('POST', `/v1/borrowers/GB-4/holds/${short.id}/end`, {
      role: 'agent',
    });
    expect(expired.status).toBe(409);

    const list = await api.call('GET', '/v1/borrowers/GB-4/holds', { role: 'integration' });
    expect((list.body as { items: Hold[] }).items.map((h) => [h.kind, h.active])).toEqual([
      ['dispute', false],
      ['cease', false],
    ]);
    const detail = await api.call('GET', '/v1/borrowers/GB-4');
    expect((detail.body as { activeHolds: Hold[] }).activeHolds).toEqual([]);
  });

  it('404 for an unknown borrower or hold, or a hold of someone else; 400 for a malformed hold id', async () => {
    api.setNow(new Date(NOW));
    expect((await start('NOBODY', { kind: 'dispute' })).status).toBe(404);
    expect((await api.call('GET', '/v1/borrowers/NOBODY/holds', { role: 'agent' })).status).toBe(
      404,
    );
    const other = (await start('GB-2', { kind: 'deceased' })).body as Hold;
    const wrong = await api.call('POST', `/v1/borrowers/GB-3/holds/${other.id}/end`, {
      role: 'agent',
    });
    expect(wrong.status).toBe(404);
    expect(wrong.body).toMatchObject({ error: { code: 'HOLD_NOT_FOUND' } });
    const unknown = await api.call(
      'POST',
      '/v1/borrowers/GB-3/holds/00000000-0000-4000-8000-000000000000/end',
      { role: 'agent' },
    );
    expect(unknown.status).toBe(404);
    const malformed = await api.call('POST', "/v1/borrowers/GB-3/holds/1'or'1/end", {
      role: 'agent',
    });
    expect(malformed.status).toBe(400);
    expect(malformed.body).toMatchObject({ error: { details: [{ path: 'holdId' }] } });
  });

  it('lets agents and integrations manage and read holds, designers neither', async () => {
    api.setNow(new Date(NOW));
    expect((await start('GB-3', { kind: 'bankruptcy' }, null)).status).toBe(401);
    const designer = await start('GB-3', { kind: 'bankruptcy' }, 'designer');
    expect(designer.status).toBe(403);
    const hold = (await start('GB-3', { kind: 'bankruptcy' }, 'integration')).body as Hold;
    const end = await api.call('POST', `/v1/borrowers/GB-3/holds/${hold.id}/end`, {
      role: 'designer',
    });
    expect(end.status).toBe(403);
    expect((await api.call('GET', '/v1/borrowers/GB-3/holds', { role: 'designer' })).status).toBe(
      403,
    );
    expect((await api.call('GET', '/v1/borrowers/GB-3/holds', { role: 'agent' })).status).toBe(200);
  });

  it('keeps the reason verbatim, SQL-ish or not', async () => {
    api.setNow(new Date(NOW));
    const reason = "call log: '); DROP TABLE holds; -- 退订";
    const hold = await start('GB-1', { kind: 'vulnerabilityReview', reason });
    expect(hold.body).toMatchObject({ reason });
    const list = await api.call('GET', '/v1/borrowers/GB-1/holds', { role: 'agent' });
    expect((list.body as { items: Array<{ reason: string }> }).items[0]?.reason).toBe(reason);
  });
});
