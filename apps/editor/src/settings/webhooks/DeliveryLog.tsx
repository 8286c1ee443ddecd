import { RotateCcw } from 'lucide-react';
import { useDeliveries, useWebhookActions } from './use-webhooks';

const time = (iso: string) =>
  new Date(iso).toLocaleString(undefined, { dateStyle: 'short', timeStyle: 'medium' });

const statusBadge = {
  delivered: 'badge badge-ok',
  pending: 'badge badge-muted',
  failed: 'badge badge-error',
} as const;

/** The newest deliveries of one subscription, each attempt with its answer and time; Replay. */
export function DeliveryLog(props: { subscriptionId: string }) {
  const deliveries = useDeliveries(props.subscriptionId);
  const { replay } = useWebhookActions();
  if (deliveries.isPending) return <p role="status">Loading deliveries…</p>;
  if (deliveries.isError) {
    return (
      <p role="alert" className="form-error">
        The delivery log could not be loaded: {deliveries.error.message}
      </p>
    );
  }
  if (deliveries.data.deliveries.length === 0) {
    return <p className="field-help">Nothing sent yet.</p>;
  }
  return (
    <table className="table delivery-log">
      <caption className="visually-hidden">Deliveries, newest first</caption>
      <thead>
        <tr>
          <th scope="col">Event</th>
          <th scope="col">Status</th>
          <th scope="col">Attempts</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {deliveries.data.deliveries.map((delivery) => (
          <tr key={delivery.id}>
            <th scope="row">
              <code>{delivery.eventType}</code>
              <span className="field-help delivery-id">{delivery.eventId}</span>
            </th>
            <td>
              <span className={statusBadge[delivery.status]}>{delivery.status}</span>
              {delivery.status === 'pending' && delivery.nextAttemptAt && (
                <span className="field-help delivery-id">next {time(delivery.nextAttemptAt)}</span>
              )}
            </td>
            <td>
              <ol className="attempt-list">
                {delivery.attempts.map((attempt, index) => (
                  <li key={index}>
                    <time dateTime={attempt.at}>{time(attempt.at)}</time>{' '}
                    <span className={attempt.ok ? 'attempt-ok' : 'attempt-failed'}>
                      {attempt.httpStatus ?? 'no answer'}
                    </span>
                    {attempt.error && !attempt.httpStatus && (
                      <span className="field-help"> {attempt.error}</span>
                    )}
                  </li>
                ))}
              </ol>
            </td>
            <td>
              <button
                type="button"
                className="button"
                disabled={replay.isPending || delivery.status === 'pending'}
                onClick={() =>
                  replay.mutate({ subscriptionId: props.subscriptionId, deliveryId: delivery.id })
                }
                aria-label={`Replay ${delivery.eventType} ${delivery.eventId}`}
              >
                <RotateCcw size={14} aria-hidden="true" /> Replay
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
