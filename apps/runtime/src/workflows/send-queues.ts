// Where a message's send activity is scheduled: on a task queue of its channel's own, next to the
// journey queue, so that Temporal can hold a channel's sends to its provider's rate limit
// (`maxTaskQueueActivitiesPerSecond` of the workers polling it, docs/channels.md). Deterministic:
// the workflow and the workers both derive the name from the journey task queue.
import type { Channel } from '@tandem/dsl/engine';

/** The task queue a journey queue's sends on `channel` go to: "tandem-journeys-send-sms". */
export const sendTaskQueue = (journeyTaskQueue: string, channel: Channel): string =>
  `${journeyTaskQueue}-send-${channel}`;

/** The patch id that routes sends to their channel's queue (histories before it used the journey queue). */
export const sendQueuePatch = 'send-queue-per-channel';
