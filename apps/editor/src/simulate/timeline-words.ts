import type { EventName, TimelineEntry } from '@tandem/dsl';
import type { I18n } from '../i18n/use-i18n';
import type { MessageKey } from '../i18n/message-keys';

/** What happened, said as a sentence with who did it (a manager reads the timeline). */
export const eventSentences: Record<EventName, MessageKey> = {
  'payment.received': 'simulate.event.paymentReceived',
  'payment.settled': 'simulate.event.paymentSettled',
  'ptp.promised': 'simulate.event.ptpPromised',
  'ptp.cancelled': 'simulate.event.ptpCancelled',
  'plan.accepted': 'simulate.event.planAccepted',
  'plan.declined': 'simulate.event.planDeclined',
  'lesson.watched': 'simulate.event.lessonWatched',
  'message.delivered': 'simulate.event.messageDelivered',
  'message.failed': 'simulate.event.messageFailed',
  'message.read': 'simulate.event.messageRead',
  'reply.received': 'simulate.event.replyReceived',
  'contact.optedOut': 'simulate.event.optedOut',
  'contact.ceased': 'simulate.event.ceased',
  'dispute.opened': 'simulate.event.disputeOpened',
  'dispute.resolved': 'simulate.event.disputeResolved',
  'hardship.requested': 'simulate.event.hardshipRequested',
  'hold.started': 'simulate.event.holdStarted',
  'hold.ended': 'simulate.event.holdEnded',
  'task.resolved': 'simulate.event.taskResolved',
};

const kindWords: Record<TimelineEntry['kind'], MessageKey> = {
  sent: 'simulate.kind.sent',
  deferred: 'simulate.kind.deferred',
  suppressed: 'simulate.kind.suppressed',
  event: 'simulate.kind.event',
  waiting: 'simulate.kind.waiting',
  task: 'simulate.kind.task',
  exit: 'simulate.kind.exit',
  end: 'simulate.kind.end',
};

/**
 * The heading of a timeline entry in plain words: "Sent · SMS", "Agent resolved the task".
 * @example timelineHeading({ kind: 'event', event: 'task.resolved', ... }) // 'Agent resolved the task'
 */
export function timelineHeading(entry: TimelineEntry, t: I18n['t']): string {
  if (entry.kind === 'event' && entry.event) {
    const sentence = (eventSentences as Record<string, MessageKey | undefined>)[entry.event];
    return sentence ? t(sentence) : entry.event;
  }
  const kind = t(kindWords[entry.kind]);
  if (!entry.channel) return kind;
  return t('simulate.kindOnChannel', {
    kind,
    channel: t('simulate.channel', { channel: entry.channel }),
  });
}
