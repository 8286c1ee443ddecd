import { z } from 'zod';
import {
  channelSchema,
  instantSchema,
  isoDateSchema,
  moneyAmountSchema,
} from '../journey/primitives';

/** Kinds of hold. While any hold is active no message goes to the borrower, in any journey. */
export const holdKinds = [
  'dispute',
  'cease',
  'breathingSpace',
  'mentalHealthCrisis',
  'bankruptcy',
  'deceased',
  'vulnerabilityReview',
  'hardshipReview',
] as const;
export const holdKindSchema = z.enum(holdKinds);
export type HoldKind = z.infer<typeof holdKindSchema>;

/**
 * The data each inbound event carries. Unknown extra fields are kept (lenders send more than
 * we read) but the fields named here are checked.
 */
export const eventDataSchemas = {
  'payment.received': z.looseObject({
    amount: moneyAmountSchema,
    currency: z.string().length(3).optional(),
  }),
  'payment.settled': z.looseObject({ amount: moneyAmountSchema.or(z.literal(0)).optional() }),
  'ptp.promised': z.looseObject({ date: isoDateSchema, amount: moneyAmountSchema.optional() }),
  /** The borrower withdraws the promise in force (the portal's "cancel"); the journey asks again. */
  'ptp.cancelled': z.looseObject({}),
  'plan.accepted': z.looseObject({ option: z.number().int().nonnegative().max(100) }),
  'plan.declined': z.looseObject({ reason: z.string().optional() }),
  'lesson.watched': z.looseObject({
    lesson: z.string().optional(),
    seconds: z.number().nonnegative().max(86_400).optional(),
  }),
  'message.delivered': z.looseObject({ commandId: z.string().optional() }),
  'message.failed': z.looseObject({
    commandId: z.string().optional(),
    reason: z.string().optional(),
  }),
  'message.read': z.looseObject({ commandId: z.string().optional() }),
  'reply.received': z.looseObject({ channel: channelSchema, text: z.string() }),
  'contact.optedOut': z.looseObject({ channel: channelSchema }),
  'contact.ceased': z.looseObject({}),
  'dispute.opened': z.looseObject({ reason: z.string().optional() }),
  'dispute.resolved': z.looseObject({ outcome: z.string().optional() }),
  'hardship.requested': z.looseObject({
    category: z.string().optional(),
    note: z.string().optional(),
  }),
  'hold.started': z.looseObject({ kind: holdKindSchema, until: instantSchema.optional() }),
  'hold.ended': z.looseObject({ kind: holdKindSchema }),
  'task.resolved': z.looseObject({ commandId: z.string(), outcome: z.string() }),
} as const;

export type EventName = keyof typeof eventDataSchemas;
export const eventNames = Object.keys(eventDataSchemas) as EventName[];
export const eventNameSchema = z
  .enum(eventNames as [EventName, ...EventName[]])
  .describe('Event name');

export type EventData<N extends EventName = EventName> = z.infer<(typeof eventDataSchemas)[N]>;

/** An inbound event as the engine sees it. `id` de-duplicates (the source system's id). */
export type JourneyEvent = {
  [N in EventName]: { id: string; type: N; occurredAt: string; data: EventData<N> };
}[EventName];

/** Events that end a journey unless the journey's policy says otherwise. */
export const defaultExitEvents: EventName[] = [
  'payment.settled',
  'contact.ceased',
  'dispute.opened',
];

const eventEnvelopeSchema = z.object({
  id: z.string().min(1).max(200),
  type: eventNameSchema,
  occurredAt: instantSchema,
  data: z.record(z.string(), z.unknown()).default({}),
});

/**
 * Parses an untrusted event (API, webhook, simulator script) into a typed `JourneyEvent`.
 * @example parseJourneyEvent({ id: 'pay-1', type: 'payment.received', occurredAt: '2026-03-01T10:00:00Z', data: { amount: 50 } })
 */
export function parseJourneyEvent(
  input: unknown,
): { ok: true; event: JourneyEvent } | { ok: false; issues: z.core.$ZodIssue[] } {
  const envelope = eventEnvelopeSchema.safeParse(input);
  if (!envelope.success) return { ok: false, issues: envelope.error.issues };
  const data = eventDataSchemas[envelope.data.type].safeParse(envelope.data.data);
  if (!data.success) {
    return {
      ok: false,
      issues: data.error.issues.map((i) => ({ ...i, path: ['data', ...i.path] })),
    };
  }
  return { ok: true, event: { ...envelope.data, data: data.data } as JourneyEvent };
}
