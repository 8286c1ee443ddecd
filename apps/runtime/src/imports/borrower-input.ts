// What a lender may send about a borrower and their accounts: one schema for PUT /borrowers/:id,
// the JSON import rows and (after cell conversion) the CSV rows, so all three accept the same data.
import { z } from '@hono/zod-openapi';
import { channelSchema, localeSchema, localTimeSchema, weekdaySchema } from '@tandem/dsl';
import {
  E164_PATTERN,
  isCalendarDate,
  isCountryCode,
  isCurrencyCode,
  isIanaTimeZone,
} from './field-checks';
import { unsafeTextReason } from '../http/input/text-rules';

/** Says "is required" when the field is missing, rather than zod's "expected string". */
const typeError =
  (expected: string) =>
  (issue: { input?: unknown }): string =>
    issue.input === undefined ? 'is required' : `must be ${expected}`;

/**
 * Text that can be stored and shown: no NUL, lone surrogate or control character. The HTTP gate
 * refuses these in JSON already; CSV cells reach the row schema without it, and a dry run must
 * refuse what the write would.
 */
const storableText = () =>
  z.string({ error: typeError('text') }).superRefine((value, ctx) => {
    const reason = unsafeTextReason(value);
    if (reason) ctx.addIssue({ code: 'custom', message: reason });
  });

const requiredText = (max: number) =>
  storableText()
    .max(max, `at most ${max} characters`)
    .refine((value) => value.trim() !== '', 'must not be blank');

const optionalText = (max: number) => requiredText(max).nullish();

/** The lender's own id: printable, no surrounding spaces (so "B1 " cannot shadow "B1"). */
export const externalIdSchema = requiredText(128)
  .refine((value) => !/\p{Cc}/u.test(value), 'must not contain control characters')
  .refine((value) => value === value.trim(), 'must not start or end with a space')
  .describe('The lender’s own id, unique per borrower (or per account)');

/** Amounts as numeric(14,2): refuse what the column would round or overflow. */
const money = z
  .number({ error: typeError('a number') })
  .nonnegative('must be 0 or more')
  .max(999_999_999_999.99, 'is too large')
  .refine((value) => Math.abs(value * 100 - Math.round(value * 100)) < 1e-6, {
    message: 'at most 2 decimal places',
  });

const attributeValue = z.union([storableText().max(1000), z.number(), z.boolean(), z.null()]);
/** Free facts for conditions and templates; merged key by key, `null` clears a key. */
export const attributesSchema = z
  .record(storableText().min(1).max(64), attributeValue)
  .refine((value) => Object.keys(value).length <= 100, 'at most 100 attributes')
  .describe('Extra facts, merged key by key into what is stored; null clears a key');

const consent = z.boolean({ error: typeError('true or false') });
const phoneChannel = z.strictObject({
  address: z
    .string()
    .regex(E164_PATTERN, 'use an E.164 phone number with its country code, e.g. +84912345678'),
  consent,
});
export const channelsSchema = z
  .strictObject({
    sms: phoneChannel.nullish(),
    whatsapp: phoneChannel.nullish(),
    voice: phoneChannel.nullish(),
    email: z.strictObject({ address: z.email('use an email address'), consent }).nullish(),
    push: z.strictObject({ address: storableText().min(1).max(4096), consent }).nullish(),
  })
  .describe('Addresses per channel, merged channel by channel; null removes a channel')
  .openapi('BorrowerChannels');

export const preferencesSchema = z
  .strictObject({
    optedOut: z.array(channelSchema).default([]),
    preferredWindow: z
      .strictObject({
        start: localTimeSchema,
        end: localTimeSchema,
        days: z.array(weekdaySchema).min(1).optional(),
      })
      .refine((window) => window.start < window.end, {
        message: 'must be later than start',
        path: ['end'],
      })
      .optional(),
  })
  .describe('Replaces the stored preferences when given; left out, they stay as they are')
  .openapi('BorrowerPreferences');

export const accountInputSchema = z
  .strictObject({
    externalId: externalIdSchema,
    amountDue: money,
    currency: z
      .string({ error: typeError('text') })
      .refine(isCurrencyCode, 'use an uppercase ISO 4217 code such as "VND" or "USD"'),
    dueDate: z
      .string()
      .refine(isCalendarDate, 'use a real date "YYYY-MM-DD"')
      .regex(/^(19|20|21)\d\d-/, 'must be in the years 1900 to 2199')
      .nullish(),
    daysPastDue: z
      .number({ error: 'must be a whole number' })
      .int('must be a whole number')
      .min(0, 'must be 0 or more')
      .max(36_500, 'is too large')
      .optional(),
    minimumPayment: money.nullish(),
    product: optionalText(100),
    timeBarred: z.boolean({ error: 'must be true or false' }).optional(),
    attributes: attributesSchema.optional(),
  })
  .openapi('AccountUpsert');

const borrowerShape = {
  firstName: requiredText(200),
  lastName: optionalText(200),
  locale: z
    .string({ error: typeError('text') })
    .pipe(localeSchema)
    .describe('Language tag, e.g. "en", "vi", "es-MX"'),
  timezone: z
    .string({ error: typeError('text') })
    .refine(isIanaTimeZone, 'use an IANA time zone such as "Asia/Ho_Chi_Minh"'),
  country: z
    .string({ error: typeError('text') })
    .refine(isCountryCode, 'use an uppercase ISO 3166-1 alpha-2 code such as "VN" (GB for the UK)'),
  region: z
    .string()
    .regex(/^([A-Z]{2}-)?[A-Z0-9]{1,3}$/, 'use an uppercase subdivision code such as "MA"')
    .nullish(),
  segment: optionalText(100),
  attributes: attributesSchema.optional(),
  channels: channelsSchema.optional(),
  preferences: preferencesSchema.optional(),
  accounts: z.array(accountInputSchema).max(100, 'at most 100 accounts at once').optional(),
};

function uniqueAccounts(
  value: { accounts?: Array<{ externalId: string }> | undefined },
  ctx: z.RefinementCtx,
): void {
  const seen = new Set<string>();
  value.accounts?.forEach((account, index) => {
    if (seen.has(account.externalId)) {
      ctx.addIssue({
        code: 'custom',
        message: 'appears twice in accounts',
        path: ['accounts', index, 'externalId'],
      });
    }
    seen.add(account.externalId);
  });
}

/**
 * The body of `PUT /borrowers/:externalId`. Fields left out keep their stored values (a new
 * borrower gets the defaults); `null` clears a nullable field.
 */
export const borrowerInputSchema = z
  .strictObject(borrowerShape)
  .superRefine(uniqueAccounts)
  .openapi('BorrowerUpsert');
export type BorrowerInput = z.output<typeof borrowerInputSchema>;

/** One row of a JSON import: a borrower upsert that carries its own external id. */
export const borrowerImportRowSchema = z
  .strictObject({ externalId: externalIdSchema, ...borrowerShape })
  .superRefine(uniqueAccounts)
  .openapi('BorrowerImportRow');
export type BorrowerRecord = z.output<typeof borrowerImportRowSchema>;
export type AccountInput = z.output<typeof accountInputSchema>;
