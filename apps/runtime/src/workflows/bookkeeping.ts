// Where the journey's bookkeeping (loading the enrollment, recording its steps) runs. Both are a
// few milliseconds of Postgres work, read-only or idempotent, so they run as local activities:
// inside the workflow task that asks for them, with no activity task queued, polled and answered
// and no workflow task after each (a zero-wait journey: one workflow task instead of three).
// Deterministic: workflow code.
import { patched, proxyActivities, proxyLocalActivities } from '@temporalio/workflow';
import type { JourneyActivities } from '../activities/types';
import { bookkeepingOptions, localBookkeepingOptions } from './activity-options';

/**
 * The patch id that moves the bookkeeping to local activities and leaves out the search-attribute
 * upsert that repeated the start's. Histories before it scheduled `loadEnrollment` and
 * `recordStep` as activities (and upserted at the start): `patched()` keeps their replays so.
 */
export const localBookkeepingPatch = 'local-bookkeeping';

const scheduled = proxyActivities<JourneyActivities>(bookkeepingOptions);
const local = proxyLocalActivities<JourneyActivities>(localBookkeepingOptions);

/**
 * True when this enrollment now keeps its books with local activities: false while an old history
 * replays, true (recording the marker) from its first live workflow task on, and for good once true.
 */
export const localBookkeeping = (): boolean => patched(localBookkeepingPatch);

/** The activities `loadEnrollment` and `recordStep` run as for this enrollment. */
export function bookkeeping(): JourneyActivities {
  return localBookkeeping() ? local : scheduled;
}
