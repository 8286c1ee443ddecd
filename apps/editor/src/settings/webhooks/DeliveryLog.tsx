import { RotateCcw } from 'lucide-react';
import { useI18n } from '../../i18n/use-i18n';
import { useDeliveries, useWebhookActions } from './use-webhooks';

const statusBadge = {
  delivered: 'badge badge-ok',
  pending: 'badge badge-muted',
  failed: 'badge badge-error',
} as const;

/** The newest deliveries of one subscription, each attempt with its answer and time; Replay. */
export function DeliveryLog(props: { subscriptionId: string }) {
  const deliveries = useDeliveries(props.subscriptionId);
  const { replay } = useWebhookActions();
  const { t, intl } = useI18n();
  // Seconds matter here: attempts are minutes apart.
  const time = (iso: string) => intl.formatDate(iso, { dateStyle: 'short', timeStyle: 'medium' });
  if (deliveries.isPending) return <p role="status">{t('settings.webhooks.loadingLog')}</p>;
  if (deliveries.isError) {
    return (
      <p role="alert" className="form-error">
        {t('settings.webhooks.logFailed', { error: deliveries.error.message })}
      </p>
    );
  }
  if (deliveries.data.deliveries.length === 0) {
    return <p className="field-help">{t('settings.webhooks.nothingSent')}</p>;
  }
  return (
    <table className="table delivery-log">
      <caption className="visually-hidden">{t('settings.webhooks.logCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('settings.webhooks.col.event')}</th>
          <th scope="col">{t('settings.webhooks.col.status')}</th>
          <th scope="col">{t('settings.webhooks.col.attempts')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('settings.webhooks.col.actions')}</span>
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
              <span className={statusBadge[delivery.status]}>
                {t('settings.webhooks.status', { status: delivery.status })}
              </span>
              {delivery.status === 'pending' && delivery.nextAttemptAt && (
                <span className="field-help delivery-id">
                  {t('settings.webhooks.next', { when: time(delivery.nextAttemptAt) })}
                </span>
              )}
            </td>
            <td>
              <ol className="attempt-list">
                {delivery.attempts.map((attempt, index) => (
                  <li key={index}>
                    <time dateTime={attempt.at}>{time(attempt.at)}</time>{' '}
                    <span className={attempt.ok ? 'attempt-ok' : 'attempt-failed'}>
                      {attempt.httpStatus ?? t('settings.webhooks.noAnswer')}
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
                aria-label={t('settings.webhooks.replayLabel', {
                  type: delivery.eventType,
                  id: delivery.eventId,
                })}
              >
                <RotateCcw size={14} aria-hidden="true" /> {t('settings.webhooks.replay')}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
