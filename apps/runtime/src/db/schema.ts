// The one database schema, for PGlite (embedded, the default) and Postgres alike. Personal data
// lives here and nowhere else: not in workflow ids, search attributes or logs.
import type { JsonValue } from '@tandem/dsl';
import type { NodeOrigin } from '@tandem/plugins';
import type { WebhookEventType } from '../webhooks/webhook-event-types';
import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { apiKeyRoles, type ApiKeyRole } from '../keys/key-roles';

const createdAt = () =>
  timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow();
const updatedAt = () =>
  timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow();
const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'string' });
const money = (name: string) => numeric(name, { precision: 14, scale: 2, mode: 'number' });

/** A journey and its working draft (which may be invalid). */
export const journeys = pgTable('journeys', {
  id: text('id').primaryKey(), // the journey's slug
  name: text('name').notNull(),
  description: text('description'),
  draft: jsonb('draft').$type<JsonValue>().notNull(),
  draftUpdatedBy: text('draft_updated_by'),
  /** Counts draft writes: the draft's ETag, so a save from a stale copy is refused (412). */
  draftRevision: integer('draft_revision').notNull().default(1),
  /** Archived journeys are hidden from the list by default and cannot be enrolled into. */
  archivedAt: instant('archived_at'),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/** Immutable published versions. Publishing unchanged content returns the existing version. */
export const journeyVersions = pgTable(
  'journey_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    journeyId: text('journey_id')
      .notNull()
      .references(() => journeys.id),
    version: integer('version').notNull(),
    contentHash: text('content_hash').notNull(),
    document: jsonb('document').$type<JsonValue>().notNull(),
    /**
     * Each node's config as its schema parsed it at publish (defaults filled), by node id: what
     * the workflow runs, so that it never parses. Null for versions published before it existed:
     * loadEnrollment parses those once and fills it in.
     */
    parsedConfigs: jsonb('parsed_configs').$type<Record<string, JsonValue>>(),
    author: text('author').notNull(),
    note: text('note'),
    publishedAt: createdAt(),
    /**
     * `{ type, version, package, packageVersion }` of every node type the version uses, so a
     * worker lacking one refuses the version before an enrollment starts (empty: published
     * before packages were recorded; such versions are checked by compiling them).
     */
    nodes: jsonb('nodes').$type<NodeOrigin[]>().notNull().default([]),
  },
  (t) => [
    uniqueIndex('journey_versions_number').on(t.journeyId, t.version),
    uniqueIndex('journey_versions_hash').on(t.journeyId, t.contentHash),
  ],
);

export interface ChannelAddress {
  address: string;
  consent: boolean;
}
export interface BorrowerPreferences {
  optedOut: string[];
  preferredWindow?: { start: string; end: string; days?: string[] };
}

export const borrowers = pgTable('borrowers', {
  id: uuid('id').primaryKey().defaultRandom(),
  externalId: text('external_id').notNull().unique(),
  firstName: text('first_name').notNull(),
  lastName: text('last_name'),
  locale: text('locale').notNull(),
  timezone: text('timezone').notNull(),
  country: text('country').notNull(),
  region: text('region'),
  segment: text('segment'),
  attributes: jsonb('attributes')
    .$type<Record<string, string | number | boolean | null>>()
    .notNull()
    .default({}),
  channels: jsonb('channels')
    .$type<Partial<Record<string, ChannelAddress>>>()
    .notNull()
    .default({}),
  preferences: jsonb('preferences')
    .$type<BorrowerPreferences>()
    .notNull()
    .default({ optedOut: [] }),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/** A debt. */
export const accounts = pgTable(
  'accounts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    externalId: text('external_id').notNull().unique(),
    borrowerId: uuid('borrower_id')
      .notNull()
      .references(() => borrowers.id),
    amountDue: money('amount_due').notNull(),
    currency: text('currency').notNull(),
    dueDate: date('due_date', { mode: 'string' }),
    daysPastDue: integer('days_past_due').notNull().default(0),
    minimumPayment: money('minimum_payment'),
    product: text('product'),
    timeBarred: boolean('time_barred').notNull().default(false),
    attributes: jsonb('attributes')
      .$type<Record<string, string | number | boolean | null>>()
      .notNull()
      .default({}),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('accounts_borrower').on(t.borrowerId)],
);

/** Dispute, cease, breathing space…: no message to the borrower while one is active. */
export const holds = pgTable(
  'holds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    borrowerId: uuid('borrower_id')
      .notNull()
      .references(() => borrowers.id),
    kind: text('kind').notNull(),
    startsAt: instant('starts_at').notNull(),
    endsAt: instant('ends_at'),
    reason: text('reason'),
    createdBy: text('created_by').notNull(),
    endedAt: instant('ended_at'),
    endedBy: text('ended_by'),
    createdAt: createdAt(),
  },
  (t) => [index('holds_borrower').on(t.borrowerId)],
);

/** One borrower × account × journey version: one durable workflow. */
export const enrollments = pgTable(
  'enrollments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    borrowerId: uuid('borrower_id')
      .notNull()
      .references(() => borrowers.id),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id),
    journeyVersionId: uuid('journey_version_id')
      .notNull()
      .references(() => journeyVersions.id),
    /** "enr-<uuid>": carries no personal data. */
    workflowId: text('workflow_id').notNull().unique(),
    status: text('status', { enum: ['pending', 'running', 'completed', 'cancelled', 'failed'] })
      .notNull()
      .default('pending'),
    currentNode: text('current_node'),
    outcome: text('outcome'),
    createdBy: text('created_by').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    completedAt: instant('completed_at'),
  },
  (t) => [
    index('enrollments_borrower').on(t.borrowerId),
    // Audience evaluation reads a batch of accounts' enrollments (live ones, and when they left).
    index('enrollments_account').on(t.accountId),
    index('enrollments_version').on(t.journeyVersionId),
    // At most one live enrollment of an account in a journey version.
    uniqueIndex('enrollments_live')
      .on(t.accountId, t.journeyVersionId)
      .where(sql`status in ('pending', 'running')`),
  ],
);

/** Inbound events, unique by the source system's id. */
export const events = pgTable(
  'events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sourceId: text('source_id').notNull().unique(),
    type: text('type').notNull(),
    borrowerId: uuid('borrower_id')
      .notNull()
      .references(() => borrowers.id),
    accountId: uuid('account_id').references(() => accounts.id),
    occurredAt: instant('occurred_at').notNull(),
    receivedAt: createdAt(),
    data: jsonb('data').$type<Record<string, unknown>>().notNull().default({}),
    /**
     * When the event relay (event-relay/event-relay.ts) should signal this event to the
     * borrower's journeys; null once signalled, or for events that never needed it. POST
     * /v1/events sets it in the transaction that stores the event; a relay claiming it moves it a
     * lease ahead, so a relay that dies mid-signal leaves it due again, never lost.
     */
    signalDueAt: instant('signal_due_at'),
    /** Arrival order, also within one batch (which shares one received_at): a borrower's
     * events are signalled in this order. */
    seq: bigserial('seq', { mode: 'number' }).notNull(),
  },
  (t) => [
    index('events_borrower').on(t.borrowerId, t.occurredAt),
    index('events_signal_due')
      .on(t.signalDueAt)
      .where(sql`${t.signalDueAt} is not null`),
  ],
);

/** Messages as rendered and handed to a channel (the outbox shows them). */
export const messages = pgTable(
  'messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    idempotencyKey: text('idempotency_key').notNull().unique(),
    enrollmentId: uuid('enrollment_id').references(() => enrollments.id),
    borrowerId: uuid('borrower_id')
      .notNull()
      .references(() => borrowers.id),
    nodeId: text('node_id'),
    /** What the message is for ("reminder", "promise.request", "confirmation"…). */
    intent: text('intent'),
    channel: text('channel').notNull(),
    locale: text('locale').notNull(),
    subject: text('subject'),
    body: text('body').notNull(),
    status: text('status', {
      enum: ['queued', 'sent', 'delivered', 'read', 'failed', 'suppressed'],
    })
      .notNull()
      .default('queued'),
    providerMessageId: text('provider_message_id'),
    /** Which channel provider took it (outbox, webhook, smtp). */
    provider: text('provider'),
    /** Why the provider refused it, when status is failed. */
    failure: text('failure'),
    createdAt: createdAt(),
    sentAt: instant('sent_at'),
  },
  (t) => [index('messages_borrower').on(t.borrowerId, t.createdAt)],
);

/** Every contact attempt per borrower, debt and channel: caps read it, auditors keep it. */
export const contactLedger = pgTable(
  'contact_ledger',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    borrowerId: uuid('borrower_id')
      .notNull()
      .references(() => borrowers.id),
    accountId: uuid('account_id').references(() => accounts.id),
    enrollmentId: uuid('enrollment_id').references(() => enrollments.id),
    channel: text('channel').notNull(),
    attemptedAt: instant('attempted_at').notNull(),
    outcome: text('outcome', { enum: ['sent', 'deferred', 'suppressed', 'failed'] }).notNull(),
    initiatedBy: text('initiated_by', { enum: ['collector', 'borrower'] })
      .notNull()
      .default('collector'),
    idempotencyKey: text('idempotency_key'),
    reason: text('reason'),
    /**
     * A call an agent logged: "attempted" (no one spoke) or "conversation" (Reg F's 7-day quiet
     * period counts from it). Null for messages the engine sent.
     */
    callResult: text('call_result', { enum: ['attempted', 'conversation'] }),
    /** Who logged the call (the agent's key name); null for engine sends. */
    loggedBy: text('logged_by'),
  },
  (t) => [index('contact_ledger_borrower').on(t.borrowerId, t.attemptedAt)],
);

/**
 * The conduct check's verdict on one contact (a `sent` ledger row of an enrollment), stored when
 * a conduct request first checks it: later requests replay only contacts not checked yet and
 * count the verdicts (docs/results.md, Conduct). The day is the enrollment's UTC creation day,
 * so a cohort reads a range of it.
 */
export const contactConduct = pgTable(
  'contact_conduct',
  {
    ledgerId: bigint('ledger_id', { mode: 'number' })
      .primaryKey()
      .references(() => contactLedger.id),
    journeyVersionId: uuid('journey_version_id')
      .notNull()
      .references(() => journeyVersions.id),
    cohortDay: date('cohort_day', { mode: 'string' }).notNull(),
    outsideWindow: boolean('outside_window').notNull(),
    capBreach: boolean('cap_breach').notNull(),
    duringHold: boolean('during_hold').notNull(),
    afterOptOut: boolean('after_opt_out').notNull(),
    checkedAt: instant('checked_at').notNull().defaultNow(),
  },
  (t) => [index('contact_conduct_version').on(t.journeyVersionId, t.cohortDay)],
);

/**
 * Contacts waiting for their conduct verdict: a `sent` ledger row of an enrollment, queued by the
 * contact_ledger_conduct trigger (migration results_conduct_counts) in the transaction that
 * writes it, and removed by the check that stores its verdict. A conduct request reads only this
 * version's queue, never the whole ledger.
 */
export const contactConductPending = pgTable(
  'contact_conduct_pending',
  {
    ledgerId: bigint('ledger_id', { mode: 'number' })
      .primaryKey()
      .references(() => contactLedger.id),
    journeyVersionId: uuid('journey_version_id')
      .notNull()
      .references(() => journeyVersions.id),
  },
  (t) => [index('contact_conduct_pending_version').on(t.journeyVersionId)],
);

/**
 * Conduct verdicts counted per version and enrollment UTC creation day, kept by a trigger on
 * contact_conduct from the verdicts actually written (and removed), so a request sums a few rows.
 */
export const contactConductCounts = pgTable(
  'contact_conduct_counts',
  {
    journeyVersionId: uuid('journey_version_id')
      .notNull()
      .references(() => journeyVersions.id),
    cohortDay: date('cohort_day', { mode: 'string' }).notNull(),
    contacts: integer('contacts').notNull(),
    outsideWindow: integer('outside_window').notNull(),
    capBreaches: integer('cap_breaches').notNull(),
    duringHold: integer('during_hold').notNull(),
    afterOptOut: integer('after_opt_out').notNull(),
  },
  (t) => [primaryKey({ columns: [t.journeyVersionId, t.cohortDay] })],
);

/** Escalations: work for a human agent. */
export const tasks = pgTable(
  'tasks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    idempotencyKey: text('idempotency_key').notNull().unique(),
    enrollmentId: uuid('enrollment_id').references(() => enrollments.id),
    borrowerId: uuid('borrower_id')
      .notNull()
      .references(() => borrowers.id),
    /** The engine command that created it; `task.resolved` events carry it back. */
    commandId: text('command_id').notNull(),
    nodeId: text('node_id'),
    queue: text('queue').notNull(),
    priority: text('priority', { enum: ['low', 'normal', 'high', 'urgent'] }).notNull(),
    reason: text('reason').notNull(),
    outcomes: jsonb('outcomes').$type<string[]>().notNull(),
    dueAt: instant('due_at').notNull(),
    status: text('status', { enum: ['open', 'resolved'] })
      .notNull()
      .default('open'),
    assignee: text('assignee'),
    /** When the assignee claimed it; null when unclaimed. */
    claimedAt: instant('claimed_at'),
    /** The assignee's last action on it: a claim untouched too long returns to the queue. */
    touchedAt: instant('touched_at'),
    /** When it passed its SLA while open (recorded once, for the statistics and the webhook). */
    breachedAt: instant('breached_at'),
    outcome: text('outcome'),
    note: text('note'),
    createdAt: createdAt(),
    resolvedAt: instant('resolved_at'),
  },
  (t) => [
    // The queue list is keyset-paged by (due_at, id) under each filter.
    index('tasks_status_due').on(t.status, t.dueAt, t.id),
    index('tasks_queue').on(t.queue, t.status, t.dueAt, t.id),
    index('tasks_assignee').on(t.assignee, t.status, t.dueAt, t.id),
    index('tasks_borrower').on(t.borrowerId),
    // enrollment_facts counts an enrollment's tasks whenever one is written.
    index('tasks_enrollment').on(t.enrollmentId),
  ],
);

/** Agents' notes on a borrower: append-only (a trigger refuses UPDATE and DELETE). */
export const borrowerNotes = pgTable(
  'borrower_notes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    borrowerId: uuid('borrower_id')
      .notNull()
      .references(() => borrowers.id),
    taskId: uuid('task_id').references(() => tasks.id),
    body: text('body').notNull(),
    author: text('author').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('borrower_notes_borrower').on(t.borrowerId, t.createdAt)],
);

/** Each node visit and the port it left by: the stats and timelines read this projection. */
export const journeySteps = pgTable(
  'journey_steps',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    enrollmentId: uuid('enrollment_id')
      .notNull()
      .references(() => enrollments.id),
    journeyVersionId: uuid('journey_version_id')
      .notNull()
      .references(() => journeyVersions.id),
    /**
     * The step's position in its enrollment (0, 1, 2…), given by the workflow: a retried or
     * replayed recordStep activity writes the same rows again and the unique index drops them.
     */
    ordinal: integer('ordinal').notNull(),
    nodeId: text('node_id').notNull(),
    kind: text('kind', { enum: ['enter', 'exit', 'end'] }).notNull(),
    port: text('port'),
    at: instant('at').notNull(),
    /**
     * On an exit or end row that follows an enter (ordinal − 1): seconds from that enter to this
     * row, i.e. the time spent at the step. Set by the journey_steps_counted trigger (migration
     * 0011) as rows are written, so the results read percentiles without a self-join.
     */
    secondsAtStep: doublePrecision('seconds_at_step'),
  },
  (t) => [
    index('journey_steps_version').on(t.journeyVersionId, t.nodeId),
    uniqueIndex('journey_steps_ordinal').on(t.enrollmentId, t.ordinal),
    index('journey_steps_seconds_at_step')
      .on(t.journeyVersionId, t.nodeId, t.secondsAtStep)
      .where(sql`seconds_at_step is not null`),
  ],
);

/**
 * Journey steps counted by (version, enrollment's UTC creation day, node, kind, port): what the
 * results read instead of grouping a million steps. Kept by the journey_steps_counted trigger
 * (migration 0011) in the transaction that writes the steps, from the rows actually inserted, so
 * a retried recordStep (whose rows the unique ordinal index drops) adds nothing. `enrollments`
 * counts an enrollment once per key: the day is the enrollment's, so summing days stays exact.
 */
export const journeyStepCounts = pgTable(
  'journey_step_counts',
  {
    journeyVersionId: uuid('journey_version_id')
      .notNull()
      .references(() => journeyVersions.id),
    /** The UTC day the enrollment was created: a cohort (`from`/`to`) is a range of these. */
    cohortDay: date('cohort_day', { mode: 'string' }).notNull(),
    nodeId: text('node_id').notNull(),
    kind: text('kind', { enum: ['enter', 'exit', 'end'] }).notNull(),
    /** '' for a step without a port (enter, end): a primary key column cannot be null. */
    port: text('port').notNull(),
    visits: integer('visits').notNull(),
    enrollments: integer('enrollments').notNull(),
  },
  (t) => [primaryKey({ columns: [t.journeyVersionId, t.cohortDay, t.nodeId, t.kind, t.port] })],
);

/**
 * What the results summary needs of one enrollment, kept as it happens so that the summary reads
 * one narrow row per enrollment instead of joining events, tasks, calls and accounts (issue 11:
 * p95 < 300 ms at 100,000 enrollments). Triggers (migration 0017) recompute an enrollment's row
 * from the source tables, in the transaction that writes an enrollment, a routed event, a task,
 * an agent's call or an account's amount due; docs/results.md names each column's number.
 */
export const enrollmentFacts = pgTable(
  'enrollment_facts',
  {
    enrollmentId: uuid('enrollment_id')
      .primaryKey()
      .references(() => enrollments.id, { onDelete: 'cascade' }),
    journeyVersionId: uuid('journey_version_id').notNull(),
    createdAt: instant('created_at').notNull(),
    completedAt: instant('completed_at'),
    status: text('status').notNull(),
    outcome: text('outcome'),
    /** The account's currency and amount due as they stand now (as the summary defines due). */
    currency: text('currency').notNull(),
    amountDue: money('amount_due').notNull(),
    /** The first routed payment.received. */
    firstPaymentAt: instant('first_payment_at'),
    /** A routed payment.received or payment.settled (a self-serve resolution when completed). */
    paid: boolean('paid').notNull(),
    promisesMade: integer('promises_made').notNull(),
    hardshipRequests: integer('hardship_requests').notNull(),
    optOuts: integer('opt_outs').notNull(),
    disputes: integer('disputes').notNull(),
    tasks: integer('tasks').notNull(),
    tasksResolved: integer('tasks_resolved').notNull(),
    /** A call an agent logged on the borrower while the enrollment was live (till completed). */
    agentCall: boolean('agent_call').notNull(),
  },
  (t) => [index('enrollment_facts_version').on(t.journeyVersionId, t.createdAt)],
);

/**
 * Each routed payment.received, one row per (enrollment, event): the money per currency and the
 * daily payments read these instead of pairing events with enrollments. Kept with enrollment_facts.
 */
export const routedPayments = pgTable(
  'routed_payments',
  {
    enrollmentId: uuid('enrollment_id')
      .notNull()
      .references(() => enrollments.id, { onDelete: 'cascade' }),
    eventId: uuid('event_id').notNull(),
    journeyVersionId: uuid('journey_version_id').notNull(),
    /** The enrollment's creation: a cohort is a range of it. */
    enrolledAt: instant('enrolled_at').notNull(),
    occurredAt: instant('occurred_at').notNull(),
    /** data.currency, else the account's. */
    currency: text('currency').notNull(),
    /** data.amount; null when the event named none (the sum skips it, the count does not). */
    amount: numeric('amount'),
  },
  (t) => [
    primaryKey({ columns: [t.enrollmentId, t.eventId] }),
    index('routed_payments_cohort').on(t.journeyVersionId, t.enrolledAt),
    index('routed_payments_day').on(t.journeyVersionId, t.occurredAt),
  ],
);

/** Sent contacts of a version's enrollments per UTC day of attempted_at (the daily `sends`). */
export const journeyDailySends = pgTable(
  'journey_daily_sends',
  {
    journeyVersionId: uuid('journey_version_id').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    sends: integer('sends').notNull(),
  },
  (t) => [primaryKey({ columns: [t.journeyVersionId, t.day] })],
);

export { apiKeyRoles, type ApiKeyRole };

/** The languages the web app speaks (the borrower side's): a person's choice is kept on their key. */
export const personLocales = ['en', 'es', 'vi', 'zh'] as const;
export type PersonLocale = (typeof personLocales)[number];

/** API keys, stored as SHA-256 hashes; the key itself is shown once, when it is created. */
export const apiKeys = pgTable('api_keys', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  /** The first characters of the key, to find it and to show it ("tdm_ab12…"). */
  prefix: text('prefix').notNull(),
  hash: text('hash').notNull().unique(),
  role: text('role', { enum: apiKeyRoles }).notNull(),
  createdAt: createdAt(),
  /** Who made it: the creating key's name, "cli" or "first start". */
  createdBy: text('created_by'),
  /** After this instant the key is refused (401 KEY_EXPIRED); null: never. */
  expiresAt: instant('expires_at'),
  /** Written at most once a minute per key, not on every request. */
  lastUsedAt: instant('last_used_at'),
  /** From this instant on the key is refused; in the future while a rotated key's grace runs. */
  revokedAt: instant('revoked_at'),
  /** The web app's language for the person holding this key; null: not chosen yet. */
  locale: text('locale', { enum: personLocales }),
});

/**
 * A signed-in web session: the cookie holds a random id, the database only its SHA-256. Its role
 * is its key's, so revoking or expiring the key ends it at once.
 */
export const sessions = pgTable(
  'sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tokenHash: text('token_hash').notNull().unique(),
    keyId: uuid('key_id')
      .notNull()
      .references(() => apiKeys.id),
    createdAt: createdAt(),
    /** Written at most once a minute; the idle timeout counts from here. */
    lastSeenAt: instant('last_seen_at').notNull(),
    /** The absolute end, however active the session is. */
    expiresAt: instant('expires_at').notNull(),
    endedAt: instant('ended_at'),
    endedReason: text('ended_reason', { enum: ['signedOut', 'keyRevoked', 'replaced'] }),
  },
  (t) => [index('sessions_key').on(t.keyId)],
);

export const auditVias = ['session', 'key', 'signature', 'cli', 'system'] as const;

/**
 * Who did what, when, from which key. Append-only: a trigger (migration 0003) refuses UPDATE,
 * DELETE and TRUNCATE, whatever the application does. Details never hold a borrower's personal
 * data: borrowers are named by their external id.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    at: instant('at').notNull().defaultNow(),
    actorKeyId: text('actor_key_id'),
    actorName: text('actor_name').notNull(),
    actorRole: text('actor_role').notNull(),
    via: text('via', { enum: auditVias }).notNull(),
    action: text('action').notNull(),
    targetType: text('target_type').notNull(),
    targetId: text('target_id'),
    details: jsonb('details').$type<Record<string, JsonValue>>().notNull().default({}),
    requestId: text('request_id'),
  },
  (t) => [
    index('audit_events_at').on(t.at, t.id),
    index('audit_events_target').on(t.targetType, t.targetId),
    index('audit_events_actor').on(t.actorKeyId),
  ],
);

/** A lesson a lender added to the library (built-in lessons live in code: src/lessons/). */
export const lessons = pgTable('lessons', {
  id: text('id').primaryKey(), // the slug an educationLesson node names
  /** Per language: title, summary, body paragraphs and an optional video URL. */
  content: jsonb('content').$type<Record<string, JsonValue>>().notNull(),
  createdBy: text('created_by').notNull(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/**
 * Who the lender is, as borrowers and messages see it: one row (`id` is always "lender"), its
 * fields checked by lender/lender-settings-schema.ts when written through the API.
 */
export const lenderSettings = pgTable('lender_settings', {
  id: text('id').primaryKey(),
  settings: jsonb('settings').$type<Record<string, JsonValue>>().notNull(),
  updatedBy: text('updated_by').notNull(),
  updatedAt: updatedAt(),
});

/**
 * A borrower sent from the portal to the lender's payment page. The reference travels (signed)
 * to the provider and comes back in `payment.received`; until then the portal shows the payment
 * as in progress.
 */
export const portalPayments = pgTable(
  'portal_payments',
  {
    reference: uuid('reference').primaryKey().defaultRandom(),
    enrollmentId: uuid('enrollment_id')
      .notNull()
      .references(() => enrollments.id),
    borrowerId: uuid('borrower_id')
      .notNull()
      .references(() => borrowers.id),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id),
    amount: money('amount').notNull(),
    currency: text('currency').notNull(),
    startedAt: createdAt(),
  },
  (t) => [index('portal_payments_enrollment').on(t.enrollmentId, t.startedAt)],
);

export const launchStatuses = ['draft', 'live', 'paused', 'stopped'] as const;
export type LaunchStatus = (typeof launchStatuses)[number];

/**
 * A journey's audience: who enters it automatically, with the branch node's condition language.
 * One per journey and outside the versions, so a newly published version inherits the launch.
 */
export const launches = pgTable(
  'launches',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    journeyId: text('journey_id')
      .notNull()
      .unique()
      .references(() => journeys.id),
    /** A Condition (packages/dsl conditions) over borrower.* and account.* facts. */
    rules: jsonb('rules').$type<JsonValue>().notNull(),
    /** Lower runs first; the first live launch whose rules match an account wins it. */
    priority: integer('priority').notNull().default(100),
    holdoutPercent: integer('holdout_percent').notNull().default(0),
    reentryCooloffDays: integer('reentry_cooloff_days').notNull().default(30),
    status: text('status', { enum: launchStatuses }).notNull().default('draft'),
    createdBy: text('created_by').notNull(),
    updatedBy: text('updated_by').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('launches_status').on(t.status, t.priority)],
);

/**
 * An account a launch matched and deliberately kept out of its journey (the holdout), once per
 * launch and account, so results can compare the journey against doing nothing.
 */
export const launchHoldouts = pgTable(
  'launch_holdouts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    launchId: uuid('launch_id')
      .notNull()
      .references(() => launches.id),
    journeyId: text('journey_id')
      .notNull()
      .references(() => journeys.id),
    borrowerId: uuid('borrower_id')
      .notNull()
      .references(() => borrowers.id),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id),
    heldOutAt: instant('held_out_at').notNull(),
  },
  (t) => [
    uniqueIndex('launch_holdouts_account').on(t.launchId, t.accountId),
    index('launch_holdouts_journey').on(t.journeyId, t.heldOutAt),
  ],
);

/**
 * Where the lender's systems want to hear about borrowers (webhooks/). The secret is a Standard
 * Webhooks `whsec_…` key: Tandem needs it to sign, so it is kept, sealed with the payload keys
 * (webhooks/webhook-secret-seal.ts), and the API shows it only once.
 */
export const webhookSubscriptions = pgTable('webhook_subscriptions', {
  id: uuid('id').primaryKey().defaultRandom(),
  url: text('url').notNull(),
  description: text('description'),
  eventTypes: jsonb('event_types').$type<WebhookEventType[]>().notNull(),
  /**
   * Plain text, from before secrets were sealed: set only until the server's first start after
   * migration 0011 seals it into `secretSealed` (sealPlaintextWebhookSecrets) and clears it.
   */
  secret: text('secret'),
  /** The signing secret, sealed (AES-256-GCM with the payload keyring, bound to this row). */
  secretSealed: text('secret_sealed'),
  status: text('status', { enum: ['active', 'paused'] })
    .notNull()
    .default('active'),
  /** Why it is paused: by hand, or because it kept failing (the dispatcher paused it). */
  pausedReason: text('paused_reason', { enum: ['manual', 'failing'] }),
  pausedAt: instant('paused_at'),
  /** Failed attempts in a row and when the run began; a success resets both. */
  consecutiveFailures: integer('consecutive_failures').notNull().default(0),
  failingSince: instant('failing_since'),
  createdBy: text('created_by').notNull(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
  /** Deleted subscriptions keep their delivery log; nothing new is queued for them. */
  deletedAt: instant('deleted_at'),
});

/**
 * The outbox: one row per event, written in the transaction of the change it announces. `seq`
 * orders a borrower's events; `id` is the stable `webhook-id` receivers de-duplicate on.
 */
export const webhookEvents = pgTable(
  'webhook_events',
  {
    id: text('id').primaryKey(), // "evt_<uuid>"
    seq: bigserial('seq', { mode: 'number' }).notNull().unique(),
    type: text('type').notNull(),
    borrowerId: uuid('borrower_id').references(() => borrowers.id),
    payload: jsonb('payload').$type<Record<string, JsonValue>>().notNull(),
    occurredAt: instant('occurred_at').notNull(),
  },
  (t) => [index('webhook_events_borrower').on(t.borrowerId, t.seq)],
);

/** One event for one subscription: pending until delivered or given up on (failed). */
export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: text('event_id')
      .notNull()
      .references(() => webhookEvents.id),
    subscriptionId: uuid('subscription_id')
      .notNull()
      .references(() => webhookSubscriptions.id),
    /** Copied from the event: a borrower's later delivery waits while an earlier one is pending. */
    borrowerId: uuid('borrower_id'),
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    status: text('status', { enum: ['pending', 'delivered', 'failed'] })
      .notNull()
      .default('pending'),
    attempts: integer('attempts').notNull().default(0),
    /** Due from then on; a claim moves it past the attempt's timeout (a lease). */
    nextAttemptAt: instant('next_attempt_at').notNull(),
    /** Retries count from here (queued, or replayed) for the retry window. */
    retryingSince: instant('retrying_since').notNull(),
    lastAttemptAt: instant('last_attempt_at'),
    deliveredAt: instant('delivered_at'),
    lastError: text('last_error'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('webhook_deliveries_event').on(t.subscriptionId, t.eventId),
    index('webhook_deliveries_due').on(t.status, t.nextAttemptAt),
    index('webhook_deliveries_order').on(t.subscriptionId, t.borrowerId, t.status, t.seq),
  ],
);

/** Each POST made for a delivery: the delivery log shows them. */
export const webhookAttempts = pgTable(
  'webhook_attempts',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    deliveryId: uuid('delivery_id')
      .notNull()
      .references(() => webhookDeliveries.id),
    at: instant('at').notNull(),
    /** The receiver's HTTP status; null when there was no answer (timeout, refused). */
    httpStatus: integer('http_status'),
    ok: boolean('ok').notNull(),
    error: text('error'),
    durationMs: integer('duration_ms').notNull(),
  },
  (t) => [index('webhook_attempts_delivery').on(t.deliveryId, t.at)],
);

/**
 * The borrower's identity check on a portal link (lender setting `identityCheck`): wrong answers
 * in a row and, after the fifth, until when the link is locked. Kept here, not in memory, so a
 * restart or a second server does not hand out five more tries. The typed values are never kept.
 */
export const portalIdentityChecks = pgTable('portal_identity_checks', {
  enrollmentId: uuid('enrollment_id')
    .primaryKey()
    .references(() => enrollments.id),
  failures: integer('failures').notNull().default(0),
  lockedUntil: instant('locked_until'),
  updatedAt: updatedAt(),
});
