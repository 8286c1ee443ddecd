// Where a woken workflow's time goes, read from its Temporal history: for the storm bench, which
// part of the work after a timer fires (waiting for a workflow task, running it, waiting for each
// activity's slot, running it) makes the slow ones slow. Timestamps are the server's.
import type { WorkflowHandle } from '@temporalio/client';
import { formatMs } from './report';

type History = Awaited<ReturnType<WorkflowHandle['fetchHistory']>>;
type Event = NonNullable<History['events']>[number];

/** Milliseconds of one part of one woken workflow, by part name ("sendMessage: run"). */
export type WakeTimings = Map<string, number>;

const ms = (event: Event): number => {
  const time = event.eventTime;
  if (!time) return Number.NaN;
  const seconds = time.seconds as unknown as number | { toNumber(): number } | null | undefined;
  const s = typeof seconds === 'object' && seconds ? seconds.toNumber() : Number(seconds ?? 0);
  return s * 1000 + (time.nanos ?? 0) / 1e6;
};

/**
 * The parts of a history after its last fired timer: for each workflow task its wait for a poller
 * ("workflow task: queued") and its run ("workflow task: run", a replay for an evicted workflow);
 * for each activity its wait for a slot ("<type>: queued") and its run ("<type>: run"); and the
 * whole ("timer fired → closed"). Also the instant an activity of each type started (for
 * comparing with what the gateway saw).
 */
export function wakeTimings(events: readonly Event[]): {
  parts: WakeTimings;
  started: Map<string, number>;
  firedAt: number;
} {
  const parts: WakeTimings = new Map();
  const started = new Map<string, number>();
  const add = (name: string, value: number) => parts.set(name, (parts.get(name) ?? 0) + value);
  let fired = -1;
  for (let i = events.length - 1; i >= 0; i--) {
    if (events[i]!.timerFiredEventAttributes) {
      fired = i;
      break;
    }
  }
  if (fired < 0) return { parts, started, firedAt: Number.NaN };
  const firedAt = ms(events[fired]!);
  const byId = new Map<number, Event>();
  for (const event of events) byId.set(Number(event.eventId), event);
  let wftScheduled = Number.NaN;
  let wftStarted = Number.NaN;
  for (const event of events.slice(fired)) {
    if (event.workflowTaskScheduledEventAttributes) wftScheduled = ms(event);
    else if (event.workflowTaskStartedEventAttributes) {
      wftStarted = ms(event);
      add('workflow task: queued', wftStarted - wftScheduled);
    } else if (event.workflowTaskCompletedEventAttributes) {
      add('workflow task: run', ms(event) - wftStarted);
    } else if (event.activityTaskStartedEventAttributes) {
      const scheduled = byId.get(Number(event.activityTaskStartedEventAttributes.scheduledEventId));
      const type = scheduled?.activityTaskScheduledEventAttributes?.activityType?.name ?? '?';
      add(`${type}: queued`, ms(event) - ms(scheduled!));
      started.set(type, ms(event));
    } else if (event.activityTaskCompletedEventAttributes) {
      const scheduledId = Number(event.activityTaskCompletedEventAttributes.scheduledEventId);
      const scheduled = byId.get(scheduledId);
      const type = scheduled?.activityTaskScheduledEventAttributes?.activityType?.name ?? '?';
      const startedEvent = events.find(
        (e) => Number(e.activityTaskStartedEventAttributes?.scheduledEventId) === scheduledId,
      );
      if (startedEvent) add(`${type}: run`, ms(event) - ms(startedEvent));
    } else if (
      event.workflowExecutionCompletedEventAttributes ||
      event.workflowExecutionFailedEventAttributes
    ) {
      add('timer fired → closed', ms(event) - firedAt);
    }
  }
  return { parts, started, firedAt };
}

/** Mean, median and p95 of each part over many workflows, as table rows. */
export function summarizeTimings(all: readonly WakeTimings[]): string[][] {
  const names = [...new Set(all.flatMap((t) => [...t.keys()]))];
  return names.map((name) => {
    const values = all
      .map((t) => t.get(name))
      .filter((v): v is number => v !== undefined && Number.isFinite(v))
      .sort((a, b) => a - b);
    const mean = values.reduce((s, v) => s + v, 0) / values.length;
    const at = (q: number) => values[Math.min(values.length - 1, Math.floor(q * values.length))]!;
    return [name, formatMs(mean), formatMs(at(0.5)), formatMs(at(0.95)), formatMs(at(1))];
  });
}
