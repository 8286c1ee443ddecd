// The identity check, through the real app and database: the balance waits for the right answer,
// five wrong answers lock the link for 30 minutes (in the database: a restarted portal is still
// locked), the pass is remembered by a cookie for this link only, and the lesson and opting out
// need no check. What the borrower typed is never logged.
import { readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { eq } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enrollments } from '../db/schema';
import { apiRoutes } from '../http/routes/index';
import { openTestApi, type TestApi } from '../http/testing';
import { enroll, publishJourney, putBorrower } from '../testing/scenario';
import { formToken } from './form-token';
import { identityCookie } from './identity-check';
import { signLinkToken } from './link-token';
import { portalRoutes } from './portal-routes';

const secret = 'portal-identity-secret-portal-identity-secret';
const journey = JSON.parse(
  readFileSync(
    new URL('../../../../examples/first-time-borrower.journey.json', import.meta.url),
    'utf8',
  ),
) as { id: string };

describe('portal identity check (date of birth)', () => {
  let api: TestApi;
  let clock = new Date('2026-12-06T10:00:00Z');
  const logLines: string[] = [];
  const logger = pino(
    { level: 'info' },
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        logLines.push(chunk.toString());
        done();
      },
    }),
  );
  /** A portal as a fresh server process would start it (no memory of earlier requests). */
  const freshPortal = () => {
    portal = portalRoutes({ db: api.database.db, logger, linkSecret: secret, now: () => clock });
  };
  let portal: ReturnType<typeof portalRoutes>;
  const links: Array<{ token: string; enrollmentId: string }> = [];
  const origin = 'http://localhost';

  const get = (token: string, path: string, cookie?: string) =>
    portal.request(`${origin}/p/${token}${path}`, cookie ? { headers: { cookie } } : {});
  const answer = (token: string, fields: Record<string, string>, next = '') =>
    portal.request(`${origin}/p/${token}/identity?lang=en`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin },
      body: new URLSearchParams({
        csrf: formToken(secret, token, 'identity'),
        lang: 'en',
        next,
        ...fields,
      }).toString(),
    });
  const born = { day: '24', month: '3', year: '1988' };
  const wrongDay = { day: '23', month: '3', year: '1988' };

  beforeAll(async () => {
    api = await openTestApi(apiRoutes);
    freshPortal();
    await publishJourney(api, journey);
    const saved = await api.call('PUT', '/v1/settings/lender', {
      body: { legalName: 'Acme Lending LLC', identityCheck: { fact: 'dateOfBirth' } },
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    for (let i = 0; i < 2; i++) {
      const borrower = await putBorrower(api, {
        locale: 'en',
        attributes: { dateOfBirth: '1988-03-24' },
      });
      const enrollmentId = (await enroll(api, journey.id, borrower)).id;
      const [row] = await api.database.db
        .select()
        .from(enrollments)
        .where(eq(enrollments.id, enrollmentId));
      await api.database.db
        .update(enrollments)
        .set({ status: 'running', currentNode: 'lesson' })
        .where(eq(enrollments.id, enrollmentId));
      const token = signLinkToken({
        secret,
        enrollmentId,
        borrowerId: row!.borrowerId,
        expiresAt: new Date('2027-01-01T00:00:00Z'),
      });
      links.push({ token, enrollmentId });
    }
  });
  afterAll(async () => {
    await api?.close();
  });

  it('asks before the balance, and shows no balance or name', async () => {
    const { token } = links[0]!;
    for (const path of ['?lang=en', '/pay?lang=en', '/promise?lang=en', '/hardship?lang=en']) {
      const res = await get(token, path);
      expect(res.status, path).toBe(401);
      const html = await res.text();
      expect(html).toContain('Confirm it is you');
      expect(html).not.toContain('1,800');
      expect(html).not.toMatch(/\bLan\b/);
    }
  });

  it('shows the date of birth in the page language’s order', async () => {
    const { token } = links[0]!;
    const en = await (await get(token, '?lang=en')).text();
    const vi = await (await get(token, '?lang=vi')).text();
    const zh = await (await get(token, '?lang=zh')).text();
    const order = (html: string) =>
      [...html.matchAll(/id="date-(day|month|year)"/g)].map((m) => m[1]).join(' ');
    expect(order(en)).toBe('month day year');
    expect(order(vi)).toBe('day month year');
    expect(order(zh)).toBe('year month day');
  });

  it('leaves the lesson and opting out one tap from the message', async () => {
    const { token } = links[0]!;
    expect((await get(token, '/lesson?lang=en')).status).toBe(200);
    expect((await get(token, '/preferences?lang=en')).status).toBe(200);
  });

  it('does what a form asks only after the check', async () => {
    const { token } = links[0]!;
    const res = await portal.request(`${origin}/p/${token}/hardship?lang=en`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin },
      body: new URLSearchParams({
        csrf: formToken(secret, token, 'hardship'),
        lang: 'en',
        category: 'illness',
      }).toString(),
    });
    expect(res.status).toBe(401);
    expect(await res.text()).toContain('Confirm it is you');
  });

  it('locks the link after 5 wrong tries for 30 minutes, in the database', async () => {
    const { token } = links[0]!;
    for (const left of [4, 3, 2, 1]) {
      const res = await answer(token, wrongDay);
      expect(res.status).toBe(401);
      const html = await res.text();
      expect(html).toContain(left === 1 ? 'You have 1 more try.' : `You have ${left} more tries.`);
      expect(html).toMatch(/id="date-day"[^>]*aria-invalid="true"/);
    }
    const fifth = await answer(token, wrongDay);
    expect(fifth.status).toBe(429);
    expect(fifth.headers.get('retry-after')).toBe(String(30 * 60));
    const locked = await fifth.text();
    expect(locked).toContain('Please try again later');
    // 10:00 UTC + 30 minutes, in the borrower's zone (Etc/UTC) and the page's language.
    expect(locked).toContain('10:30');

    // Locked: even the right answer is refused, and a restarted portal remembers.
    freshPortal();
    expect((await answer(token, born)).status).toBe(429);
    const es = await (await get(token, '?lang=es')).text();
    expect(es).toContain('Inténtelo más tarde');
    // The other borrower's link is not locked.
    expect((await get(links[1]!.token, '?lang=en')).status).toBe(401);

    clock = new Date(clock.getTime() + 30 * 60_000 + 1_000);
    const opened = await answer(token, born, 'pay');
    expect(opened.status).toBe(303);
    expect(opened.headers.get('location')).toBe(`/p/${token}/pay?lang=en`);
  });

  it('remembers the right answer for this link only, with a signed cookie', async () => {
    const { token } = links[0]!;
    const res = await answer(token, born);
    expect(res.status).toBe(303);
    const setCookie = res.headers.get('set-cookie') ?? '';
    expect(setCookie).toContain(`${identityCookie}=`);
    expect(setCookie).toContain(`Path=/p/${token}`);
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Lax');
    const cookie = setCookie.split(';')[0]!;

    const home = await get(token, '?lang=en', cookie);
    expect(home.status).toBe(200);
    expect(await home.text()).toContain('1,800');
    expect((await get(token, '/pay?lang=en', cookie)).status).toBe(200);

    // The same cookie on another borrower's link, or altered, opens nothing.
    expect((await get(links[1]!.token, '?lang=en', cookie)).status).toBe(401);
    const altered = cookie.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));
    expect((await get(token, '?lang=en', altered)).status).toBe(401);
  });

  it('never logs what the borrower typed', () => {
    const logged = logLines.join('\n');
    expect(logged).toContain('portal identity check locked');
    expect(logged).not.toContain('1988');
  });
});
