import type { TimelineEntry } from '../api/borrowers-api';
import type { I18n } from '../i18n/use-i18n';

type T = I18n['t'];

const text = (value: unknown): string =>
  typeof value === 'string'
    ? value
    : value === null || value === undefined
      ? ''
      : JSON.stringify(value);

/** "2026-12-06 14:33 UTC" from an ISO instant (the agent compares with the borrower's clock). */
export function utcTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** What an answer an agent recorded for the borrower says, without the bookkeeping fields. */
const agentAnswers = {
  'ptp.promised': 'borrowers.timeline.agentPromise',
  'plan.accepted': 'borrowers.timeline.agentPlan',
} as const;

function eventSummary(type: string, data: unknown, t: T): { title: string; detail: string } {
  const fields = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  const agentTitle = type in agentAnswers ? agentAnswers[type as keyof typeof agentAnswers] : null;
  if (agentTitle && fields.via === 'agent') {
    const { via: _via, recordedBy, ...answer } = fields;
    return {
      title: t(agentTitle),
      detail: t('borrowers.timeline.by', { detail: text(answer), who: text(recordedBy) }),
    };
  }
  return { title: t('borrowers.timeline.event', { type }), detail: data ? text(data) : '' };
}

/**
 * What happened, in one line, for each kind of timeline entry.
 * @example timelineSummary({ kind: 'call', data: { result: 'conversation', outcome: 'promiseToPay' } … }, t)
 * // 'Call: conversation, promiseToPay (by Sam)'
 */
export function timelineSummary(
  entry: TimelineEntry,
  t: T,
  /** An outcome id as the reader reads it (a task resolved "agreed" → "Agreed"). */
  outcomeName: (id: string) => string = (id) => id,
): { title: string; detail: string } {
  const d = entry.data;
  switch (entry.kind) {
    case 'step':
      return {
        title: t('borrowers.timeline.step', { node: text(d.nodeId) }),
        detail: [text(d.step), d.port ? `→ ${text(d.port)}` : ''].filter(Boolean).join(' '),
      };
    case 'message':
      return {
        title: t('borrowers.timeline.message', {
          channel: text(d.channel),
          status: text(d.status),
        }),
        detail: [
          text(d.subject),
          text(d.body),
          d.failure ? t('borrowers.timeline.messageFailed', { failure: text(d.failure) }) : '',
        ]
          .filter(Boolean)
          .join(' — '),
      };
    case 'event':
      return eventSummary(text(d.type), d.data, t);
    case 'task':
      return {
        title: t('borrowers.timeline.task', { queue: text(d.queue), status: text(d.status) }),
        detail: [
          text(d.reason),
          d.outcome
            ? t('borrowers.timeline.taskResolved', { outcome: outcomeName(text(d.outcome)) })
            : '',
          d.assignee ? t('borrowers.timeline.taskBy', { who: text(d.assignee) }) : '',
          text(d.note),
        ]
          .filter(Boolean)
          .join(' — '),
      };
    case 'call':
      return {
        title: t('borrowers.timeline.call', { result: text(d.result), outcome: text(d.outcome) }),
        detail: d.loggedBy ? t('borrowers.timeline.callLoggedBy', { who: text(d.loggedBy) }) : '',
      };
    case 'note':
      return {
        title: t('borrowers.timeline.note', { author: text(d.author) }),
        detail: text(d.body),
      };
  }
}
