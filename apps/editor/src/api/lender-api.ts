import { z } from 'zod';
import { ApiCallError, type Http } from './http';

// GET/PUT /v1/settings/lender (docs/api.md), parsed at the boundary. The API checks each field
// (contrast, https links, image types) and names the field of each problem.

export const lenderFieldNames = [
  'legalName',
  'tradingName',
  'logo',
  'brandColour',
  'supportPhone',
  'supportEmail',
  'supportHours',
  'licenceNumber',
  'privacyUrl',
] as const;
export type LenderField = (typeof lenderFieldNames)[number];

/** The facts the portal's identity check can ask for (docs/portal.md). */
export const identityFacts = ['dateOfBirth', 'postcode', 'accountLast4'] as const;
export type IdentityFact = (typeof identityFacts)[number];

export const lenderSettingsSchema = z.object({
  legalName: z.string(),
  tradingName: z.string().optional(),
  logo: z.string().optional(),
  brandColour: z.string().optional(),
  supportPhone: z.string().optional(),
  supportEmail: z.string().optional(),
  supportHours: z.string().optional(),
  licenceNumber: z.string().optional(),
  privacyUrl: z.string().optional(),
  /** The portal's payment page (set through the API; kept as it is when this form saves). */
  payment: z.object({ urlTemplate: z.string(), minAmount: z.number().optional() }).optional(),
  /** Opening hours as data (set through the API; kept as they are when this form saves). */
  supportSchedule: z
    .object({
      timeZone: z.string(),
      periods: z.array(
        z.object({ days: z.array(z.string()), open: z.string(), close: z.string() }),
      ),
    })
    .optional(),
  /** What the borrower confirms before the portal shows the balance (none when absent). */
  identityCheck: z.object({ fact: z.enum(identityFacts) }).optional(),
});
export type LenderSettings = z.infer<typeof lenderSettingsSchema>;

const storedSchema = z.object({
  settings: lenderSettingsSchema,
  updatedBy: z.string(),
  updatedAt: z.string(),
});
export type StoredLenderSettings = z.infer<typeof storedSchema>;

/** The API's 400 details: one message per field. */
const detailsSchema = z.array(z.object({ path: z.string(), message: z.string() }));

/** What a refused save says about each field (empty when the refusal names none). */
export function fieldErrors(error: unknown): Partial<Record<LenderField, string>> {
  if (!(error instanceof ApiCallError)) return {};
  const details = detailsSchema.safeParse(error.details);
  if (!details.success) return {};
  const out: Partial<Record<LenderField, string>> = {};
  for (const { path, message } of details.data) {
    const field = lenderFieldNames.find((name) => name === path);
    if (field && !out[field]) out[field] = message;
  }
  return out;
}

/** The lender's identity: everyone reads, admins replace it. Not set yet reads as null. */
export function lenderApi(http: Http) {
  return {
    get: async (): Promise<StoredLenderSettings | null> => {
      try {
        return await http.call('GET', '/settings/lender', storedSchema);
      } catch (error) {
        if (error instanceof ApiCallError && error.code === 'LENDER_NOT_SET') return null;
        throw error;
      }
    },
    put: (settings: LenderSettings) => http.call('PUT', '/settings/lender', storedSchema, settings),
  };
}
export type LenderApi = ReturnType<typeof lenderApi>;
