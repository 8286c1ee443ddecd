// The portal's form posts, checked with zod. Browsers send strings; empty optional fields arrive
// as "" and are read as absent.
import { channelSchema, isoDateSchema } from '@tandem/dsl';
import { z } from 'zod';
import { hardshipCategories, portalLocales } from './copy/index';
import { preferenceHours } from './pages/preferences-page';
import { unsafeTextReason } from '../http/input/text-rules';

const empty = z.literal('').transform(() => undefined);
const many = <T extends z.ZodType>(item: T) =>
  z
    .union([item.transform((v) => [v]), z.array(item)])
    .optional()
    .transform((v) => v ?? []);
const hour = z.enum(preferenceHours as [string, ...string[]]);

export const promiseForm = z.object({
  date: isoDateSchema,
  amount: z.union([empty, z.coerce.number().positive().max(1e9)]).optional(),
});

export const planForm = z.object({ option: z.coerce.number().int().min(0).max(5) });

export const hardshipForm = z.object({
  category: z
    .enum(hardshipCategories as [string, ...string[]])
    .transform((v) => v as (typeof hardshipCategories)[number]),
  // The same text rules as the API's (a NUL would fail the insert as a 500); line breaks stay.
  note: z
    .string()
    .max(2000)
    .refine((v) => unsafeTextReason(v) === null, 'must not contain control characters')
    .optional(),
});

export const preferencesForm = z
  .object({
    channel: many(channelSchema),
    from: z.union([empty, hour]).optional(),
    to: z.union([empty, hour]).optional(),
    locale: z.enum(portalLocales),
  })
  // The messages are keys of the page's copy (copy/*.ts preferences), shown in its language.
  .refine((f) => (f.from === undefined) === (f.to === undefined), {
    message: 'hoursBoth',
    path: ['to'],
  })
  .refine((f) => f.from === undefined || f.to === undefined || f.from < f.to, {
    message: 'hoursOrder',
    path: ['to'],
  });

/** A refused preferences field and the reason, as a key of the page's copy. */
export interface PreferencesProblem {
  field: 'to' | 'locale';
  reason: 'hoursBoth' | 'hoursOrder' | 'languageMissing';
}

/** What the borrower's refused form said, field by field (locale and channels read as given). */
export function preferencesProblems(error: z.ZodError): PreferencesProblem[] {
  return error.issues.map((issue): PreferencesProblem => {
    if (issue.path[0] === 'to' && (issue.message === 'hoursBoth' || issue.message === 'hoursOrder'))
      return { field: 'to', reason: issue.message };
    if (issue.path[0] === 'to' || issue.path[0] === 'from')
      return { field: 'to', reason: 'hoursOrder' };
    return { field: 'locale', reason: 'languageMissing' };
  });
}

/** Form fields as strings (repeated fields as arrays); files are not accepted anywhere. */
export function formValues(
  body: Record<string, string | File | (string | File)[]>,
): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of Object.entries(body)) {
    if (typeof value === 'string') out[key] = value;
    else if (Array.isArray(value))
      out[key] = value.filter((v): v is string => typeof v === 'string');
  }
  return out;
}
