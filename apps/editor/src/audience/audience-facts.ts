import { factCatalogue, type Condition } from '@tandem/dsl';

/**
 * What entry rules may read: who the borrower is and the state of the account. Journey counters
 * and links mean nothing before a journey starts (the API refuses them too).
 */
export const audienceFacts = factCatalogue.filter(
  (fact) => fact.path.startsWith('borrower.') || fact.path.startsWith('account.'),
);

/** A new launch starts from "1 day or more past due", the usual first collection audience. */
export const defaultRules: Condition = {
  all: [{ fact: 'account.daysPastDue', op: 'gte', value: 1 }],
};
