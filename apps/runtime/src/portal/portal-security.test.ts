// The portal's defences, through the real app and database: links, forms, rate limits, headers.
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { borrowers, enrollments } from '../db/schema';
import { ladder } from '../http/routes/journeys.fixtures';
import { apiRoutes } from '../http/routes/index';
import { openTestApi, type TestApi } from '../http/testing';
import { enroll, publishJourney, putBorrower } from '../testing/scenario';
import { formToken } from './form-token';
import { signLinkToken } from './link-token';
import { portalRoutes } from './portal-routes';

const secret = 'portal-test-secret-portal-test-secret';
const now = new Date('2026-03-02T09:00:00Z');
const origin = 'http://localhost';

describe('portal security', () => {
  let api: TestApi;
  let enrollmentId: string;
  let borrowerId: string;
  let otherBorrowerId: string;
  let clock = now;
  let links = 0;
  // Each link expires a second later than the last, so each is a token of its own (own rate count).
  const link = (over: { enrollmentId?: string; borrowerId?: string; expiresAt?: Date } = {}) =>
    `/p/${signLinkToken({
      secret,
      enrollmentId: over.enrollmentId ?? enrollmentId,
      borrowerId: over.borrowerId ?? borrowerId,
      expiresAt: over.expiresAt ?? new Date(now.getTime() + 86_400_000 + ++links * 1000),
    })}`;
  const get = (path: string, headers: Record<string, string> = {}) =>
    api.app.request(path, { headers });
  const post = (
    path: string,
    form: Record<string, string>,
    headers: Record<string, string> = { origin },
  ) =>
    api.app.request(`http://localhost${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
      body: new URLSearchParams(form).toString(),
    });

  beforeAll(async () => {
    api = await openTestApi(apiRoutes);
    api.app.route(
      '/',
      portalRoutes({
        db: api.database.db,
        logger: pino({ level: 'silent' }),
        linkSecret: secret,
        now: () => clock,
        trustProxy: true,
        limits: { perLink: { max: 5, windowMs: 60_000 }, perIp: { max: 8, windowMs: 60_000 } },
      }),
    );
    await publishJourney(api, ladder({ id: 'portal-security' }));
    const borrower = await putBorrower(api, { locale: 'vi' });
    const other = await putBorrower(api);
    enrollmentId = (await enroll(api, 'portal-security', borrower)).id;
    const [row] = await api.database.db
      .select()
      .from(enrollments)
      .where(eq(enrollments.id, enrollmentId));
    borrowerId = row!.borrowerId;
    const [otherRow] = await api.database.db
      .select()
      .from(borrowers)
      .where(eq(borrowers.externalId, other.externalId));
    otherBorrowerId = otherRow!.id;
  });
  afterAll(async () => {
    await api?.close();
  });

  let ip = 0;
  const fresh = () => ({ 'x-forwarded-for': `10.0.0.${++ip}` });

  it('opens the borrower’s own page in their language, with strict headers', async () => {
    const res = await get(link(), fresh());
    const page = await res.text();
    expect(res.status).toBe(200);
    expect(page).toContain('<html lang="vi">');
    expect(page).toContain('Chào Lan');
    expect(page).toMatch(/1\.800,00\sUS\$/);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
  });

  it('switches the bad-link page to another language on the same address (never raw JSON)', async () => {
    const bad = '/p/this-link-was-cut-shor';
    const page = await (await get(`${bad}?lang=en`, fresh())).text();
    const spanish = /<a\s+href="([^"]+)"\s+lang="es"/.exec(page)?.[1];
    expect(spanish).toBe(`${bad}?lang=es`);
    const switched = await get(spanish!, fresh());
    expect(switched.status).toBe(404);
    expect(switched.headers.get('content-type')).toContain('text/html');
    const text = await switched.text();
    expect(text).toContain('<html lang="es">');
    expect(text).not.toContain('"error"');
  });

  it('answers a tampered, expired, cross-borrower or unknown link with one friendly page that names nobody', async () => {
    const good = link();
    const token = good.slice(3);
    const tampered = `/p/${token.slice(0, 10)}${token[10] === 'A' ? 'B' : 'A'}${token.slice(11)}`;
    const expired = link({ expiresAt: new Date(now.getTime() - 1000) });
    const crossBorrower = link({ borrowerId: otherBorrowerId });
    const unknown = link({ enrollmentId: randomUUID() });
    const bodies = new Set<string>();
    for (const path of [tampered, expired, crossBorrower, unknown, '/p/short', `${good}/nope`]) {
      const res = await get(path, fresh());
      expect(res.status, path).toBe(404);
      const page = await res.text();
      expect(page).toContain('This link does not work');
      expect(page).not.toMatch(/Hi Lan|Chào Lan/);
      expect(page).not.toContain('1,800');
      // The language switch links back to the address asked for; apart from that, one page.
      bodies.add(page.replaceAll(path, '<the address asked for>'));
    }
    expect(bodies.size).toBe(1);
  });

  it('refuses a form posted from another site, or without its token, or with another form’s token', async () => {
    const token = link().slice(3);
    const path = `/p/${token}/hardship?lang=en`;
    const valid = { csrf: formToken(secret, token, 'hardship'), category: 'pause', lang: 'en' };
    const crossSite = await post(path, valid, { origin: 'https://evil.example', ...fresh() });
    expect(crossSite.status).toBe(403);
    expect(await crossSite.text()).toContain('Please try again');
    expect((await post(path, { ...valid, csrf: '' }, { origin, ...fresh() })).status).toBe(403);
    const wrongForm = { ...valid, csrf: formToken(secret, token, 'preferences') };
    expect((await post(path, wrongForm, { origin, ...fresh() })).status).toBe(403);
    const accepted = await post(path, valid, { origin, ...fresh() });
    expect(accepted.status).toBe(200);
    expect(await accepted.text()).toContain('Payment reminders are paused');
  });

  it('refuses a NUL or control character in a note with the form again, not a 500', async () => {
    const token = link().slice(3);
    const path = `/p/${token}/hardship?lang=en`;
    const form = { csrf: formToken(secret, token, 'hardship'), category: 'pause', lang: 'en' };
    for (const note of ['a\u0000b', 'bell\u0007']) {
      const res = await post(path, { ...form, note }, { origin, ...fresh() });
      expect(res.status).toBe(400);
      expect(await res.text()).toContain('Please check the highlighted field.');
    }
  });

  it('refuses a form over 16 KiB with a friendly 413 page before reading it', async () => {
    const token = link().slice(3);
    const path = `/p/${token}/hardship?lang=en`;
    const form = { csrf: formToken(secret, token, 'hardship'), category: 'pause', lang: 'en' };
    const huge = await post(
      path,
      { ...form, note: 'x'.repeat(20 * 1024 * 1024) },
      { origin, ...fresh() },
    );
    expect(huge.status).toBe(413);
    const page = await huge.text();
    expect(page).toContain('That was too much to send');
    expect(page).toContain('<html lang="en">');
    // Without a Content-Length the limit holds while streaming.
    const chunks = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 20; i++) controller.enqueue(new Uint8Array(1024).fill(120));
        controller.close();
      },
    });
    const streamed = await api.app.request(`http://localhost${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin, ...fresh() },
      body: chunks,
      duplex: 'half',
    });
    expect(streamed.status).toBe(413);
  });

  it('limits requests per link and per IP, and says when to come back', async () => {
    const path = link({ expiresAt: new Date(now.getTime() + 2 * 86_400_000) });
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await get(path, fresh())).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429]);
    const ipLimited: number[] = [];
    const address = { 'x-forwarded-for': '192.0.2.7' };
    for (let i = 0; i < 10; i++)
      ipLimited.push(
        (await get(link({ expiresAt: new Date(now.getTime() + (3 + i) * 86_400_000) }), address))
          .status,
      );
    expect(ipLimited.filter((s) => s === 429)).toHaveLength(2);
    const limited = await get(path, fresh());
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(await limited.text()).toContain('Please wait a moment');
    clock = new Date(now.getTime() + 61_000);
    expect((await get(path, fresh())).status).toBe(200);
    clock = now;
  });

  it('checks form input and says so in the page language', async () => {
    const token = link({ expiresAt: new Date(now.getTime() + 20 * 86_400_000) }).slice(3);
    const path = `/p/${token}/preferences?lang=en`;
    const res = await post(
      path,
      { csrf: formToken(secret, token, 'preferences'), locale: 'xx', lang: 'en' },
      { origin, ...fresh() },
    );
    expect(res.status).toBe(400);
    // The preferences page names what is wrong and marks the field (issue 13, fix 6).
    const html = await res.text();
    expect(html).toContain('Your choices were not saved');
    expect(html).toContain('<a href="#locale">Choose a language.</a>');
  });

  it('saves preferences with several channels ticked, and refuses hours that end before they start', async () => {
    const token = link().slice(3);
    const path = `/p/${token}/preferences?lang=en`;
    const csrf = formToken(secret, token, 'preferences');
    const body = (pairs: Array<[string, string]>) =>
      new URLSearchParams([['csrf', csrf], ...pairs]).toString();
    const send = (pairs: Array<[string, string]>) =>
      api.app.request(`http://localhost${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin, ...fresh() },
        body: body(pairs),
      });
    const backwards = await send([
      ['channel', 'sms'],
      ['from', '18:00'],
      ['to', '09:00'],
      ['locale', 'vi'],
    ]);
    expect(backwards.status).toBe(400);
    const saved = await send([
      ['channel', 'sms'],
      ['channel', 'email'],
      ['from', '09:00'],
      ['to', '18:00'],
      ['locale', 'vi'],
    ]);
    expect(saved.status).toBe(200);
    expect(await saved.text()).toContain('Saved. We will contact you only');
    const [row] = await api.database.db
      .select()
      .from(borrowers)
      .where(eq(borrowers.id, borrowerId));
    expect(row!.preferences).toEqual({
      optedOut: [],
      preferredWindow: { start: '09:00', end: '18:00' },
    });
  });
});
