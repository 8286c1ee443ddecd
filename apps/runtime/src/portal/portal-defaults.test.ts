// Nothing is chosen for the borrower: no date is filled in, no plan is selected, and a refused
// form comes back with what they typed. And the home page says a call may come when the journey
// can lead to one. Through the real app and database, the journey held at each node.
import { readFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enrollments } from '../db/schema';
import { apiRoutes } from '../http/routes/index';
import { openTestApi, type TestApi } from '../http/testing';
import { enroll, publishJourney, putBorrower } from '../testing/scenario';
import { formToken } from './form-token';
import { signLinkToken } from './link-token';
import { portalRoutes } from './portal-routes';

const secret = 'portal-defaults-secret-portal-defaults-secret';
const journey = JSON.parse(
  readFileSync(
    new URL('../../../../examples/first-time-borrower.journey.json', import.meta.url),
    'utf8',
  ),
) as { id: string };

describe('portal forms choose nothing for the borrower', () => {
  let api: TestApi;
  let enrollmentId: string;
  let token: string;
  const at = (node: string) =>
    api.database.db
      .update(enrollments)
      .set({ status: 'running', currentNode: node })
      .where(eq(enrollments.id, enrollmentId));
  const page = async (path: string) => (await api.app.request(`/p/${token}${path}`)).text();

  beforeAll(async () => {
    api = await openTestApi(apiRoutes);
    api.app.route(
      '/',
      portalRoutes({ db: api.database.db, logger: pino({ level: 'silent' }), linkSecret: secret }),
    );
    await publishJourney(api, journey);
    const borrower = await putBorrower(api, { locale: 'en' });
    enrollmentId = (await enroll(api, journey.id, borrower)).id;
    const [row] = await api.database.db
      .select()
      .from(enrollments)
      .where(eq(enrollments.id, enrollmentId));
    token = signLinkToken({
      secret,
      enrollmentId,
      borrowerId: row!.borrowerId,
      expiresAt: new Date(Date.now() + 86_400_000),
    });
  });
  afterAll(async () => {
    await api?.close();
  });

  it('leaves the promise date and amount empty', async () => {
    await at('promise');
    const html = await page('/promise?lang=en');
    expect(html).toMatch(/id="date-day"[^>]*value=""/);
    expect(html).toMatch(/id="date-year"[^>]*value=""/);
    expect(html).not.toMatch(/<option[^>]*selected/);
    expect(html).toMatch(/<input\s+type="number"[^>]*value=""/);
  });

  it('keeps what was typed when the date is missing', async () => {
    await at('promise');
    const res = await api.app.request(`http://localhost/p/${token}/promise?lang=en`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        origin: 'http://localhost',
      },
      body: new URLSearchParams({
        csrf: formToken(secret, token, 'promise'),
        lang: 'en',
        day: '31',
        month: '2',
        year: '2099',
        amount: '250',
      }).toString(),
    });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toMatch(/<input\s+type="number"[^>]*value="250"/);
    // 31 February is no date: refused, and what was typed is kept.
    expect(html).toMatch(/id="date-day"[^>]*value="31"[^>]*aria-invalid="true"/);
    expect(html).toMatch(/<option value="2"\s+selected/);
  });

  it('selects no plan', async () => {
    await at('offer-plan');
    const html = await page('/plan?lang=en');
    expect(html).toContain('type="radio"');
    expect(html).not.toMatch(/\schecked/);
  });

  it('refuses bad hours with a focused summary, the field marked, and the choices kept', async () => {
    const body = new URLSearchParams({
      csrf: formToken(secret, token, 'preferences'),
      lang: 'en',
      from: '10:00',
      to: '09:00',
      locale: 'es',
    });
    body.append('channel', 'email');
    const res = await api.app.request(`http://localhost/p/${token}/preferences?lang=en`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        origin: 'http://localhost',
      },
      body: body.toString(),
    });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toMatch(/<div class="notice error" role="alert" tabindex="-1" autofocus>/);
    expect(html).toContain('Your choices were not saved');
    expect(html).toContain('<a href="#to">Choose an end hour after the start hour.</a>');
    expect(html).toMatch(
      /<select\s+id="to"\s+name="to"\s+aria-invalid="true" aria-describedby="to-error"/,
    );
    expect(html).toMatch(/<option value="10:00"\s+selected>/);
    expect(html).toMatch(/<option value="es" lang="es"\s+selected>/);
    expect(html).toMatch(/value="email"\s+checked/);
    expect(html).not.toMatch(/value="sms"\s+checked/);
    expect(html).not.toContain('Please check the highlighted field');
  });

  it('says someone may call when the journey hands borrowers to a person', async () => {
    const html = await page('?lang=en');
    expect(html).toContain('Someone from our team may also call you about your account.');
    expect(html).not.toContain('Nobody will call you');
  });
});
