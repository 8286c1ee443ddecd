// What launching would do now, without doing it: how many accounts the rules match, a few of
// them (first name and external ids only), how many are already in another journey and how many
// the holdout would keep out.
import type { Condition } from '@tandem/dsl';
import type { Database } from '../db/client';
import { audienceFacts } from './audience-facts';
import { rulesMatch } from './choose-launch';
import { accountBatches, accountSituations } from './evaluate-audiences';
import { isHeldOut } from './holdout';

export interface LaunchPreview {
  matching: number;
  inAnotherJourney: number;
  alreadyInThisJourney: number;
  wouldHoldOut: number;
  wouldEnroll: number;
  sample: Array<{ firstName: string; borrowerExternalId: string; accountExternalId: string }>;
}

/**
 * Counts over every account. `holdoutKey` is the launch id the holdout draw hashes with.
 * @example await previewLaunch(db, { journeyId: 'j', rules, holdoutPercent: 10, holdoutKey: launch.id, now })
 */
export async function previewLaunch(
  db: Database,
  input: {
    journeyId: string;
    rules: Condition;
    holdoutPercent: number;
    holdoutKey: string;
    now: Date;
    sampleSize?: number;
  },
): Promise<LaunchPreview> {
  const preview: LaunchPreview = {
    matching: 0,
    inAnotherJourney: 0,
    alreadyInThisJourney: 0,
    wouldHoldOut: 0,
    wouldEnroll: 0,
    sample: [],
  };
  const sampleSize = input.sampleSize ?? 10;
  for await (const batch of accountBatches(db, { kind: 'all' }, 1000)) {
    const matching = batch.filter((row) =>
      rulesMatch(input.rules, audienceFacts(row.borrower, row.account, input.now)),
    );
    if (matching.length === 0) continue;
    const situations = await accountSituations(
      db,
      matching.map((row) => row.accountId),
    );
    for (const row of matching) {
      preview.matching += 1;
      const live = situations.get(row.accountId)!.liveJourneys;
      if (live.has(input.journeyId)) preview.alreadyInThisJourney += 1;
      else if (live.size > 0) preview.inAnotherJourney += 1;
      else if (isHeldOut(input.holdoutKey, row.accountId, input.holdoutPercent)) {
        preview.wouldHoldOut += 1;
      } else preview.wouldEnroll += 1;
      if (preview.sample.length < sampleSize) {
        preview.sample.push({
          firstName: row.borrower.firstName,
          borrowerExternalId: row.borrower.externalId,
          accountExternalId: row.account.externalId,
        });
      }
    }
  }
  return preview;
}
