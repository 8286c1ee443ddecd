// Every portal page says who is writing: the lender's name in the title and header, its logo and
// brand colour from our own origin, and its contact, licence and privacy notice in the footer.
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

const secret = 'portal-lender-secret-portal-lender-secret';
const png =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
const acme = {
  legalName: 'Acme Lending LLC',
  tradingName: 'Acme',
  logo: `data:image/png;base64,${png}`,
  brandColour: '#7a1f5c',
  supportPhone: '+1 (555) 0100',
  supportEmail: 'help@acme.example',
  supportHours: 'Mon–Fri 9:00–17:00',
  licenceNumber: 'NMLS 123456',
  privacyUrl: 'https://acme.example/privacy',
};

describe('the lender on portal pages', () => {
  let api: TestApi;
  let link: string;
  let clock = new Date('2026-03-02T09:00:00Z');
  const page = async (path: string) => {
    const res = await api.app.request(path);
    return { status: res.status, text: await res.text(), res };
  };

  beforeAll(async () => {
    api = await openTestApi(apiRoutes);
    api.app.route(
      '/',
      portalRoutes({
        db: api.database.db,
        logger: pino({ level: 'silent' }),
        linkSecret: secret,
        now: () => clock,
      }),
    );
    await publishJourney(api, ladder({ id: 'portal-lender' }));
    const borrower = await putBorrower(api, { locale: 'es' });
    const enrollmentId = (await enroll(api, 'portal-lender', borrower)).id;
    const [row] = await api.database.db
      .select()
      .from(enrollments)
      .where(eq(enrollments.id, enrollmentId));
    link = `/p/${signLinkToken({
      secret,
      enrollmentId,
      borrowerId: row!.borrowerId,
      expiresAt: new Date(clock.getTime() + 86_400_000),
    })}`;
  });
  afterAll(async () => {
    await api?.close();
  });

  it('names the page only before the lender is set', async () => {
    const home = await page(`${link}?lang=en`);
    expect(home.status).toBe(200);
    expect(home.text).toContain('<title>Your account · Your account</title>');
    expect(home.text).not.toContain('class="brand"');
    // This journey only texts and waits: nothing in it calls.
    expect(home.text).toContain('Nobody will call you about it.');
    expect((await page('/portal-logo')).status).toBe(404);
  });

  it('shows the name in the title and header, and the contact, licence and privacy footer', async () => {
    const saved = await api.call('PUT', '/v1/settings/lender', { body: acme });
    expect(saved.status).toBe(200);
    clock = new Date(clock.getTime() + 10_000); // past the portal's few seconds of cache
    for (const path of ['', '/preferences', '/hardship', '/promise']) {
      const { text } = await page(`${link}${path}?lang=es`);
      expect(text).toMatch(/<title>[^<]+ · Acme<\/title>/);
      expect(text).toMatch(
        /<p class="brand">\s*<img src="\/portal-logo\?v=\w+" alt="" height="32" \/>\s*<span>Acme<\/span>/,
      );
      expect(text).toContain('¿Preguntas? Contáctenos');
      expect(text).toContain('<a href="tel:+15550100">+1 (555) 0100</a>');
      expect(text).toContain('<a href="mailto:help@acme.example">help@acme.example</a>');
      expect(text).toContain('Mon–Fri 9:00–17:00');
      expect(text).toContain('Acme Lending LLC<br />Licencia NMLS 123456');
      expect(text).toContain(
        '<a href="https://acme.example/privacy">Cómo usamos su información</a>',
      );
      expect(text).toMatch(/<link rel="stylesheet" href="\/portal-brand\.css\?v=\w+" \/>/);
    }
  });

  it('serves the logo and the brand colour from its own origin', async () => {
    const logo = await api.app.request('/portal-logo?v=1');
    expect(logo.status).toBe(200);
    expect(logo.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await logo.arrayBuffer()).equals(Buffer.from(png, 'base64'))).toBe(true);
    const css = await page('/portal-brand.css?v=1');
    expect(css.res.headers.get('content-type')).toContain('text/css');
    expect(css.text).toContain('.brand{background:#7a1f5c}');
  });

  it('names the lender on the bad-link page too (it names no borrower)', async () => {
    const bad = await page('/p/not-a-token?lang=vi');
    expect(bad.status).toBe(404);
    expect(bad.text).toMatch(/<title>[^<]+ · Acme<\/title>/);
    expect(bad.text).toContain('Có câu hỏi? Liên hệ với chúng tôi');
  });
});
