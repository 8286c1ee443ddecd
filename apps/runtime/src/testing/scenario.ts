// Building blocks for end-to-end journey tests through the real API: publish a journey, add a
// borrower, enroll, and wait for what the workflow writes.
import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { TestApi } from '../http/testing';

/** What the helpers need of an API: an in-process test app, or a real server over HTTP. */
export type ScenarioApi = Pick<TestApi, 'call'>;

export interface EnrollmentBody {
  id: string;
  workflowId: string;
  status: string;
  currentNode: string | null;
  outcome: string | null;
  createdAt: string;
  steps?: Array<{ nodeId: string; kind: string; port: string | null; at: string }>;
}

/** Creates the journey from a document and publishes it; returns its id. */
export async function publishJourney(api: ScenarioApi, document: { id: string }): Promise<string> {
  const created = await api.call('POST', '/v1/journeys', { role: 'designer', body: { document } });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const published = await api.call('POST', `/v1/journeys/${document.id}/publish`, {
    role: 'designer',
  });
  expect(published.status, JSON.stringify(published.body)).toBe(201);
  return document.id;
}

export interface TestBorrower {
  externalId: string;
  accountId: string;
  body: Record<string, unknown>;
}

/** A borrower with one account and SMS + email on file, with overrides. */
export async function putBorrower(
  api: ScenarioApi,
  overrides: {
    timezone?: string;
    country?: string;
    locale?: string;
    optedOut?: string[];
    channels?: Record<string, { address: string; consent: boolean }>;
    account?: Record<string, unknown>;
    attributes?: Record<string, string | number | boolean | null>;
  } = {},
): Promise<TestBorrower> {
  const externalId = `B-${randomUUID().slice(0, 8)}`;
  const accountId = `${externalId}-L1`;
  const body = {
    firstName: 'Lan',
    locale: overrides.locale ?? 'en',
    timezone: overrides.timezone ?? 'Etc/UTC',
    country: overrides.country ?? 'VN',
    attributes: overrides.attributes ?? {},
    channels: overrides.channels ?? {
      sms: { address: '+84912345678', consent: true },
      email: { address: 'lan@example.com', consent: true },
    },
    preferences: { optedOut: overrides.optedOut ?? [] },
    accounts: [
      {
        externalId: accountId,
        amountDue: 1800,
        currency: 'USD',
        dueDate: '2026-11-01',
        daysPastDue: 30,
        ...overrides.account,
      },
    ],
  };
  const res = await api.call('PUT', `/v1/borrowers/${externalId}`, { role: 'integration', body });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return { externalId, accountId, body };
}

export async function enroll(
  api: ScenarioApi,
  journeyId: string,
  borrower: TestBorrower,
): Promise<EnrollmentBody> {
  const res = await api.call('POST', '/v1/enrollments', {
    role: 'integration',
    body: {
      journeyId,
      borrower: { externalId: borrower.externalId },
      account: { externalId: borrower.accountId },
    },
  });
  expect([200, 201], JSON.stringify(res.body)).toContain(res.status);
  return res.body as EnrollmentBody;
}

export async function enrollment(api: ScenarioApi, id: string): Promise<EnrollmentBody> {
  const res = await api.call('GET', `/v1/enrollments/${id}`, { role: 'agent' });
  expect(res.status).toBe(200);
  return res.body as EnrollmentBody;
}

/** Polls `read` until `done` holds (every 100 ms, up to `timeoutMs`); returns the last value. */
export async function waitUntil<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  { timeoutMs = 30_000, what = 'the condition' }: { timeoutMs?: number; what?: string } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) {
      throw new Error(
        `timed out after ${timeoutMs} ms waiting for ${what}; last: ${JSON.stringify(value)}`,
      );
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Waits for the enrollment to finish and returns it with its steps. */
export async function finished(
  api: ScenarioApi,
  id: string,
  timeoutMs = 60_000,
): Promise<EnrollmentBody> {
  return waitUntil(
    () => enrollment(api, id),
    (e) => e.status === 'completed' || e.status === 'cancelled',
    { timeoutMs, what: `enrollment ${id} to finish` },
  );
}

/** Reports an event through POST /v1/events, as a lender's system would. */
export async function postEvent(
  api: ScenarioApi,
  borrower: TestBorrower,
  type: string,
  data: Record<string, unknown> = {},
): Promise<void> {
  const res = await api.call('POST', '/v1/events', {
    role: 'integration',
    body: {
      sourceId: `evt-${randomUUID()}`,
      type,
      borrower: { externalId: borrower.externalId },
      account: { externalId: borrower.accountId },
      occurredAt: new Date().toISOString(),
      data,
    },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
}
