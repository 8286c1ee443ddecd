import { z } from 'zod';
import { isoDateSchema, localeSchema } from '../journey/primitives';
import type { LenderFacts } from '../lender/lender-facts';
import type { LinkKind } from './link-kinds';

const attributeValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);

/** Who the borrower is. Personal data: it lives in the database and in engine state only. */
export const borrowerFactsSchema = z.object({
  id: z.string().min(1),
  firstName: z.string().min(1),
  lastName: z.string().optional(),
  locale: localeSchema,
  timezone: z.string().min(1).describe('IANA time zone, e.g. "Asia/Ho_Chi_Minh"'),
  country: z.string().length(2).describe('ISO 3166-1 alpha-2, e.g. "VN"'),
  region: z.string().optional().describe('Subdivision, e.g. "MA" for Massachusetts'),
  segment: z.string().optional(),
  attributes: z.record(z.string(), attributeValue).default({}),
});
export type BorrowerFacts = z.infer<typeof borrowerFactsSchema>;

/** The debt the journey is about. */
export const accountFactsSchema = z.object({
  id: z.string().optional(),
  amountDue: z.number().nonnegative(),
  currency: z.string().length(3),
  dueDate: isoDateSchema.optional(),
  daysPastDue: z.number().int().default(0),
  minimumPayment: z.number().nonnegative().optional(),
  product: z.string().optional(),
  timeBarred: z.boolean().default(false),
  attributes: z.record(z.string(), attributeValue).default({}),
});
export type AccountFacts = z.infer<typeof accountFactsSchema>;

export const enrollmentFactsSchema = z.object({
  borrower: borrowerFactsSchema,
  account: accountFactsSchema,
});
export type EnrollmentFacts = z.infer<typeof enrollmentFactsSchema>;
export type EnrollmentFactsInput = z.input<typeof enrollmentFactsSchema>;

/** What the journey itself has done so far; `journey.*` in conditions and templates. */
export interface JourneyCounters {
  messagesSent: number;
  remindersSent: number;
  promisesMade: number;
  promisesKept: number;
  promisesBroken: number;
  plansOffered: number;
  lessonsSent: number;
  lessonsWatched: number;
  tasksCreated: number;
}
export type CounterName = keyof JourneyCounters;

export type { LinkKind } from './link-kinds';
// Kept in files of their own, free of zod, for the engine (and the workflow bundle) to import.
export { emptyCounters } from './empty-counters';
export { linkKinds } from './link-kinds';
export { readFact } from './read-fact';
export type Links = Record<LinkKind, string>;

/** Everything a condition or template can read. */
export interface FactsView {
  borrower: BorrowerFacts;
  account: AccountFacts;
  journey: JourneyCounters & { lastEvent: string | null; daysInJourney: number };
  links?: Links;
  /** Filled in when a message is rendered (the lender's settings; a sample in the simulator). */
  lender?: LenderFacts;
}

export type FactType = 'string' | 'number' | 'boolean' | 'date' | 'money' | 'locale' | 'timezone';

export interface FactDescriptor {
  path: string;
  type: FactType;
  description: string;
}

/**
 * The facts a journey may name. `borrower.attributes.*` and `account.attributes.*` are open:
 * any key below them is accepted (lenders bring their own attributes).
 */
export const factCatalogue: readonly FactDescriptor[] = [
  { path: 'borrower.id', type: 'string', description: "The lender's borrower id" },
  { path: 'borrower.firstName', type: 'string', description: 'First name' },
  { path: 'borrower.lastName', type: 'string', description: 'Last name' },
  { path: 'borrower.locale', type: 'locale', description: 'Preferred language' },
  { path: 'borrower.timezone', type: 'timezone', description: 'IANA time zone' },
  { path: 'borrower.country', type: 'string', description: 'Country (ISO 3166-1 alpha-2)' },
  { path: 'borrower.region', type: 'string', description: 'Region or state' },
  { path: 'borrower.segment', type: 'string', description: "Lender's segment label" },
  { path: 'account.id', type: 'string', description: 'Account id' },
  { path: 'account.amountDue', type: 'money', description: 'Amount due now' },
  { path: 'account.currency', type: 'string', description: 'Currency (ISO 4217)' },
  { path: 'account.dueDate', type: 'date', description: 'Due date' },
  { path: 'account.daysPastDue', type: 'number', description: 'Days past the due date, today' },
  { path: 'account.minimumPayment', type: 'money', description: 'Minimum payment' },
  { path: 'account.product', type: 'string', description: 'Product, e.g. "bnpl"' },
  { path: 'account.timeBarred', type: 'boolean', description: 'Past the limitation period' },
  { path: 'journey.messagesSent', type: 'number', description: 'Messages sent in this journey' },
  { path: 'journey.remindersSent', type: 'number', description: 'Reminders sent in this journey' },
  { path: 'journey.promisesMade', type: 'number', description: 'Promises to pay made' },
  { path: 'journey.promisesKept', type: 'number', description: 'Promises kept' },
  { path: 'journey.promisesBroken', type: 'number', description: 'Promises broken' },
  { path: 'journey.plansOffered', type: 'number', description: 'Plans offered' },
  { path: 'journey.lessonsSent', type: 'number', description: 'Lessons sent' },
  { path: 'journey.lessonsWatched', type: 'number', description: 'Lessons watched' },
  { path: 'journey.tasksCreated', type: 'number', description: 'Tasks created for agents' },
  { path: 'journey.lastEvent', type: 'string', description: 'Name of the last event received' },
  { path: 'journey.daysInJourney', type: 'number', description: 'Days since enrollment' },
  { path: 'links.portal', type: 'string', description: 'Self-service portal link' },
  { path: 'links.pay', type: 'string', description: 'Payment link' },
  { path: 'links.promise', type: 'string', description: 'Promise-to-pay link' },
  { path: 'links.plan', type: 'string', description: 'Repayment plan link' },
  { path: 'links.lesson', type: 'string', description: 'Lesson link' },
  { path: 'lender.name', type: 'string', description: "The lender's trading name (else legal)" },
  { path: 'lender.legalName', type: 'string', description: "The lender's legal name" },
  { path: 'lender.supportPhone', type: 'string', description: 'Support phone number' },
  { path: 'lender.supportEmail', type: 'string', description: 'Support email address' },
  { path: 'lender.supportHours', type: 'string', description: 'Support opening hours' },
  { path: 'lender.licenceNumber', type: 'string', description: 'Registration or licence number' },
  { path: 'lender.privacyUrl', type: 'string', description: 'Privacy notice link' },
  {
    path: 'lender.collectorDisclosure',
    type: 'string',
    description: '"… is a debt collector" statement, in the message\'s language',
  },
];

const openPrefixes = ['borrower.attributes.', 'account.attributes.'];
const factsByPath = new Map(factCatalogue.map((f) => [f.path, f]));

/** The descriptor of a fact path, or undefined when the journey may not name it. */
export function describeFact(path: string): FactDescriptor | undefined {
  const known = factsByPath.get(path);
  if (known) return known;
  const open = openPrefixes.find((p) => path.startsWith(p) && path.length > p.length);
  return open ? { path, type: 'string', description: 'Lender attribute' } : undefined;
}

export function isKnownFact(path: string): boolean {
  return describeFact(path) !== undefined;
}
