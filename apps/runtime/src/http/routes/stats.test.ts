import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDrivers } from '../../db/test-databases';
import { openTestApi, type TestApi } from '../testing';
import { statsRoutes } from './stats';
import {
  insertDebtor,
  insertEnrollment,
  insertJourneyVersion,
  insertSteps,
} from './record-fixtures';

describe.each(testDrivers)('GET /journeys/:id/versions/:version/stats on %s', (driver) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await openTestApi([statsRoutes], { driver });
  });
  afterAll(async () => {
    await api.close();
  });

  it('counts visits, exits per port, ends, and enrollments by status and outcome', async () => {
    const db = api.database.db;
    const v1 = await insertJourneyVersion(db);
    const v2 = await insertJourneyVersion(db, { journeyId: v1.journeyId, version: 2 });
    const enroll = async (
      status: 'pending' | 'running' | 'completed' | 'cancelled',
      outcome?: string,
      version = v1,
    ) => {
      const d = await insertDebtor(db);
      const refs = {
        borrowerId: d.borrower.id,
        accountId: d.account.id,
        journeyVersionId: version.id,
      };
      return insertEnrollment(db, refs, { status, ...(outcome ? { outcome } : {}) });
    };
    const e1 = await enroll('completed', 'finished');
    await insertSteps(db, e1, [
      { nodeId: 'hello', kind: 'enter' },
      { nodeId: 'hello', kind: 'exit', port: 'sent' },
      { nodeId: 'wait', kind: 'enter' },
      { nodeId: 'wait', kind: 'exit', port: 'done' },
      { nodeId: 'done', kind: 'enter' },
      { nodeId: 'done', kind: 'end' },
    ]);
    const e2 = await enroll('completed', 'unreachable');
    await insertSteps(db, e2, [
      { nodeId: 'hello', kind: 'enter' },
      { nodeId: 'hello', kind: 'exit', port: 'failed' },
      { nodeId: 'done', kind: 'enter' },
      { nodeId: 'done', kind: 'end' },
    ]);
    const e3 = await enroll('running');
    await insertSteps(db, e3, [
      { nodeId: 'hello', kind: 'enter' },
      { nodeId: 'hello', kind: 'exit', port: 'sent' },
      { nodeId: 'wait', kind: 'enter' },
    ]);
    await enroll('pending');
    const e5 = await enroll('cancelled');
    await insertSteps(db, e5, [
      { nodeId: 'hello', kind: 'enter' },
      { nodeId: 'hello', kind: 'exit', port: 'sent' },
      { nodeId: 'hello', kind: 'enter' },
    ]);
    // Another version of the same journey must not leak into these numbers.
    const other = await enroll('completed', 'finished', v2);
    await insertSteps(db, other, [
      { nodeId: 'hello', kind: 'enter' },
      { nodeId: 'hello', kind: 'exit', port: 'failed' },
    ]);

    const res = await api.call('GET', `/v1/journeys/${v1.journeyId}/versions/1/stats`, {
      role: 'designer',
    });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      journeyId: v1.journeyId,
      version: 1,
      enrollments: {
        total: 5,
        byStatus: { pending: 1, running: 1, completed: 2, cancelled: 1, failed: 0 },
        byOutcome: { finished: 1, unreachable: 1 },
      },
      nodes: [
        {
          nodeId: 'hello',
          type: 'remind',
          visits: 5,
          enrollments: 4,
          exits: { sent: 3, failed: 1 },
          ends: 0,
        },
        { nodeId: 'wait', type: 'wait', visits: 2, enrollments: 2, exits: { done: 1 }, ends: 0 },
        { nodeId: 'done', type: 'end', visits: 2, enrollments: 2, exits: {}, ends: 2 },
      ],
    });
  });

  it('lists every node with zeros before anyone enrolls', async () => {
    const v = await insertJourneyVersion(api.database.db);
    const res = await api.call('GET', `/v1/journeys/${v.journeyId}/versions/1/stats`, {
      role: 'integration',
    });
    expect(res.body).toMatchObject({
      enrollments: { total: 0, byOutcome: {} },
      nodes: [
        { nodeId: 'hello', visits: 0, exits: {} },
        { nodeId: 'wait', visits: 0 },
        { nodeId: 'done', visits: 0, ends: 0 },
      ],
    });
  });

  it('404 for an unknown journey or version, 400 naming a bad version, 401 without a key, 403 for an agent', async () => {
    const v = await insertJourneyVersion(api.database.db);
    expect((await api.call('GET', `/v1/journeys/${v.journeyId}/versions/2/stats`)).status).toBe(
      404,
    );
    expect((await api.call('GET', '/v1/journeys/nope/versions/1/stats')).status).toBe(404);
    const bad = await api.call('GET', `/v1/journeys/${v.journeyId}/versions/latest/stats`);
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ error: { details: [{ path: 'version' }] } });
    const anonymous = await api.call('GET', `/v1/journeys/${v.journeyId}/versions/1/stats`, {
      role: null,
    });
    expect(anonymous.status).toBe(401);
    const integration = await api.call('GET', `/v1/journeys/${v.journeyId}/versions/1/stats`, {
      role: 'integration',
    });
    expect(integration.status).toBe(200);
    // Agents work cases, not results.
    const agent = await api.call('GET', `/v1/journeys/${v.journeyId}/versions/1/stats`, {
      role: 'agent',
    });
    expect(agent.status).toBe(403);
  });
});
