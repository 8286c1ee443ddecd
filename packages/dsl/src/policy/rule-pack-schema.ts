import { z } from 'zod';
import { holdKindSchema } from '../events/events';
import {
  channelSchema,
  durationSchema,
  isoDateSchema,
  localTimeSchema,
  weekdays,
} from '../journey/primitives';
import type { RulePack } from './rule-packs';
import { parseLocalTime } from './windows';

const intervalSchema = z
  .strictObject({ start: localTimeSchema, end: localTimeSchema })
  .refine(({ start, end }) => parseLocalTime(start) < parseLocalTime(end), {
    message: 'a window must end after it starts ("24:00" is midnight at the end of the day)',
  });

const weeklyWindowsSchema = z.strictObject(
  Object.fromEntries(weekdays.map((day) => [day, z.array(intervalSchema)])) as Record<
    (typeof weekdays)[number],
    z.ZodArray<typeof intervalSchema>
  >,
);

const channelsSchema = z.union([z.literal('any'), z.array(channelSchema).min(1)]);

const policyCapSchema = z.strictObject({
  channels: channelsSchema,
  max: z.number().int().min(1),
  per: durationSchema,
  scope: z.enum(['borrower', 'debt']),
  source: z.string().min(1),
  basis: z.enum(['rule', 'default']).optional(),
  counts: z.enum(['contacts', 'conversations']).optional(),
});

/**
 * A rule pack as data, for packs a lender brings of its own. Every cap must name the pack as
 * its source, so a deferral can say which rule caused it.
 * @example rulePackSchema.parse(customPack) // throws a ZodError listing every problem
 */
export const rulePackSchema: z.ZodType<RulePack> = z
  .strictObject({
    id: z.string().regex(/^[a-z]{2}(-[a-z0-9-]+)?$/, 'a pack id such as "us-ma" or "vn"'),
    name: z.string().min(1),
    appliesTo: z.array(
      z.strictObject({
        country: z.string().regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2, e.g. "US"'),
        region: z.string().min(1).optional(),
      }),
    ),
    overlayOf: z.string().optional(),
    windows: weeklyWindowsSchema,
    caps: z.array(policyCapSchema),
    holidays: z.array(isoDateSchema),
    duties: z.array(z.string().min(1)),
    sources: z.array(z.string().min(1)).min(1, 'name at least one source'),
    requiredNotices: z
      .array(
        z.strictObject({
          kind: z.enum(['optOut', 'collectorDisclosure']),
          channels: channelsSchema,
          description: z.string().min(1),
        }),
      )
      .optional(),
    holds: z
      .array(
        z.strictObject({
          kind: holdKindSchema,
          maxDays: z.number().int().min(1).optional(),
          description: z.string().min(1),
        }),
      )
      .optional(),
    unverified: z.array(z.string().min(1)),
  })
  .refine((pack) => pack.caps.every((cap) => cap.source === pack.id), {
    message: "every cap's source must be the pack id",
    path: ['caps'],
  });
