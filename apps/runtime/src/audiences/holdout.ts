// The holdout draw: a hash of the launch and the account, so the same account is always held
// out of the same launch (re-evaluation, restarts and other servers agree) and a new launch
// draws afresh.
import { createHash } from 'node:crypto';

/** Where the account falls in [0, 100): the first 32 bits of sha256("launchId:accountId"). */
export function holdoutPosition(launchId: string, accountId: string): number {
  const digest = createHash('sha256').update(`${launchId}:${accountId}`).digest();
  return (digest.readUInt32BE(0) / 2 ** 32) * 100;
}

/**
 * Whether an account is kept out of a launch's journey.
 * @example isHeldOut('launch-uuid', 'account-uuid', 10) // true for about one account in ten
 */
export function isHeldOut(launchId: string, accountId: string, holdoutPercent: number): boolean {
  return holdoutPercent > 0 && holdoutPosition(launchId, accountId) < holdoutPercent;
}
