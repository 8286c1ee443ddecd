import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../db/schema';
import { openTestApi, type TestApi } from '../http/testing';
import { lenderRoutes } from './lender-routes';

// A 1×1 PNG.
const logo =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
const acme = {
  legalName: 'Acme Lending LLC',
  tradingName: 'Acme',
  logo,
  brandColour: '#0B5CAD',
  supportPhone: '+1 555 0100',
  supportEmail: 'help@acme.example',
  supportHours: 'Mon–Fri 9:00–17:00',
  licenceNumber: 'NMLS 123456',
  privacyUrl: 'https://acme.example/privacy',
};
type Details = Array<{ path: string; message: string }>;
const detailsOf = (body: unknown) => (body as { error: { details: Details } }).error.details;

describe('lender settings API', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await openTestApi([lenderRoutes]);
  });
  afterAll(async () => {
    await api?.close();
  });

  it('answers 404 LENDER_NOT_SET before an admin sets them', async () => {
    const res = await api.call('GET', '/v1/settings/lender', { role: 'agent' });
    expect(res.status).toBe(404);
    expect(JSON.stringify(res.body)).toContain('LENDER_NOT_SET');
  });

  it('lets an admin set them, everyone read them, and audits which fields changed', async () => {
    const saved = await api.call('PUT', '/v1/settings/lender', { body: acme });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    for (const role of ['designer', 'agent', 'integration'] as const) {
      const read = await api.call('GET', '/v1/settings/lender', { role });
      expect(read.status).toBe(200);
      expect(read.body).toMatchObject({
        settings: { ...acme, brandColour: '#0b5cad' },
        updatedBy: 'test admin',
      });
    }
    const replaced = await api.call('PUT', '/v1/settings/lender', {
      body: { ...acme, tradingName: 'Acme Money', logo: undefined },
    });
    expect(replaced.status).toBe(200);
    expect((replaced.body as { settings: object }).settings).not.toHaveProperty('logo');
    const entries = await api.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'lender.updated'));
    expect(entries.map((e) => [e.targetType, e.actorName, e.details])).toEqual([
      ['settings', 'test admin', { changed: Object.keys(acme).sort(), created: true }],
      ['settings', 'test admin', { changed: ['logo', 'tradingName'], created: false }],
    ]);
  });

  it('refuses anyone but an admin to write them', async () => {
    for (const role of ['designer', 'agent', 'integration'] as const) {
      const res = await api.call('PUT', '/v1/settings/lender', { role, body: acme });
      expect(res.status).toBe(403);
    }
  });

  it('names each bad field, and keeps the saved settings', async () => {
    const res = await api.call('PUT', '/v1/settings/lender', {
      body: {
        ...acme,
        legalName: ' ',
        brandColour: '#7fb2e5',
        supportEmail: 'not-an-email',
        privacyUrl: 'http://acme.example/privacy',
        logo: 'https://cdn.example/logo.png',
        colour: 'red',
      },
    });
    expect(res.status).toBe(400);
    const details = detailsOf(res.body);
    const paths = details.map((d) => d.path).sort();
    expect(paths).toEqual(
      expect.arrayContaining(['brandColour', 'legalName', 'logo', 'privacyUrl', 'supportEmail']),
    );
    expect(JSON.stringify(details)).toContain('colour');
    expect(details.find((d) => d.path === 'brandColour')?.message).toMatch(/contrast/);
    const read = await api.call('GET', '/v1/settings/lender');
    expect(read.body).toMatchObject({ settings: { tradingName: 'Acme Money' } });
  });

  it('refuses a body that is not JSON with a 400, not a 500', async () => {
    const res = await api.call('PUT', '/v1/settings/lender', {
      rawBody: '{"legalName":',
      headers: { 'content-type': 'application/json' },
    });
    expect(res.status).toBe(400);
  });
});
