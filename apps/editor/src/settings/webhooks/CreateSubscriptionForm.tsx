import type { FormEvent } from 'react';
import type { WebhookInput } from '../../api/webhooks-api';
import { useI18n } from '../../i18n/use-i18n';
import { SubscriptionFields, SubscriptionFormError } from './SubscriptionFields';
import { useSubscriptionFields } from './use-subscription-fields';

/** A URL and the event types to send to it; the secret comes back once, after creating. */
export function CreateSubscriptionForm(props: {
  busy: boolean;
  error: string | null;
  onCreate: (input: WebhookInput) => void;
}) {
  const fields = useSubscriptionFields();
  const { t } = useI18n();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const values = fields.checked();
    if (!values) return;
    props.onCreate({
      url: values.url,
      eventTypes: values.eventTypes,
      ...(values.description ? { description: values.description } : {}),
    });
  };

  return (
    <section className="card" aria-labelledby="new-webhook-heading">
      <h2 id="new-webhook-heading" className="panel-title">
        {t('settings.webhooks.new')}
      </h2>
      <form onSubmit={submit} className="webhook-form">
        <SubscriptionFields
          fields={fields}
          helpId="webhook-url-help"
          help={t('settings.webhooks.urlHelp')}
          urlPlaceholder="https://crm.example.com/tandem-events"
        />
        <div className="dialog-actions">
          <button type="submit" className="button button-primary" disabled={props.busy}>
            {props.busy ? t('settings.webhooks.creating') : t('settings.webhooks.create')}
          </button>
        </div>
        <SubscriptionFormError problem={fields.problem} error={props.error} />
      </form>
    </section>
  );
}
