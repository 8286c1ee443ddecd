// The lender's identity as the API accepts it. Every field is shown to borrowers (portal header
// and footer) or placed in messages (`{{ lender.* }}`), so each is short, and links are https.
import { z } from '@hono/zod-openapi';
import { contrastRatio, minimumContrast } from '@tandem/dsl';

const text = (max: number) => z.string().trim().min(1).max(max);

/** A small PNG, JPEG or WebP as a data URL: served by us (the portal's CSP allows no other host). */
const logoSchema = z
  .string()
  .max(200_000, 'a logo of at most about 140 KB')
  .regex(
    /^data:image\/(png|jpeg|webp);base64,[A-Za-z0-9+/]+=*$/,
    'a data URL of a PNG, JPEG or WebP image ("data:image/png;base64,…")',
  );

const brandColourSchema = z
  .string()
  .regex(/^#[0-9a-fA-F]{6}$/, 'a colour as "#rrggbb"')
  .transform((colour) => colour.toLowerCase())
  .refine((colour) => contrastRatio(colour, '#ffffff') >= minimumContrast, {
    message: `white text on this colour is too faint to read: choose a darker colour (contrast at least ${minimumContrast}:1)`,
  });

/** The placeholders a payment URL template must carry (each is URL-encoded when filled in). */
export const paymentPlaceholders = [
  'amount',
  'currency',
  'account',
  'reference',
  'return_url',
  'signature',
] as const;

/** A provider on the local machine may be plain http (a test's stand-in); anything else is https. */
const localHttp = /^http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?\//;

const paymentSchema = z
  .strictObject({
    urlTemplate: z
      .string()
      .trim()
      .max(1000)
      .refine((t) => t.startsWith('https://') || localHttp.test(t), {
        message: 'an https:// address of the payment page',
      })
      .refine((t) => URL.canParse(t.replace(/\{[a-z_]+\}/g, 'x')), { message: 'a URL' })
      .refine((t) => paymentPlaceholders.every((name) => t.includes(`{${name}}`)), {
        message: `a URL with every placeholder: ${paymentPlaceholders.map((n) => `{${n}}`).join(' ')}`,
      })
      .describe(
        'The payment page, e.g. "https://pay.example/checkout?amount={amount}&currency={currency}&account={account}&ref={reference}&return={return_url}&sig={signature}"',
      ),
    minAmount: z
      .number()
      .positive()
      .max(1e9)
      .optional()
      .describe('The smallest amount a borrower may choose to pay (default 1)'),
  })
  .describe('Where the portal sends a borrower to pay (signed with TANDEM_PAYMENT_SECRET)');

export const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof weekdays)[number];

const clockTime = z
  .string()
  .regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, 'a time as "HH:MM" (24-hour)');

/** Opening hours as data, so each page shows them in its own language (Intl), not one text. */
const supportScheduleSchema = z
  .strictObject({
    timeZone: z
      .string()
      .max(64)
      .refine(
        (zone) => {
          try {
            new Intl.DateTimeFormat('en', { timeZone: zone });
            return true;
          } catch {
            return false;
          }
        },
        { message: 'an IANA time zone such as "America/New_York"' },
      ),
    periods: z
      .array(
        z
          .strictObject({
            days: z.array(z.enum(weekdays)).min(1).max(7),
            open: clockTime,
            close: clockTime,
          })
          .refine((p) => p.open < p.close, {
            message: 'closes after it opens',
            path: ['close'],
          }),
      )
      .min(1)
      .max(7),
  })
  .describe(
    'When the support line answers, e.g. {"timeZone":"America/New_York","periods":[{"days":["mon","tue","wed","thu","fri"],"open":"09:00","close":"17:00"}]}: shown in each page language',
  );

/** The facts a lender may ask a borrower to confirm before the portal shows their account. */
export const identityFacts = ['dateOfBirth', 'postcode', 'accountLast4'] as const;
export type IdentityFact = (typeof identityFacts)[number];

export const lenderSettingsSchema = z
  .strictObject({
    legalName: text(200).describe('The registered name, as in the licence'),
    tradingName: text(120).optional().describe('The name borrowers know; else the legal name'),
    logo: logoSchema.optional(),
    brandColour: brandColourSchema
      .optional()
      .describe('Header and buttons, under white text: must reach 4.5:1 contrast'),
    supportPhone: z
      .string()
      .trim()
      .regex(/^\+?[0-9][0-9 ()-]{3,30}$/, 'a phone number such as "+1 555 0100"')
      .optional(),
    supportEmail: z.email('an email address such as "help@lender.example"').max(200).optional(),
    supportHours: text(120)
      .optional()
      .describe(
        'When the support line answers as one text, e.g. "Mon–Fri 9–5" (not translated: prefer supportSchedule)',
      ),
    supportSchedule: supportScheduleSchema.optional(),
    licenceNumber: text(80).optional().describe('Registration or licence number'),
    privacyUrl: z
      .url({ protocol: /^https$/, message: 'an https:// link to the privacy notice' })
      .max(500)
      .optional(),
    payment: paymentSchema.optional(),
    identityCheck: z
      .strictObject({
        fact: z
          .enum(identityFacts)
          .describe(
            'What the borrower confirms: their date of birth (borrower attribute "dateOfBirth", YYYY-MM-DD), their postcode (borrower attribute "postcode"), or the last 4 digits of the account number (account attribute "accountNumber", else the account id)',
          ),
      })
      .optional()
      .describe(
        'Before the portal shows the balance or personal data, the borrower confirms this fact; 5 wrong tries lock the link for 30 minutes',
      ),
  })
  .openapi('LenderSettingsInput');

export type LenderSettings = z.infer<typeof lenderSettingsSchema>;
