import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { WebhookChange, WebhookEventType, WebhookSubscription } from '../../api/webhooks-api';
import { useI18n } from '../../i18n/use-i18n';
import { EventTypePicker } from './EventTypePicker';

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
  const [url, setUrl] = useState(subscription.url);
  const [description, setDescription] = useState(subscription.description ?? '');
  const [chosen, setChosen] = useState<Set<WebhookEventType>>(new Set(subscription.eventTypes));
  const [problem, setProblem] = useState<string | null>(null);
  const idPrefix = `edit-webhook-${subscription.id}`;
  const urlField = useRef<HTMLInputElement>(null);
  // Opening the form moves focus into it (and it into view): the Edit button it replaces is gone.
  useEffect(() => urlField.current?.focus(), []);
  const { t } = useI18n();

  const toggle = (type: WebhookEventType) =>
    setChosen((previous) => {
      const next = new Set(previous);
      if (next.has(type)) next.delete(type);
      else next.add(type);
      return next;
    });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (chosen.size === 0) {
      setProblem(t('settings.webhooks.chooseType'));
      return;
    }
    setProblem(null);
    props.onSave({
      url: url.trim(),
      eventTypes: [...chosen],
      description: description.trim() || null,
    });
  };

  return (
    <form
      onSubmit={submit}
      className="webhook-form webhook-edit-form"
      aria-label={t('settings.webhooks.editLabel', { url: subscription.url })}
    >
      <h4 className="webhook-edit-title">{t('settings.webhooks.editTitle')}</h4>
      <div className="new-key-form">
        <label>
          <span className="field-label">{t('settings.webhooks.url')}</span>
          <input
            ref={urlField}
            className="input"
            type="url"
            required
            value={url}
            onChange={(event) => setUrl(event.target.value)}
            aria-describedby={`${idPrefix}-help`}
          />
        </label>
        <label>
          <span className="field-label">{t('settings.webhooks.description')}</span>
          <input
            className="input"
            maxLength={200}
            value={description}
            onChange={(event) => setDescription(event.target.value)}
          />
        </label>
      </div>
      <p id={`${idPrefix}-help`} className="field-help">
        {t('settings.webhooks.editHelp')}
      </p>
      <EventTypePicker
        legend={t('settings.webhooks.eventTypes')}
        chosen={chosen}
        onToggle={toggle}
      />
      <div className="dialog-actions">
        <button type="button" className="button" onClick={props.onCancel}>
          {t('settings.cancel')}
        </button>
        <button type="submit" className="button button-primary" disabled={props.busy}>
          {props.busy ? t('settings.webhooks.saving') : t('settings.webhooks.save')}
        </button>
      </div>
      {(problem ?? props.error) && (
        <p className="form-error" role="alert">
          {problem ?? props.error}
        </p>
      )}
    </form>
  );
}
