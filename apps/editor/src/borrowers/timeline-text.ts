import type { TimelineEntry } from '../api/borrowers-api';

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
const agentAnswers: Record<string, string> = {
  'ptp.promised': 'Agent recorded a promise',
  'plan.accepted': 'Agent recorded a plan choice',
};

function eventSummary(type: string, data: unknown): { title: string; detail: string } {
  const fields = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  const agentTitle = agentAnswers[type];
  if (agentTitle && fields.via === 'agent') {
    const { via: _via, recordedBy, ...answer } = fields;
    return { title: agentTitle, detail: `${text(answer)} — by ${text(recordedBy)}` };
  }
  return { title: `Event: ${type}`, detail: data ? text(data) : '' };
}

/**
 * What happened, in one line, for each kind of timeline entry.
 * @example timelineSummary({ kind: 'call', data: { result: 'conversation', outcome: 'promiseToPay' } … })
 * // 'Call: conversation, promiseToPay (by Sam)'
 */
export function timelineSummary(entry: TimelineEntry): { title: string; detail: string } {
  const d = entry.data;
  switch (entry.kind) {
    case 'step':
      return {
        title: `Step ${text(d.nodeId)}`,
        detail: [text(d.step), d.port ? `→ ${text(d.port)}` : ''].filter(Boolean).join(' '),
      };
    case 'message':
      return {
        title: `Message (${text(d.channel)}): ${text(d.status)}`,
        detail: [text(d.subject), text(d.body), d.failure ? `failed: ${text(d.failure)}` : '']
          .filter(Boolean)
          .join(' — '),
      };
    case 'event':
      return eventSummary(text(d.type), d.data);
    case 'task':
      return {
        title: `Task (${text(d.queue)}): ${text(d.status)}`,
        detail: [
          text(d.reason),
          d.outcome ? `resolved "${text(d.outcome)}"` : '',
          d.assignee ? `by ${text(d.assignee)}` : '',
          text(d.note),
        ]
          .filter(Boolean)
          .join(' — '),
      };
    case 'call':
      return {
        title: `Call: ${text(d.result)}, ${text(d.outcome)}`,
        detail: d.loggedBy ? `logged by ${text(d.loggedBy)}` : '',
      };
    case 'note':
      return { title: `Note by ${text(d.author)}`, detail: text(d.body) };
  }
}
