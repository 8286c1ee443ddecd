// Timeouts and retries for each kind of work a journey asks for. Deterministic: workflow code.
import { durationMillis, type ActivityRunOptions } from '@tandem/dsl/engine';
import type { ActivityOptions, LocalActivityOptions } from '@temporalio/workflow';
import { nonRetryableErrorTypes } from '../activities/types';

const nonRetryable = [...nonRetryableErrorTypes];

/** Loading the enrollment and writing the projection: quick database work, retried forever. */
export const bookkeepingOptions: ActivityOptions = {
  startToCloseTimeout: '30 seconds',
  retry: {
    initialInterval: '1 second',
    backoffCoefficient: 2,
    maximumInterval: '1 minute',
    nonRetryableErrorTypes: nonRetryable,
  },
};

/**
 * The same work as local activities (workflows/bookkeeping.ts): the same timeout and retries. A
 * retry waiting longer than the SDK's local threshold (1 min) becomes a durable timer.
 */
export const localBookkeepingOptions: LocalActivityOptions = {
  startToCloseTimeout: '30 seconds',
  retry: bookkeepingOptions.retry,
};

/**
 * A message: a gateway gets 30 s (a crashed worker's send is retried after that), and an outage is retried (the idempotency key
 * keeps a retry from sending twice) with up to ten minutes between attempts.
 */
export const sendOptions: ActivityOptions = {
  startToCloseTimeout: '30 seconds',
  retry: {
    initialInterval: '2 seconds',
    backoffCoefficient: 2,
    maximumInterval: '10 minutes',
    nonRetryableErrorTypes: nonRetryable,
  },
};

/** A task for an agent: a database insert. */
export const taskOptions: ActivityOptions = bookkeepingOptions;

/** A custom node's activity runs with the timeout and retry its contract declares. */
export function customNodeOptions(contract: ActivityRunOptions): ActivityOptions {
  return {
    startToCloseTimeout: durationMillis(contract.timeout),
    retry: {
      maximumAttempts: contract.retry.maximumAttempts,
      initialInterval: durationMillis(contract.retry.initialInterval),
      backoffCoefficient: contract.retry.backoffCoefficient,
      nonRetryableErrorTypes: nonRetryable,
    },
  };
}
