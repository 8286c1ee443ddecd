import { Check, Copy } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import type { WebhookSubscription } from '../../api/webhooks-api';
import { useI18n } from '../../i18n/use-i18n';
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
  const { t, intl } = useI18n();
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="card secret-once" aria-labelledby="webhook-secret-heading">
      <h2 id="webhook-secret-heading" className="panel-title" tabIndex={-1} ref={heading}>
        {t('settings.webhooks.secretTitle', { url: props.url })}
      </h2>
      <p className="secret-warning">
        {intl.formatMessage(
          { id: 'settings.webhooks.secretWarning' },
          { strong: (chunks) => <strong>{chunks}</strong> },
        )}
      </p>
      <div className="secret-row">
        <label className="visually-hidden" htmlFor="webhook-secret">
          {t('settings.webhooks.secretLabel')}
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
          {copied ? t('settings.keys.copied') : t('settings.keys.copy')}
        </button>
      </div>
      <div className="dialog-actions">
        <button type="button" className="button button-primary" onClick={props.onDone}>
          {t('settings.keys.stored')}
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
  const { t, format } = useI18n();
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
          {paused ? t('settings.webhooks.paused') : t('settings.webhooks.active')}
        </span>
      </div>
      {paused && subscription.pausedReason === 'failing' && (
        <div role="alert" className="webhook-banner">
          {t('settings.webhooks.failingBanner', {
            since: subscription.failingSince ? format.dateTime(subscription.failingSince) : 'none',
          })}
        </div>
      )}
      {!paused && subscription.consecutiveFailures > 0 && (
        <p className="field-help webhook-failing">
          {t('settings.webhooks.retrying', {
            count: format.number(subscription.consecutiveFailures),
          })}
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
            {t('settings.webhooks.edit')}
          </button>
          <button
            type="button"
            className="button"
            disabled={setStatus.isPending}
            onClick={() =>
              setStatus.mutate({ id: subscription.id, status: paused ? 'active' : 'paused' })
            }
          >
            {paused ? t('settings.webhooks.resume') : t('settings.webhooks.pause')}
          </button>
          <button
            type="button"
            className="button"
            aria-expanded={logOpen}
            onClick={() => setLogOpen((open) => !open)}
          >
            {logOpen ? t('settings.webhooks.hideLog') : t('settings.webhooks.log')}
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
  const { t } = useI18n();
  return (
    <main className="settings-section">
      <header>
        <h2 className="section-title">{t('settings.section.webhooks')}</h2>
        <p className="field-help">{t('settings.webhooks.intro')}</p>
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
          {t('settings.webhooks.subscriptions')}
        </h2>
        {subscriptions.isPending && <p role="status">{t('settings.webhooks.loading')}</p>}
        {subscriptions.isError && (
          <p role="alert" className="form-error">
            {t('settings.webhooks.loadFailed', { error: subscriptions.error.message })}
          </p>
        )}
        {subscriptions.data?.subscriptions.length === 0 && (
          <p className="field-help">{t('settings.webhooks.none')}</p>
        )}
        {subscriptions.data?.subscriptions.map((subscription) => (
          <SubscriptionCard key={subscription.id} subscription={subscription} />
        ))}
      </section>
    </main>
  );
}
