import type { Schemas } from '@tandem/api-client';
import { ApiCallError, answer, type Http } from './http';

// GET/PUT /v1/settings/lender (docs/api.md). The API checks each field (contrast, https links,
// image types) and names the field of each problem.

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
] as const satisfies (keyof LenderSettings)[];
export type LenderField = (typeof lenderFieldNames)[number];

/** The facts the portal's identity check can ask for (docs/portal.md). */
export const identityFacts = [
  'dateOfBirth',
  'postcode',
  'accountLast4',
] as const satisfies IdentityFact[];
export type IdentityFact = NonNullable<LenderSettings['identityCheck']>['fact'];

/**
 * The lender's identity. `payment` and `supportSchedule` are set through the API and kept as
 * they are when the Settings form saves.
 */
export type LenderSettings = Schemas['LenderSettingsInput'];
export type StoredLenderSettings = Schemas['LenderSettings'];

const isFieldDetail = (value: unknown): value is { path: string; message: string } =>
  typeof value === 'object' &&
  value !== null &&
  'path' in value &&
  typeof value.path === 'string' &&
  'message' in value &&
  typeof value.message === 'string';

/** What a refused save says about each field (empty when the refusal names none). */
export function fieldErrors(error: unknown): Partial<Record<LenderField, string>> {
  if (!(error instanceof ApiCallError) || !Array.isArray(error.details)) return {};
  const out: Partial<Record<LenderField, string>> = {};
  for (const detail of error.details) {
    if (!isFieldDetail(detail)) continue;
    const field = lenderFieldNames.find((name) => name === detail.path);
    if (field && !out[field]) out[field] = detail.message;
  }
  return out;
}

/** The lender's identity: everyone reads, admins replace it. Not set yet reads as null. */
export function lenderApi(http: Http) {
  const { api } = http;
  return {
    get: async (): Promise<StoredLenderSettings | null> => {
      try {
        return await answer(api.GET('/v1/settings/lender'));
      } catch (error) {
        if (error instanceof ApiCallError && error.code === 'LENDER_NOT_SET') return null;
        throw error;
      }
    },
    put: (settings: LenderSettings) => answer(api.PUT('/v1/settings/lender', { body: settings })),
  };
}
export type LenderApi = ReturnType<typeof lenderApi>;
