/** One borrower row of a JSON import, as the lender's CRM sends it. */
export interface CrmBorrower {
  externalId: string;
  firstName: string;
  locale: 'en';
  timezone: string;
  country: string;
  channels: { sms: { address: string; consent: true } };
  accounts: Array<{ externalId: string; amountDue: number; currency: string; daysPastDue: number }>;
}

/**
 * Days past due of the n-th borrower: one in six is not overdue (0), one in six is long past the
 * early-collections band (45), the rest are 1–28 days past due.
 */
const daysPastDue = (n: number) => (n % 6 === 0 ? 0 : n % 6 === 3 ? 45 : (n % 28) + 1);

/**
 * Borrowers `from` … `from + count - 1` in the UK, each with one GBP account and SMS consent,
 * with days past due spread so that some match "1 to 30 days past due" and some do not.
 */
export function crmBorrowers(prefix: string, from: number, count: number): CrmBorrower[] {
  return Array.from({ length: count }, (_, i) => {
    const n = from + i;
    const id = `${prefix}-${String(n).padStart(3, '0')}`;
    return {
      externalId: id,
      firstName: `Borrower ${n}`,
      locale: 'en',
      timezone: 'Europe/London',
      country: 'GB',
      channels: {
        sms: { address: `+447700900${String(n).padStart(3, '0')}`, consent: true },
      },
      accounts: [
        { externalId: `${id}-A`, amountDue: 300, currency: 'GBP', daysPastDue: daysPastDue(n) },
      ],
    };
  });
}

/** Whether a borrower's account is between 1 and 30 days past due (the launch's entry rules). */
export const inEarlyCollections = (borrower: CrmBorrower): boolean =>
  borrower.accounts.some((a) => a.daysPastDue >= 1 && a.daysPastDue <= 30);
