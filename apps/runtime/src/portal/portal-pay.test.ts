// Paying from the portal against a real HTTP server standing in for the lender's payment
// provider: it checks the signature on the values it is handed, reports `payment.received`
// through the events API (as an integration would), and sends the borrower back. Until then the
// portal shows the payment as in progress.
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { eq } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enrollments, portalPayments } from '../db/schema';
import { ladder } from '../http/routes/journeys.fixtures';
import { apiRoutes } from '../http/routes/index';
import { openTestApi, type TestApi } from '../http/testing';
import { enroll, publishJourney, putBorrower, type TestBorrower } from '../testing/scenario';
import { signedLinks } from './link-token';
import { portalRoutes } from './portal-routes';
import { openStandInProvider, type StandInProvider } from './testing/stand-in-provider';

const linkSecret = 'portal-pay-test-link-secret-portal-pay-test';
const paymentSecret = 'portal-pay-test-payment-secret-0123456789';

async function listen(fetchApp: (r: Request) => Response | Promise<Response>) {
  const server = serve({ fetch: fetchApp, hostname: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

const close = (server: ServerType | undefined) =>
  new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));

describe('paying from the portal', () => {
  let api: TestApi;
  let portal: ServerType;
  let provider: StandInProvider;
  let portalUrl: string;
  let providerUrl: string;
  let borrower: TestBorrower;
  let links: { portal: string; pay: string };

  beforeAll(async () => {
    const opened = await openTestApi(apiRoutes);
    const served = await listen((r) => opened.app.fetch(r));
    portal = served.server;
    portalUrl = served.url;
    api = opened;
    opened.app.route(
      '/',
      portalRoutes({
        db: opened.database.db,
        logger: pino({ level: 'silent' }),
        linkSecret,
        paymentSecret,
        publicUrl: portalUrl,
      }),
    );
    provider = await openStandInProvider({
      secret: paymentSecret,
      apiUrl: portalUrl,
      apiKey: api.keys.integration,
    });
    providerUrl = provider.url;
    const saved = await api.call('PUT', '/v1/settings/lender', {
      body: {
        legalName: 'Acme Consumer Lending Services LLC',
        tradingName: 'Acme Lending',
        payment: {
          urlTemplate: provider.urlTemplate,
          minAmount: 5,
        },
      },
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    await publishJourney(api, ladder({ id: 'portal-pay' }));
    borrower = await putBorrower(api);
    provider.holders.set(borrower.accountId, borrower.externalId);
    const enrollmentId = (await enroll(api, 'portal-pay', borrower)).id;
    const [row] = await api.database.db
      .select()
      .from(enrollments)
      .where(eq(enrollments.id, enrollmentId));
    links = signedLinks({ secret: linkSecret, publicUrl: portalUrl, ttlMs: 86_400_000 })(
      enrollmentId,
      row!.borrowerId,
    );
  });
  afterAll(async () => {
    await provider?.close();
    await close(portal);
    await api?.close();
  });

  const page = async (address: string) => {
    const res = await fetch(address);
    return {
      status: res.status,
      html: await res.text(),
      csp: res.headers.get('content-security-policy'),
    };
  };
  const csrfOf = (html: string) => /name="csrf" value="([^"]+)"/.exec(html)?.[1] ?? '';
  const post = async (fields: Record<string, string>, csrf?: string) => {
    const token = csrf ?? csrfOf((await page(links.pay)).html);
    return fetch(links.pay, {
      method: 'POST',
      redirect: 'manual',
      headers: { origin: portalUrl, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ csrf: token, lang: 'en', ...fields }),
    });
  };

  it('opens the pay page from links.pay, with nothing chosen and the provider allowed as form target', async () => {
    expect(links.pay).toBe(`${links.portal}/pay`);
    const pay = await page(links.pay);
    expect(pay.status).toBe(200);
    expect(pay.html).toContain('The full amount: $1,800.00');
    expect(pay.html).not.toContain('checked');
    expect(pay.html).not.toContain('The amount you promised');
    expect(pay.csp).toContain(`form-action 'self' ${providerUrl}`);
    const home = await page(links.portal);
    expect(home.html).toContain(`href="${new URL(links.pay).pathname}?lang=en"`);
  });

  it('refuses no choice, and another amount outside the limits, keeping what was typed', async () => {
    const none = await post({});
    expect(none.status).toBe(400);
    expect(await none.text()).toContain('Choose how much you want to pay.');
    const tooMuch = await post({ choice: 'other', other: '2000' });
    expect(tooMuch.status).toBe(400);
    const text = await tooMuch.text();
    expect(text).toContain('Enter an amount from $5.00 to $1,800.00.');
    expect(text).toContain('value="2000"');
    expect(text).toContain('aria-invalid="true"');
    const tooLittle = await post({ choice: 'other', other: '4,99' });
    expect(tooLittle.status).toBe(400);
    expect(await api.database.db.select().from(portalPayments)).toEqual([]);
  });

  it('offers the promised amount, hands over signed values, shows the payment in progress until the provider reports it', async () => {
    const promised = await api.call('POST', '/v1/events', {
      role: 'integration',
      body: {
        sourceId: `promise-${borrower.externalId}`,
        type: 'ptp.promised',
        borrower: { externalId: borrower.externalId },
        account: { externalId: borrower.accountId },
        occurredAt: new Date(Date.now() - 60_000).toISOString(),
        data: { date: '2099-01-15', amount: 250 },
      },
    });
    expect(promised.status, JSON.stringify(promised.body)).toBe(200);
    expect((await page(links.portal)).html).toContain(
      'You promised to pay $250.00 on January 15, 2099.',
    );
    const form = (await page(links.pay)).html;
    expect(form).toContain('The amount you promised: $250.00 (for January 15, 2099)');

    const handover = await post({ choice: 'promised' });
    expect(handover.status).toBe(303);
    const checkout = handover.headers.get('location')!;
    expect(checkout.startsWith(`${providerUrl}/checkout?`)).toBe(true);
    // No borrower PII in the provider's URL: the lender's account id, an amount, a reference.
    expect(checkout).not.toContain('Lan');
    expect(checkout).not.toContain('lan%40example.com');
    const [stored] = await api.database.db.select().from(portalPayments);
    expect(stored!.amount).toBe(250);

    const atProvider = await fetch(checkout);
    expect(atProvider.status).toBe(200);
    expect(provider.requests.at(-1)).toMatchObject({
      amount: '250.00',
      currency: 'USD',
      account: borrower.accountId,
      reference: stored!.reference,
      returnUrl: `${links.pay}?lang=en`,
      valid: true,
    });
    // An edited amount fails the provider's check.
    const edited = new URL(checkout);
    edited.searchParams.set('amount', '1.00');
    expect((await fetch(edited)).status).toBe(403);

    const pending = await page(links.pay);
    expect(pending.html).toContain('Payment in progress');
    expect(pending.html).not.toContain('Continue to payment');
    expect((await page(links.portal)).html).toContain('Your payment of $250.00 is in progress.');
    expect((await post({ choice: 'full' }, csrfOf(form))).status).toBe(409);

    const paid = await fetch(`${checkout.replace('/checkout?', '/checkout/pay?')}`, {
      method: 'POST',
      redirect: 'manual',
    });
    expect(provider.reported).toEqual([200]);
    expect(paid.status).toBe(303);
    const back = await page(paid.headers.get('location')!);
    expect(back.html).toContain('We have received your payment of $250.00.');
    expect(back.html).toContain('Continue to payment');
    const home = await page(links.portal);
    expect(home.html).not.toContain('is in progress');
    // The payment arrived after the promise: the promise is kept, not pending on home.
    expect(home.html).not.toContain('You promised to pay');
  });

  it('says paying online is unavailable when the lender has no payment page', async () => {
    const saved = await api.call('PUT', '/v1/settings/lender', {
      body: { legalName: 'Acme Consumer Lending Services LLC' },
    });
    expect(saved.status).toBe(200);
    await new Promise((r) => setTimeout(r, 5_100)); // the portal reads settings every 5 s
    const pay = await page(links.pay);
    expect(pay.html).toContain('Paying online is not available right now.');
    expect(pay.html).not.toContain('<form method="post"');
    expect((await page(links.portal)).html).not.toContain('Pay now');
  }, 15_000);

  it('refuses a payment template without its signature, and plain http beyond this machine', async () => {
    const missing = await api.call('PUT', '/v1/settings/lender', {
      body: {
        legalName: 'Acme',
        payment: { urlTemplate: 'https://pay.example/?a={amount}&c={currency}' },
      },
    });
    expect(missing.status).toBe(400);
    expect(JSON.stringify(missing.body)).toContain('{signature}');
    const plain = await api.call('PUT', '/v1/settings/lender', {
      body: {
        legalName: 'Acme',
        payment: {
          urlTemplate:
            'http://pay.example/?a={amount}&c={currency}&ac={account}&r={reference}&u={return_url}&s={signature}',
        },
      },
    });
    expect(plain.status).toBe(400);
  });
});
