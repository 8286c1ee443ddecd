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
      .describe('When the support line answers, e.g. "Mon–Fri 9–5"'),
    licenceNumber: text(80).optional().describe('Registration or licence number'),
    privacyUrl: z
      .url({ protocol: /^https$/, message: 'an https:// link to the privacy notice' })
      .max(500)
      .optional(),
  })
  .openapi('LenderSettingsInput');

export type LenderSettings = z.infer<typeof lenderSettingsSchema>;
