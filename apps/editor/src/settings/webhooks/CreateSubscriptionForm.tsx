import { useState, type FormEvent } from 'react';
import {
  webhookEventGroups,
  type WebhookEventType,
  type WebhookInput,
} from '../../api/webhooks-api';

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
      setProblem('Choose at least one event type.');
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
        New subscription
      </h2>
      <form onSubmit={submit} className="webhook-form">
        <div className="new-key-form">
          <label>
            <span className="field-label">URL</span>
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
            <span className="field-label">Description (optional)</span>
            <input
              className="input"
              maxLength={200}
              value={description}
              onChange={(event) => setDescription(event.target.value)}
            />
          </label>
        </div>
        <p id="webhook-url-help" className="field-help">
          https only (http is accepted for localhost and 127.0.0.1, for a receiver under
          development).
        </p>
        <fieldset className="webhook-types">
          <legend className="field-label">Event types</legend>
          {webhookEventGroups.map((group) => (
            <div key={group.label} className="webhook-type-group">
              <span className="webhook-group-label">{group.label}</span>
              <div className="webhook-type-options">
                {group.types.map((type) => (
                  <label key={type} className="webhook-type">
                    <input
                      type="checkbox"
                      checked={chosen.has(type)}
                      onChange={() => toggle(type)}
                    />
                    <code>{type}</code>
                  </label>
                ))}
              </div>
            </div>
          ))}
        </fieldset>
        <div className="dialog-actions">
          <button type="submit" className="button button-primary" disabled={props.busy}>
            {props.busy ? 'Creating…' : 'Create subscription'}
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
