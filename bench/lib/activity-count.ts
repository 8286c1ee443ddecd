// How many activities a stretch of a workflow's history ran, scheduled or local: the baselines
// perform as many. A local activity leaves no scheduled event, only the SDK core's marker.
import type { WorkflowHandle } from '@temporalio/client';

type History = Awaited<ReturnType<WorkflowHandle['fetchHistory']>>;
type HistoryEvent = NonNullable<History['events']>[number];

/** The marker the core records for each local activity's result. */
export const localActivityMarker = 'core_local_activity';

export const isLocalActivity = (event: HistoryEvent): boolean =>
  event.markerRecordedEventAttributes?.markerName === localActivityMarker;

export const isScheduledActivity = (event: HistoryEvent): boolean =>
  Boolean(event.activityTaskScheduledEventAttributes);

/** Scheduled and local activities in `events`. */
export function activityCount(events: readonly HistoryEvent[]): {
  scheduled: number;
  local: number;
} {
  return {
    scheduled: events.filter(isScheduledActivity).length,
    local: events.filter(isLocalActivity).length,
  };
}
