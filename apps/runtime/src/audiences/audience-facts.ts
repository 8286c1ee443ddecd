// The facts entry rules read: the stored borrower and account, with account.daysPastDue
// recomputed from the due date in the borrower's calendar, as the engine does (facts-view.ts),
// so the daily re-evaluation sees accounts age without anyone rewriting them.
import { daysBetween, localDate, type AccountFacts, type BorrowerFacts } from '@tandem/dsl';
import type { accounts, borrowers } from '../db/schema';

export type BorrowerRow = Pick<
  typeof borrowers.$inferSelect,
  | 'externalId'
  | 'firstName'
  | 'lastName'
  | 'locale'
  | 'timezone'
  | 'country'
  | 'region'
  | 'segment'
  | 'attributes'
>;
export type AccountRow = Pick<
  typeof accounts.$inferSelect,
  | 'externalId'
  | 'amountDue'
  | 'currency'
  | 'dueDate'
  | 'daysPastDue'
  | 'minimumPayment'
  | 'product'
  | 'timeBarred'
  | 'attributes'
>;

export interface AudienceFacts {
  borrower: BorrowerFacts;
  account: AccountFacts;
}

/**
 * What a launch's rules see for one account at `now`.
 * @example audienceFacts(borrowerRow, { ...accountRow, dueDate: '2026-01-01' }, new Date('2026-01-11T12:00:00Z')).account.daysPastDue // 10
 */
export function audienceFacts(
  borrower: BorrowerRow,
  account: AccountRow,
  now: Date,
): AudienceFacts {
  const daysPastDue = account.dueDate
    ? Math.max(0, daysBetween(account.dueDate, localDate(now.toISOString(), borrower.timezone)))
    : account.daysPastDue;
  return {
    borrower: {
      id: borrower.externalId,
      firstName: borrower.firstName,
      ...(borrower.lastName ? { lastName: borrower.lastName } : {}),
      locale: borrower.locale,
      timezone: borrower.timezone,
      country: borrower.country,
      ...(borrower.region ? { region: borrower.region } : {}),
      ...(borrower.segment ? { segment: borrower.segment } : {}),
      attributes: borrower.attributes,
    },
    account: {
      id: account.externalId,
      amountDue: account.amountDue,
      currency: account.currency,
      ...(account.dueDate ? { dueDate: account.dueDate } : {}),
      daysPastDue,
      ...(account.minimumPayment !== null ? { minimumPayment: account.minimumPayment } : {}),
      ...(account.product ? { product: account.product } : {}),
      timeBarred: account.timeBarred,
      attributes: account.attributes,
    },
  };
}
