import { z } from 'zod';
import type { Http } from './http';
import { taskSchema } from './tasks-api';

// What the borrower's page endpoints answer (docs/agents.md); parsed so the screen works with
// checked values.
const contactAnswerSchema = z.object({
  channel: z.string(),
  allowed: z.boolean(),
  reason: z.string().nullable(),
  detail: z.string().nullable(),
  next: z.string().nullable(),
});
export type ContactAnswer = z.infer<typeof contactAnswerSchema>;

const channelSchema = z.object({
  channel: z.string(),
  address: z.string(),
  consent: z.boolean(),
  optedOut: z.boolean(),
});
export type ChannelEntry = z.infer<typeof channelSchema>;

const holdSchema = z.object({
  id: z.string(),
  kind: z.string(),
  startsAt: z.string(),
  endsAt: z.string().nullable(),
  reason: z.string().nullable(),
  createdBy: z.string(),
  endedAt: z.string().nullable(),
  endedBy: z.string().nullable(),
  active: z.boolean(),
});
export type Hold = z.infer<typeof holdSchema>;

/** A promise or plan the journey waits for, with the step's limits (the agent may record it). */
const answerOfferSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('promise'),
    nodeId: z.string(),
    earliest: z.string(),
    latest: z.string(),
    minAmount: z.number(),
    amountDue: z.number(),
    currency: z.string(),
  }),
  z.object({
    kind: z.literal('plan'),
    nodeId: z.string(),
    options: z.array(
      z.object({
        option: z.number(),
        label: z.string().nullable(),
        instalments: z.number(),
        frequency: z.string(),
        instalment: z.number(),
      }),
    ),
    currency: z.string(),
  }),
]);
export type AnswerOffer = z.infer<typeof answerOfferSchema>;

const recordedAnswerSchema = z.object({
  enrollmentId: z.string(),
  step: z.string(),
  recordedBy: z.string(),
});

export const borrowerPageSchema = z.object({
  borrower: z.object({
    externalId: z.string(),
    firstName: z.string(),
    lastName: z.string().nullable(),
    locale: z.string(),
    timezone: z.string(),
    localTimeNow: z.string(),
    country: z.string(),
    region: z.string().nullable(),
    segment: z.string().nullable(),
    packs: z.array(z.string()),
    channels: z.array(channelSchema),
    preferredWindow: z
      .object({ start: z.string(), end: z.string(), days: z.array(z.string()).optional() })
      .nullable(),
    revealed: z.boolean(),
  }),
  contactNow: z.array(contactAnswerSchema),
  accounts: z.array(
    z.object({
      id: z.string(),
      externalId: z.string(),
      amountDue: z.number(),
      currency: z.string(),
      dueDate: z.string().nullable(),
      daysPastDue: z.number(),
      product: z.string().nullable(),
    }),
  ),
  holds: z.array(holdSchema),
  enrollments: z.array(
    z.object({
      id: z.string(),
      journeyId: z.string(),
      journeyName: z.string(),
      version: z.number(),
      status: z.string(),
      currentNode: z.string().nullable(),
      outcome: z.string().nullable(),
      account: z.string(),
      createdAt: z.string(),
      waitingFor: answerOfferSchema.nullable(),
    }),
  ),
  openTasks: z.array(
    z.object({
      id: z.string(),
      queue: z.string(),
      priority: z.string(),
      reason: z.string(),
      outcomes: z.array(z.string()),
      assignee: z.string().nullable(),
      dueAt: z.string(),
      enrollmentId: z.string().nullable(),
    }),
  ),
});
export type BorrowerPage = z.infer<typeof borrowerPageSchema>;
export type OpenTask = BorrowerPage['openTasks'][number];

const timelineEntrySchema = z.object({
  kind: z.enum(['step', 'message', 'event', 'task', 'call', 'note']),
  id: z.string(),
  at: z.string(),
  atLocal: z.string(),
  enrollmentId: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
});
export type TimelineEntry = z.infer<typeof timelineEntrySchema>;
const timelineSchema = z.object({
  entries: z.array(timelineEntrySchema),
  nextCursor: z.string().nullable(),
});

const matchSchema = z.object({
  externalId: z.string(),
  firstName: z.string(),
  lastName: z.string().nullable(),
  country: z.string(),
  phone: z.string().nullable(),
});
export type BorrowerMatch = z.infer<typeof matchSchema>;

const noteSchema = z.object({
  id: z.string(),
  body: z.string(),
  author: z.string(),
  taskId: z.string().nullable(),
  createdAt: z.string(),
});

export const callResults = ['attempted', 'conversation'] as const;
export const callOutcomes = [
  'noAnswer',
  'voicemail',
  'wrongNumber',
  'callback',
  'promiseToPay',
  'planAgreed',
  'hardship',
  'dispute',
  'refused',
  'other',
] as const;
export interface CallInput {
  account: string;
  result: (typeof callResults)[number];
  outcome: (typeof callOutcomes)[number];
  note?: string;
  taskId?: string;
}
const loggedCallSchema = z.object({ call: z.unknown(), next: contactAnswerSchema });

export const holdKinds = [
  'hardshipReview',
  'breathingSpace',
  'dispute',
  'vulnerabilityReview',
  'mentalHealthCrisis',
  'bankruptcy',
  'deceased',
  'cease',
] as const;
export type HoldKind = (typeof holdKinds)[number];

/** One borrower, for agents: find, read the page and timeline, and act (audited by the API). */
export function borrowersApi(http: Http) {
  const id = encodeURIComponent;
  const at = (externalId: string) => `/borrowers/${id(externalId)}`;
  return {
    // A POST: names and phone numbers typed into the search stay out of URLs.
    search: (query: string) =>
      http.call('POST', '/borrowers/search', z.object({ borrowers: z.array(matchSchema) }), {
        query,
      }),
    page: (externalId: string) => http.call('GET', `${at(externalId)}/page`, borrowerPageSchema),
    timeline: (externalId: string, cursor?: string) => {
      const query = new URLSearchParams({ limit: '50' });
      if (cursor) query.set('cursor', cursor);
      return http.call('GET', `${at(externalId)}/timeline?${query.toString()}`, timelineSchema);
    },
    reveal: (externalId: string) =>
      http.call(
        'POST',
        `${at(externalId)}/reveal`,
        z.object({ channels: z.array(channelSchema) }),
        {},
      ),
    addNote: (externalId: string, body: string, taskId?: string) =>
      http.call('POST', `${at(externalId)}/notes`, noteSchema, {
        body,
        ...(taskId ? { taskId } : {}),
      }),
    logCall: (externalId: string, input: CallInput) =>
      http.call('POST', `${at(externalId)}/calls`, loggedCallSchema, input),
    startHold: (externalId: string, input: { kind: HoldKind; reason: string }) =>
      http.call('POST', `${at(externalId)}/holds`, holdSchema, input),
    endHold: (externalId: string, holdId: string) =>
      http.call('POST', `${at(externalId)}/holds/${id(holdId)}/end`, z.unknown(), {}),
    recordPromise: (
      externalId: string,
      enrollmentId: string,
      input: { date: string; amount?: number },
    ) =>
      http.call(
        'POST',
        `${at(externalId)}/enrollments/${id(enrollmentId)}/promise`,
        recordedAnswerSchema,
        input,
      ),
    recordPlan: (externalId: string, enrollmentId: string, option: number) =>
      http.call(
        'POST',
        `${at(externalId)}/enrollments/${id(enrollmentId)}/plan`,
        recordedAnswerSchema,
        { option },
      ),
    resolveTask: (taskId: string, outcome: string, note: string) =>
      http.call('POST', `/tasks/${id(taskId)}/resolve`, taskSchema.passthrough(), {
        outcome,
        ...(note ? { note } : {}),
      }),
  };
}
