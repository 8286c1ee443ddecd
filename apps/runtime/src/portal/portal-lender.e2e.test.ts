// The lender's identity on real phone screens: Chromium at 360×740, at 200 % text and at 320 px,
// in en, es, vi and zh. Every page fits, axe-core finds nothing, and the screenshots are kept in
// test-artifacts/portal/lender-*.png to look at.
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { eq } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enrollments } from '../db/schema';
import { ladder } from '../http/routes/journeys.fixtures';
import { apiRoutes } from '../http/routes/index';
import { openTestApi, type TestApi } from '../http/testing';
import { enroll, publishJourney, putBorrower } from '../testing/scenario';
import { signLinkToken } from './link-token';
import { portalRoutes } from './portal-routes';
import { axeViolations, doubleTextSize } from './testing/axe';
import { closeBrowser, openPhone } from './testing/phone-browser';

const secret = 'portal-lender-e2e-secret-portal-lender-e2e';
// A 24×24 PNG logo: a purple square.
const logo =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABgAAAAYCAIAAABvFaqvAAAAH0lEQVR4nGOI1mqjCmIYNWjUoFGDRg0aNWjUoIE3CADPgVjf4VoP6QAAAABJRU5ErkJggg==';
const languages = ['en', 'es', 'vi', 'zh'] as const;

describe('the lender on phone screens', () => {
  let api: TestApi;
  let server: ServerType;
  let url: string;
  let link: string;

  beforeAll(async () => {
    api = await openTestApi(apiRoutes);
    api.app.route(
      '/',
      portalRoutes({ db: api.database.db, logger: pino({ level: 'silent' }), linkSecret: secret }),
    );
    server = serve({ fetch: (r) => api.app.fetch(r), hostname: '127.0.0.1', port: 0 });
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const saved = await api.call('PUT', '/v1/settings/lender', {
      body: {
        legalName: 'Acme Consumer Lending Services LLC',
        tradingName: 'Acme Lending',
        logo,
        brandColour: '#5b2a86',
        supportPhone: '+1 (555) 010-0100',
        supportEmail: 'customer-support@acme-lending.example',
        supportHours: 'Mon–Fri 8:00–20:00, Sat 9:00–13:00 (Central time)',
        licenceNumber: 'NMLS #1234567',
        privacyUrl: 'https://acme-lending.example/privacy-notice',
      },
    });
    expect(saved.status).toBe(200);
    await publishJourney(api, ladder({ id: 'portal-lender-e2e' }));
    const borrower = await putBorrower(api);
    const enrollmentId = (await enroll(api, 'portal-lender-e2e', borrower)).id;
    const [row] = await api.database.db
      .select()
      .from(enrollments)
      .where(eq(enrollments.id, enrollmentId));
    link = `${url}/p/${signLinkToken({
      secret,
      enrollmentId,
      borrowerId: row!.borrowerId,
      expiresAt: new Date(Date.now() + 86_400_000),
    })}`;
  });
  afterAll(async () => {
    await closeBrowser();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    await api?.close();
  });

  const pages = () => [
    ['home', link],
    ['preferences', `${link}/preferences`],
    ['bad-link', `${url}/p/not-a-link`],
  ];

  it('puts focus on the summary of a refused preferences form, marks the field, passes axe-core', async () => {
    for (const lang of languages) {
      const phone = await openPhone(lang);
      try {
        await doubleTextSize(phone.page);
        await phone.page.goto(`${link}/preferences?lang=${lang}`);
        await phone.page.locator('#from').selectOption('10:00');
        await phone.page.locator('#to').selectOption('09:00');
        await phone.page.locator('form button[type=submit]').click();
        await phone.page.getByRole('alert').waitFor();
        expect(
          await phone.page.evaluate<string | null>(
            'document.activeElement && document.activeElement.getAttribute("role")',
          ),
        ).toBe('alert');
        expect(await phone.page.locator('#to').getAttribute('aria-invalid')).toBe('true');
        expect(await phone.page.locator('#from').inputValue()).toBe('10:00');
        expect(await phone.contentWidth(), `preferences refused ${lang}`).toBeLessThanOrEqual(360);
        expect(await axeViolations(phone.page), lang).toEqual([]);
        await phone.screenshot(`lender-preferences-refused-${lang}-200pct`);
      } finally {
        await phone.close();
      }
    }
  });

  for (const size of ['360', '200pct', '320'] as const) {
    it(`shows who is writing, fits and passes axe-core at ${size}`, async () => {
      for (const lang of languages) {
        const phone = await openPhone(lang);
        try {
          if (size === '320') await phone.page.setViewportSize({ width: 320, height: 740 });
          if (size === '200pct') await doubleTextSize(phone.page);
          const width = size === '320' ? 320 : 360;
          for (const [name, address] of pages()) {
            await phone.page.goto(`${address}?lang=${lang}`);
            await phone.screenshot(`lender-${name}-${lang}-${size}`);
            if (size === '200pct')
              expect(
                await phone.page.evaluate<string>('getComputedStyle(document.body).fontSize'),
              ).toBe('34px');
            expect(await phone.page.title()).toMatch(/ · Acme Lending$/);
            expect(await phone.page.textContent('.brand')).toContain('Acme Lending');
            expect(await phone.page.textContent('footer')).toContain('NMLS #1234567');
            expect(await phone.contentWidth(), `${name} ${lang} ${size}`).toBeLessThanOrEqual(
              width,
            );
            expect(await axeViolations(phone.page), `${name} ${lang} ${size}`).toEqual([]);
            expect(phone.requests.filter((r) => !r.startsWith(url))).toEqual([]);
          }
          expect(phone.requests.some((r) => r.includes('/portal-logo?v='))).toBe(true);
          expect(phone.requests.some((r) => r.includes('/portal-brand.css?v='))).toBe(true);
        } finally {
          await phone.close();
        }
      }
    });
  }
});
