// What the borrower's page endpoints answer, for the OpenAPI document.
import { z } from '@hono/zod-openapi';
import { channels } from '@tandem/dsl';
import { timelineKinds } from '../../borrower-page/timeline';
import { holdViewSchema } from './borrower-schemas';

const instant = z.string().describe('ISO 8601 instant, UTC');

export const contactAnswerSchema = z
  .object({
    channel: z.enum(channels),
    allowed: z.boolean(),
    reason: z
      .enum([
        'hold',
        'opt-out',
        'no-address',
        'no-consent',
        'window',
        'holiday',
        'cap',
        'conversation',
        'no-window',
      ])
      .nullable(),
    detail: z.string().nullable(),
    next: instant.nullable().describe('When it would next be allowed'),
  })
  .openapi('ContactAnswer');

const channelEntry = z.object({
  channel: z.enum(channels),
  address: z.string().describe('Masked ("•••• 4567") unless revealed'),
  consent: z.boolean(),
  optedOut: z.boolean(),
});

/** What an agent may record for an enrollment now, within the step's limits. */
const answerOfferSchema = z
  .discriminatedUnion('kind', [
    z.object({
      kind: z.literal('promise'),
      nodeId: z.string(),
      earliest: z.string().describe('The first date the step accepts (the borrower’s calendar)'),
      latest: z.string().describe('The last date the step accepts'),
      minAmount: z.number().describe('The smallest partial promise (0: any)'),
      amountDue: z.number(),
      currency: z.string(),
    }),
    z.object({
      kind: z.literal('plan'),
      nodeId: z.string(),
      options: z.array(
        z.object({
          option: z.number().int(),
          label: z.string().nullable(),
          instalments: z.number().int(),
          frequency: z.string(),
          instalment: z.number().describe('Each payment'),
        }),
      ),
      currency: z.string(),
    }),
  ])
  .openapi('AnswerOffer');

export const borrowerPageSchema = z
  .object({
    borrower: z.object({
      externalId: z.string(),
      firstName: z.string(),
      lastName: z.string().nullable(),
      locale: z.string(),
      timezone: z.string(),
      localTimeNow: z.string().describe('The borrower’s wall clock: "Mon 2026-03-02 16:05"'),
      country: z.string(),
      region: z.string().nullable(),
      segment: z.string().nullable(),
      packs: z.array(z.string()),
      channels: z.array(channelEntry),
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
        daysPastDue: z.number().int(),
        product: z.string().nullable(),
      }),
    ),
    holds: z.array(holdViewSchema).describe('Active and past, newest first'),
    enrollments: z.array(
      z.object({
        id: z.string(),
        journeyId: z.string(),
        journeyName: z.string(),
        version: z.number().int(),
        status: z.string(),
        currentNode: z.string().nullable().describe('The current step'),
        outcome: z.string().nullable(),
        account: z.string().describe('The account’s external id'),
        createdAt: instant,
        waitingFor: answerOfferSchema
          .nullable()
          .describe('The promise or plan the journey waits for; an agent may record it'),
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
        dueAt: instant,
        enrollmentId: z.string().nullable(),
      }),
    ),
  })
  .openapi('BorrowerPage');

export const revealedChannelsSchema = z
  .object({ channels: z.array(channelEntry) })
  .openapi('RevealedChannels');

export const timelineSchema = z
  .object({
    entries: z.array(
      z.object({
        kind: z.enum(timelineKinds),
        id: z.string(),
        at: z.string().describe('UTC, microseconds'),
        atLocal: z.string().describe('The borrower’s wall clock then'),
        enrollmentId: z.string().nullable(),
        data: z.record(z.string(), z.unknown()),
      }),
    ),
    nextCursor: z.string().nullable(),
  })
  .openapi('BorrowerTimeline');

export const noteSchema = z
  .object({
    id: z.string(),
    body: z.string(),
    author: z.string(),
    taskId: z.string().nullable(),
    createdAt: instant,
  })
  .openapi('BorrowerNote');

export const lookupSchema = z
  .object({
    borrowers: z.array(
      z.object({
        externalId: z.string(),
        firstName: z.string(),
        lastName: z.string().nullable(),
        country: z.string(),
        phone: z.string().nullable().describe('Masked'),
      }),
    ),
  })
  .openapi('BorrowerLookup');
