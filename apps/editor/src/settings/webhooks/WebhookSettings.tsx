import { Check, Copy } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import type { WebhookSubscription } from '../../api/webhooks-api';
import { CreateSubscriptionForm } from './CreateSubscriptionForm';
import { DeliveryLog } from './DeliveryLog';
import { EditSubscriptionForm } from './EditSubscriptionForm';
import { useSubscriptions, useWebhookActions } from './use-webhooks';
import './webhooks.css';

const messageOf = (error: Error | null) => (error ? error.message : null);

/** The signing secret, shown once: Tandem never shows it again. */
function SigningSecretOnce(props: { url: string; secret: string; onDone: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const [copied, setCopied] = useState(false);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="card secret-once" aria-labelledby="webhook-secret-heading">
      <h2 id="webhook-secret-heading" className="panel-title" tabIndex={-1} ref={heading}>
        The signing secret for {props.url}
      </h2>
      <p className="secret-warning">
        <strong>Copy it now: you will not see it again.</strong> Your receiver verifies each
        delivery with it (docs/webhooks.md shows how).
      </p>
      <div className="secret-row">
        <label className="visually-hidden" htmlFor="webhook-secret">
          Signing secret
        </label>
        <input
          id="webhook-secret"
          className="input input-code secret-value"
          readOnly
          value={props.secret}
          onFocus={(event) => event.currentTarget.select()}
        />
        <button
          type="button"
          className="button"
          onClick={() =>
            void navigator.clipboard.writeText(props.secret).then(() => setCopied(true))
          }
        >
          {copied ? <Check size={16} aria-hidden="true" /> : <Copy size={16} aria-hidden="true" />}
          {copied ? 'Copied' : 'Copy'}
        </button>
      </div>
      <div className="dialog-actions">
        <button type="button" className="button button-primary" onClick={props.onDone}>
          I have stored it
        </button>
      </div>
    </section>
  );
}

function SubscriptionCard(props: { subscription: WebhookSubscription }) {
  const { subscription } = props;
  const { setStatus, edit } = useWebhookActions();
  const [logOpen, setLogOpen] = useState(false);
  const [editing, setEditing] = useState(false);
  const paused = subscription.status === 'paused';
  const headingId = `webhook-${subscription.id}`;
  return (
    <section className="card webhook-card" aria-labelledby={headingId}>
      <div className="webhook-card-head">
        <div>
          <h3 id={headingId} className="webhook-url">
            {subscription.url}
          </h3>
          {subscription.description && <p className="field-help">{subscription.description}</p>}
        </div>
        <span className={paused ? 'badge badge-error' : 'badge badge-ok'}>
          {paused ? 'Paused' : 'Active'}
        </span>
      </div>
      {paused && subscription.pausedReason === 'failing' && (
        <div role="alert" className="webhook-banner">
          Paused because every delivery failed for 24 hours
          {subscription.failingSince &&
            ` (since ${new Date(subscription.failingSince).toLocaleString()})`}
          . Events are kept; fix the receiver, then resume to send them.
        </div>
      )}
      {!paused && subscription.consecutiveFailures > 0 && (
        <p className="field-help webhook-failing">
          The last {subscription.consecutiveFailures} attempts failed; retrying.
        </p>
      )}
      {editing ? (
        <EditSubscriptionForm
          subscription={subscription}
          busy={edit.isPending}
          error={messageOf(edit.error)}
          onCancel={() => setEditing(false)}
          onSave={(changes) =>
            edit.mutate({ id: subscription.id, changes }, { onSuccess: () => setEditing(false) })
          }
        />
      ) : (
        <p className="webhook-types-list">
          {subscription.eventTypes.map((type) => (
            <code key={type}>{type}</code>
          ))}
        </p>
      )}
      {/* While editing, the form's own Cancel and Save are the only actions: Pause and the log
          would sit right under Save and read as part of the form. */}
      {!editing && (
        <div className="webhook-actions">
          <button type="button" className="button" onClick={() => setEditing(true)}>
            Edit
          </button>
          <button
            type="button"
            className="button"
            disabled={setStatus.isPending}
            onClick={() =>
              setStatus.mutate({ id: subscription.id, status: paused ? 'active' : 'paused' })
            }
          >
            {paused ? 'Resume' : 'Pause'}
          </button>
          <button
            type="button"
            className="button"
            aria-expanded={logOpen}
            onClick={() => setLogOpen((open) => !open)}
          >
            {logOpen ? 'Hide delivery log' : 'Delivery log'}
          </button>
        </div>
      )}
      {logOpen && !editing && <DeliveryLog subscriptionId={subscription.id} />}
    </section>
  );
}

/**
 * Settings → Webhooks (admins): where Tandem sends borrower events, signed (Standard Webhooks).
 * Create a subscription (its secret shown once), edit its URL and event types, pause or resume
 * it, read each delivery's
 * attempts and replay one.
 */
export function WebhookSettings() {
  const subscriptions = useSubscriptions();
  const actions = useWebhookActions();
  const [secret, setSecret] = useState<{ url: string; secret: string } | null>(null);
  return (
    <main className="settings-section">
      <header>
        <h2 className="section-title">Webhooks</h2>
        <p className="field-help">
          Tandem tells your CRM what happens to each borrower: each event is POSTed, signed, to
          every subscription that asked for it, in order per borrower, retried for 24 hours.
          Payloads name borrowers by external id, never by name or contact details.
        </p>
      </header>
      {secret ? (
        <SigningSecretOnce url={secret.url} secret={secret.secret} onDone={() => setSecret(null)} />
      ) : (
        <CreateSubscriptionForm
          busy={actions.create.isPending}
          error={messageOf(actions.create.error)}
          onCreate={(input) =>
            actions.create.mutate(input, {
              onSuccess: (made) => setSecret({ url: made.subscription.url, secret: made.secret }),
            })
          }
        />
      )}
      <section aria-labelledby="subscriptions-heading" className="webhook-list">
        <h2 id="subscriptions-heading" className="panel-title">
          Subscriptions
        </h2>
        {subscriptions.isPending && <p role="status">Loading subscriptions…</p>}
        {subscriptions.isError && (
          <p role="alert" className="form-error">
            The subscriptions could not be loaded: {subscriptions.error.message}
          </p>
        )}
        {subscriptions.data?.subscriptions.length === 0 && (
          <p className="field-help">No subscriptions yet: create one above.</p>
        )}
        {subscriptions.data?.subscriptions.map((subscription) => (
          <SubscriptionCard key={subscription.id} subscription={subscription} />
        ))}
      </section>
    </main>
  );
}
