// Every event a lender's system can subscribe to, with what its `data` holds. docs/webhooks.md
// describes them from here; a subscription names a subset. Payloads carry ids and business
// facts, never a borrower's name, phone, e-mail or address: receivers look borrowers up by
// their external id.

export const webhookEventTypes = {
  'enrollment.started': 'An enrollment began its journey (`enrollmentId`, `journeyId`, `version`).',
  'enrollment.finished':
    'An enrollment ended (`enrollmentId`, `status`: completed, cancelled or failed, `outcome`).',
  'message.sent': 'A message was handed to its channel (`messageId`, `channel`, `intent`).',
  'message.delivered': 'The channel reported the message delivered (`messageId`, `channel`).',
  'message.failed': 'The channel refused or lost the message (`messageId`, `channel`, `reason`).',
  'promise.made': 'The borrower promised to pay (`date`, `amount` when given).',
  'promise.kept': 'A promise to pay was kept (`enrollmentId`, `nodeId`).',
  'promise.broken': 'A promise to pay was broken (`enrollmentId`, `nodeId`).',
  'plan.accepted': 'The borrower accepted a payment plan (`option`).',
  'plan.declined': 'The borrower declined a payment plan.',
  'lesson.watched': 'The borrower watched an education lesson (`lesson`, `seconds`).',
  'hardship.requested': 'The borrower asked for hardship help (`category`; never the note).',
  'borrower.optedOut': 'The borrower opted out of a channel (`channel`).',
  'hold.started': 'A hold began (`holdId`, `kind`, `until`).',
  'hold.ended': 'A hold was ended (`holdId`, `kind`).',
  'task.created': 'An escalation was queued for an agent (`taskId`, `queue`, `priority`).',
  'task.claimed': 'An agent claimed a task (`taskId`, `queue`).',
  'task.resolved': 'A task was resolved (`taskId`, `outcome`).',
  'task.sla_breached': 'An open task passed its SLA (`taskId`, `queue`, `dueAt`).',
} as const satisfies Record<string, string>;

export type WebhookEventType = keyof typeof webhookEventTypes;
export const webhookEventTypeNames = Object.keys(webhookEventTypes) as [
  WebhookEventType,
  ...WebhookEventType[],
];

export function isWebhookEventType(type: string): type is WebhookEventType {
  return Object.hasOwn(webhookEventTypes, type);
}
