import { useEffect, useRef, type FormEvent } from 'react';
import type { WebhookChange, WebhookSubscription } from '../../api/webhooks-api';
import { useI18n } from '../../i18n/use-i18n';
import { SubscriptionFields, SubscriptionFormError } from './SubscriptionFields';
import { useSubscriptionFields } from './use-subscription-fields';

/**
 * Changes a subscription's URL, description and event types in place. The signing secret stays
 * the same, so the receiver keeps verifying deliveries without a change on its side.
 */
export function EditSubscriptionForm(props: {
  subscription: WebhookSubscription;
  busy: boolean;
  error: string | null;
  onSave: (changes: WebhookChange) => void;
  onCancel: () => void;
}) {
  const { subscription } = props;
  const fields = useSubscriptionFields(subscription);
  const urlField = useRef<HTMLInputElement>(null);
  // Opening the form moves focus into it (and it into view): the Edit button it replaces is gone.
  useEffect(() => urlField.current?.focus(), []);
  const { t } = useI18n();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const values = fields.checked();
    if (!values) return;
    props.onSave({
      url: values.url,
      eventTypes: values.eventTypes,
      description: values.description || null,
    });
  };

  return (
    <form
      onSubmit={submit}
      className="webhook-form webhook-edit-form"
      aria-label={t('settings.webhooks.editLabel', { url: subscription.url })}
    >
      <h4 className="webhook-edit-title">{t('settings.webhooks.editTitle')}</h4>
      <SubscriptionFields
        fields={fields}
        helpId={`edit-webhook-${subscription.id}-help`}
        help={t('settings.webhooks.editHelp')}
        urlRef={urlField}
      />
      <div className="dialog-actions">
        <button type="button" className="button" onClick={props.onCancel}>
          {t('settings.cancel')}
        </button>
        <button type="submit" className="button button-primary" disabled={props.busy}>
          {props.busy ? t('settings.webhooks.saving') : t('settings.webhooks.save')}
        </button>
      </div>
      <SubscriptionFormError problem={fields.problem} error={props.error} />
    </form>
  );
}
