// Plan labels per language: the page's language, else the journey's default language (marked with
// its own `lang`), and a plain-string label from an older document still shown. Through the real
// app and database, the journey held at its plan offer.
import { readFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enrollments } from '../db/schema';
import { apiRoutes } from '../http/routes/index';
import { openTestApi, type TestApi } from '../http/testing';
import { enroll, publishJourney, putBorrower } from '../testing/scenario';
import { signLinkToken } from './link-token';
import { portalRoutes } from './portal-routes';

const secret = 'portal-labels-secret-portal-labels-secret';
const example = JSON.parse(
  readFileSync(
    new URL('../../../../examples/first-time-borrower.journey.json', import.meta.url),
    'utf8',
  ),
) as { id: string; nodes: Array<{ id: string; config: { options?: Array<{ label?: unknown }> } }> };
const journey = structuredClone(example);
journey.id = 'plan-labels';
const offer = journey.nodes.find((n) => n.id === 'offer-plan')!;
offer.config.options![0]!.label = { en: '3 months', es: '3 meses', zh: '3 个月' };
offer.config.options![1]!.label = '6 months';

describe('plan labels in the page language', () => {
  let api: TestApi;
  let token: string;
  const page = async (lang: string) =>
    (await api.app.request(`/p/${token}/plan?lang=${lang}`)).text();

  beforeAll(async () => {
    api = await openTestApi(apiRoutes);
    api.app.route(
      '/',
      portalRoutes({ db: api.database.db, logger: pino({ level: 'silent' }), linkSecret: secret }),
    );
    await publishJourney(api, journey);
    const borrower = await putBorrower(api, { locale: 'en' });
    const enrollmentId = (await enroll(api, journey.id, borrower)).id;
    const [row] = await api.database.db
      .update(enrollments)
      .set({ status: 'running', currentNode: 'offer-plan' })
      .where(eq(enrollments.id, enrollmentId))
      .returning();
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

  it('shows each language its own label, the default language where one is missing', async () => {
    expect(await page('es')).toContain('<span lang="es">3 meses</span>:');
    expect(await page('zh')).toContain('<span lang="zh">3 个月</span>:');
    const vi = await page('vi');
    expect(vi).toContain('<span lang="en">3 months</span>:');
    expect(vi).not.toContain('3 meses');
  });

  it('still shows a plain-string label from an older document', async () => {
    expect(await page('es')).toContain('6 months</span>:');
  });

  it('offers a way out when none of the plans work', async () => {
    const html = await page('en');
    expect(html).toMatch(
      /<a href="\/p\/[\w-]+\/plan\/none\?lang=en">None of these plans work for me<\/a>/,
    );
    const none = await (await api.app.request(`/p/${token}/plan/none?lang=en`)).text();
    expect(none).toContain('A pause in payments');
    expect(none).toContain('Talking to a person');
    expect(none).not.toMatch(/<input[^>]*checked/);
  });
});
