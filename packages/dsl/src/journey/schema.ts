import { z } from 'zod';
import { defaultExitEvents, eventNameSchema } from '../events/events';
import {
  channelSchema,
  durationSchema,
  isoDateSchema,
  localTimeSchema,
  localeSchema,
  nodeIdSchema,
  slugSchema,
  weekdaySchema,
  weekdays,
} from './primitives';

export const DSL_VERSION = 'journey/v1' as const;

export const sendWindowSchema = z
  .strictObject({
    start: localTimeSchema.default('09:00'),
    end: localTimeSchema.default('20:00'),
    days: z
      .array(weekdaySchema)
      .min(1)
      .default([...weekdays]),
  })
  .describe("Hours (borrower's local time) when messages may be sent");
export type SendWindow = z.infer<typeof sendWindowSchema>;

export const contactCapSchema = z.strictObject({
  channel: z.union([channelSchema, z.literal('any')]).default('any'),
  max: z.number().int().min(1).max(100),
  per: durationSchema.describe('Rolling window, e.g. "P7D"'),
});
export type ContactCap = z.infer<typeof contactCapSchema>;

/** Which rule pack applies: the one for the borrower's country/region, a named one, or none. */
export const jurisdictionSchema = z
  .union([z.literal('auto'), z.literal('none'), z.string().regex(/^[a-z]{2}(-[a-z0-9-]+)?$/)])
  .default('auto')
  .describe('"auto" picks the rule pack of the borrower\'s country and region');

export const journeyPolicySchema = z
  .strictObject({
    sendWindow: sendWindowSchema.optional(),
    caps: z.array(contactCapSchema).default([]),
    exitOn: z.array(eventNameSchema).default(defaultExitEvents),
    jurisdiction: jurisdictionSchema,
    holidays: z.array(isoDateSchema).default([]).describe('Dates on which nothing is sent'),
    maxVisitsPerNode: z
      .number()
      .int()
      .min(1)
      .max(1000)
      .default(20)
      .describe('Loop guard: a node entered more often ends the journey'),
  })
  .describe('Guard-rails for every send; a jurisdiction rule pack may be stricter');
export type JourneyPolicy = z.infer<typeof journeyPolicySchema>;

export const journeyNodeSchema = z.strictObject({
  id: nodeIdSchema,
  type: z
    .string()
    .regex(
      /^[a-zA-Z][a-zA-Z0-9]*(\.[a-zA-Z][a-zA-Z0-9]*)*$/,
      'a node type such as "remind" or "acme.creditCheck"',
    ),
  label: z.string().max(120).optional(),
  config: z.record(z.string(), z.unknown()).default({}),
  next: z.record(z.string(), nodeIdSchema).default({}).describe('Port name → target node id'),
});
export type JourneyNode = z.infer<typeof journeyNodeSchema>;

export const positionSchema = z.strictObject({ x: z.number(), y: z.number() });

/**
 * A journey document, `journey/v1`. Semantics (nodes, ports, policy) are separate from layout,
 * which only the editor reads.
 */
export const journeySchema = z.strictObject({
  dsl: z.literal(DSL_VERSION),
  id: slugSchema,
  name: z.string().min(1).max(200),
  description: z.string().max(2000).optional(),
  locales: z.array(localeSchema).min(1),
  defaultLocale: localeSchema,
  policy: journeyPolicySchema.default(() => journeyPolicySchema.parse({})),
  start: nodeIdSchema,
  nodes: z.array(journeyNodeSchema).min(1),
  layout: z.record(nodeIdSchema, positionSchema).optional(),
});
/** A journey after parsing: defaults applied. */
export type Journey = z.infer<typeof journeySchema>;
/** A journey as written by hand or by the editor: defaults may be missing. */
export type JourneyInput = z.input<typeof journeySchema>;
