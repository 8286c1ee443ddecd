// A lender's payment provider, played by a real HTTP server in tests. GET /checkout checks the
// signature on the values the portal handed over and shows a page with one "Pay" button;
// POST /checkout/pay (the borrower pays) reports `payment.received` through the events API, as a
// lender's integration would, and sends the borrower back to the return URL. The lender's systems
// know which borrower holds an account, so the provider is given that map.
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { html } from 'hono/html';
import { verifyPaymentSignature, type PaymentRequest } from '../payment-handoff';

export interface StandInProvider {
  url: string;
  /** The URL template for the lender settings. */
  urlTemplate: string;
  /** Every checkout opened, with whether its signature held. */
  requests: Array<PaymentRequest & { valid: boolean }>;
  /** The events API's status for each payment reported. */
  reported: number[];
  /** Account external id → borrower external id (the lender's own records). */
  holders: Map<string, string>;
  close(): Promise<void>;
}

export async function openStandInProvider(input: {
  secret: string;
  /** Where the events API is (the runtime's base URL) and an integration API key. */
  apiUrl: string;
  apiKey: string;
}): Promise<StandInProvider> {
  const requests: StandInProvider['requests'] = [];
  const reported: number[] = [];
  const holders = new Map<string, string>();
  const read = (q: (name: string) => string | undefined): PaymentRequest => ({
    amount: q('amount') ?? '',
    currency: q('currency') ?? '',
    account: q('account') ?? '',
    reference: q('ref') ?? '',
    returnUrl: q('return') ?? '',
  });
  const app = new Hono();
  app.get('/checkout', (c) => {
    const request = read((n) => c.req.query(n));
    const valid = verifyPaymentSignature(input.secret, request, c.req.query('sig') ?? '');
    requests.push({ ...request, valid });
    if (!valid) return c.text('bad signature', 403);
    const query = new URL(c.req.url).search;
    return c.html(
      html`<!doctype html>
        <html lang="en">
          <head>
            <meta name="viewport" content="width=device-width, initial-scale=1" />
            <title>Stand-in payment page</title>
          </head>
          <body>
            <main>
              <h1>Stand-in payment page</h1>
              <p>Amount: ${request.amount} ${request.currency}</p>
              <form method="post" action="/checkout/pay${query}">
                <button type="submit">Pay ${request.amount}</button>
              </form>
            </main>
          </body>
        </html>`,
    );
  });
  app.post('/checkout/pay', async (c) => {
    const request = read((n) => c.req.query(n));
    if (!verifyPaymentSignature(input.secret, request, c.req.query('sig') ?? ''))
      return c.text('bad signature', 403);
    const response = await fetch(`${input.apiUrl}/v1/events`, {
      method: 'POST',
      headers: { authorization: `Bearer ${input.apiKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        sourceId: `stand-in:${request.reference}`,
        type: 'payment.received',
        borrower: { externalId: holders.get(request.account) },
        account: { externalId: request.account },
        occurredAt: new Date().toISOString(),
        data: {
          amount: Number(request.amount),
          currency: request.currency,
          reference: request.reference,
        },
      }),
    });
    reported.push(response.status);
    return c.redirect(request.returnUrl, 303);
  });
  const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    urlTemplate: `${url}/checkout?amount={amount}&currency={currency}&account={account}&ref={reference}&return={return_url}&sig={signature}`,
    requests,
    reported,
    holders,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
