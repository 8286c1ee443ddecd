import { ApplicationFailure } from '@temporalio/activity';

/** A record the enrollment needs is gone: retrying will not bring it back. */
export function notFound(message: string): ApplicationFailure {
  return ApplicationFailure.nonRetryable(message, 'NotFound');
}

/** The journey or deployment is configured so that this step cannot run. */
export function invalidConfiguration(message: string): ApplicationFailure {
  return ApplicationFailure.nonRetryable(message, 'InvalidConfiguration');
}
