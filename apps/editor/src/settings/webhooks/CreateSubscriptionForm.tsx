import { useState, type FormEvent } from 'react';
import type { WebhookEventType, WebhookInput } from '../../api/webhooks-api';
import { useI18n } from '../../i18n/use-i18n';
import { EventTypePicker } from './EventTypePicker';

/** A URL and the event types to send to it; the secret comes back once, after creating. */
export function CreateSubscriptionForm(props: {
  busy: boolean;
  error: string | null;
  onCreate: (input: WebhookInput) => void;
}) {
  const [url, setUrl] = useState('');
  const [description, setDescription] = useState('');
  const [chosen, setChosen] = useState<Set<WebhookEventType>>(new Set());
  const [problem, setProblem] = useState<string | null>(null);
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
    props.onCreate({
      url: url.trim(),
      eventTypes: [...chosen],
      ...(description.trim() ? { description: description.trim() } : {}),
    });
  };

  return (
    <section className="card" aria-labelledby="new-webhook-heading">
      <h2 id="new-webhook-heading" className="panel-title">
        {t('settings.webhooks.new')}
      </h2>
      <form onSubmit={submit} className="webhook-form">
        <div className="new-key-form">
          <label>
            <span className="field-label">{t('settings.webhooks.url')}</span>
            <input
              className="input"
              type="url"
              required
              placeholder="https://crm.example.com/tandem-events"
              value={url}
              onChange={(event) => setUrl(event.target.value)}
              aria-describedby="webhook-url-help"
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
        <p id="webhook-url-help" className="field-help">
          {t('settings.webhooks.urlHelp')}
        </p>
        <EventTypePicker
          legend={t('settings.webhooks.eventTypes')}
          chosen={chosen}
          onToggle={toggle}
        />
        <div className="dialog-actions">
          <button type="submit" className="button button-primary" disabled={props.busy}>
            {props.busy ? t('settings.webhooks.creating') : t('settings.webhooks.create')}
          </button>
        </div>
        {(problem ?? props.error) && (
          <p className="form-error" role="alert">
            {problem ?? props.error}
          </p>
        )}
      </form>
    </section>
  );
}
