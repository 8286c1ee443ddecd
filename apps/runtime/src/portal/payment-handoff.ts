// The hand-over to the lender's payment page. The lender's settings hold a URL template; the
// portal fills in the amount, currency, account, a reference and the return URL, and signs them
// with TANDEM_PAYMENT_SECRET (HMAC-SHA256 over the five values, newline-separated, in that order)
// so the provider can tell the request came from us and was not edited on the way. The provider
// reports the payment back through POST /v1/events as `payment.received` with the reference in
// its data.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { paymentPlaceholders } from '../lender/lender-settings-schema';
import { keptSecret } from '../secrets/secret-file';

export interface PaymentRequest {
  /** Two decimals, a dot: "120.50". */
  amount: string;
  currency: string;
  /** The lender's own account reference (its external id), never the borrower's name. */
  account: string;
  reference: string;
  returnUrl: string;
}

const signedText = (r: PaymentRequest) =>
  ['tandem-payment', r.amount, r.currency, r.account, r.reference, r.returnUrl].join('\n');

/** Hex HMAC-SHA256 of the request's values. */
export function paymentSignature(secret: string, request: PaymentRequest): string {
  return createHmac('sha256', secret).update(signedText(request)).digest('hex');
}

/** What a provider runs on the values it was given (the stand-in provider in the tests does). */
export function verifyPaymentSignature(
  secret: string,
  request: PaymentRequest,
  signature: string,
): boolean {
  const expected = Buffer.from(paymentSignature(secret, request), 'hex');
  const given = Buffer.from(/^[0-9a-f]{64}$/.test(signature) ? signature : '', 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * The provider's URL for one payment: every placeholder replaced by its URL-encoded value.
 * @example paymentUrl('https://pay.example/?a={amount}&…&s={signature}', secret, request)
 */
export function paymentUrl(template: string, secret: string, request: PaymentRequest): string {
  const values: Record<(typeof paymentPlaceholders)[number], string> = {
    amount: request.amount,
    currency: request.currency,
    account: request.account,
    reference: request.reference,
    return_url: request.returnUrl,
    signature: paymentSignature(secret, request),
  };
  return template.replace(/\{([a-z_]+)\}/g, (whole, name: string) =>
    name in values ? encodeURIComponent(values[name as keyof typeof values]) : whole,
  );
}

/**
 * The payment secret: TANDEM_PAYMENT_SECRET, else (development) one made once and kept in the
 * data directory like the link secret, to be copied to the provider.
 */
export async function paymentSecretFor(
  configured: string | undefined,
  dataDir: string,
): Promise<string> {
  if (configured) return configured;
  return keptSecret(dataDir, 'payment-secret', {
    make: () => randomBytes(32).toString('base64url'),
    isValid: (kept) => kept.length >= 32,
  });
}
