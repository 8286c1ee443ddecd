import type { EventName, TimelineEntry } from '@tandem/dsl';

/** What happened, said as a sentence with who did it (a manager reads the timeline). */
const eventSentences: Record<EventName, string> = {
  'payment.received': 'Borrower paid',
  'payment.settled': 'The payment cleared',
  'ptp.promised': 'Borrower promised to pay',
  'ptp.cancelled': 'Borrower withdrew the promise',
  'plan.accepted': 'Borrower accepted the plan',
  'plan.declined': 'Borrower declined the plan',
  'lesson.watched': 'Borrower watched the lesson',
  'message.delivered': 'Message delivered',
  'message.failed': 'Message could not be delivered',
  'message.read': 'Borrower read the message',
  'reply.received': 'Borrower replied',
  'contact.optedOut': 'Borrower opted out',
  'contact.ceased': 'Borrower asked us to stop contact',
  'dispute.opened': 'Borrower disputed the debt',
  'dispute.resolved': 'The dispute was resolved',
  'hardship.requested': 'Borrower asked for hardship help',
  'hold.started': 'The account was put on hold',
  'hold.ended': 'The hold ended',
  'task.resolved': 'Agent resolved the task',
};

const kindWords: Record<TimelineEntry['kind'], string> = {
  sent: 'Sent',
  deferred: 'Deferred',
  suppressed: 'Not sent',
  event: 'Event',
  waiting: 'Waiting',
  task: 'Task for an agent',
  exit: 'Next',
  end: 'End',
};

/**
 * The heading of a timeline entry in plain words: "Sent · sms", "Agent resolved the task".
 * @example timelineHeading({ kind: 'event', event: 'task.resolved', ... }) // 'Agent resolved the task'
 */
export function timelineHeading(entry: TimelineEntry): string {
  if (entry.kind === 'event' && entry.event) {
    return (eventSentences as Record<string, string | undefined>)[entry.event] ?? entry.event;
  }
  return entry.channel ? `${kindWords[entry.kind]} · ${entry.channel}` : kindWords[entry.kind];
}
