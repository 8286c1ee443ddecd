import { useState } from 'react';
import type { KeyRecord } from '../../api/access-types';
import { useI18n } from '../../i18n/use-i18n';
import type { MessageKey } from '../../i18n/message-keys';
import { useCaller } from '../../shell/caller';
import { CreateKeyForm } from './CreateKeyForm';
import { KeyDialog } from './KeyDialog';
import { KeyTable } from './KeyTable';
import { SecretOnce } from './SecretOnce';
import { useKeyActions, useKeys } from './use-keys';

type Pending = { action: 'revoke' | 'rotate'; key: KeyRecord } | null;

const graceChoices: { seconds: number; label: MessageKey; values?: Record<string, number> }[] = [
  { seconds: 0, label: 'settings.keys.grace.none' },
  { seconds: 3600, label: 'settings.keys.grace.hours', values: { hours: 1 } },
  { seconds: 86_400, label: 'settings.keys.grace.hours', values: { hours: 24 } },
  { seconds: 7 * 86_400, label: 'settings.keys.grace.days', values: { days: 7 } },
];

const messageOf = (error: Error | null) => (error ? error.message : null);

/**
 * Settings → API keys (admins): one key per person or system, each with one role. Create one
 * (its secret shown once), revoke one (it stops working at once), or rotate one (a new secret;
 * the old one can keep working for a grace period while systems switch over).
 */
export function ApiKeys() {
  const keys = useKeys();
  const actions = useKeyActions();
  const ownKeyId = useCaller().keyId;
  const [secret, setSecret] = useState<{ name: string; secret: string } | null>(null);
  const [pending, setPending] = useState<Pending>(null);
  const [grace, setGrace] = useState(86_400);
  const { t, intl } = useI18n();

  const close = () => {
    actions.revoke.reset();
    actions.rotate.reset();
    setPending(null);
  };

  return (
    <main className="settings-section">
      <header>
        <h2 className="section-title">{t('settings.section.keys')}</h2>
        <p className="field-help">
          {intl.formatMessage(
            { id: 'settings.keys.intro' },
            { code: (chunks) => <code>{chunks}</code> },
          )}
        </p>
      </header>
      {secret ? (
        <SecretOnce name={secret.name} secret={secret.secret} onDone={() => setSecret(null)} />
      ) : (
        <CreateKeyForm
          busy={actions.create.isPending}
          error={messageOf(actions.create.error)}
          onCreate={(input) =>
            actions.create.mutate(input, {
              onSuccess: (made) => setSecret({ name: made.key.name, secret: made.secret }),
            })
          }
        />
      )}
      <section className="card" aria-labelledby="keys-heading" aria-busy={keys.isFetching}>
        <h2 id="keys-heading" className="panel-title">
          {t('settings.keys.heading')}
        </h2>
        {keys.isPending && <p role="status">{t('settings.keys.loading')}</p>}
        {keys.isError && (
          <div role="alert" className="form-error">
            <p>{t('settings.keys.loadFailed', { error: keys.error.message })}</p>
            <button type="button" className="button" onClick={() => void keys.refetch()}>
              {t('settings.tryAgain')}
            </button>
          </div>
        )}
        {keys.data?.keys.length === 0 && <p className="field-help">{t('settings.keys.none')}</p>}
        {keys.data && keys.data.keys.length > 0 && (
          <KeyTable
            keys={keys.data.keys}
            ownKeyId={ownKeyId}
            now={new Date()}
            onRevoke={(key) => setPending({ action: 'revoke', key })}
            onRotate={(key) => setPending({ action: 'rotate', key })}
          />
        )}
      </section>
      {pending?.action === 'revoke' && (
        <KeyDialog
          title={t('settings.keys.revokeTitle', { name: pending.key.name })}
          confirmLabel={t('settings.keys.revokeConfirm')}
          danger
          busy={actions.revoke.isPending}
          error={messageOf(actions.revoke.error)}
          onClose={close}
          onConfirm={() => actions.revoke.mutate(pending.key.id, { onSuccess: close })}
        >
          <p>
            {t('settings.keys.revokeExplain', {
              name: pending.key.name,
              prefix: pending.key.prefix,
            })}
          </p>
          {pending.key.id === ownKeyId && <p className="notice">{t('settings.keys.ownKey')}</p>}
        </KeyDialog>
      )}
      {pending?.action === 'rotate' && (
        <KeyDialog
          title={t('settings.keys.rotateTitle', { name: pending.key.name })}
          confirmLabel={t('settings.keys.rotateConfirm')}
          busy={actions.rotate.isPending}
          error={messageOf(actions.rotate.error)}
          onClose={close}
          onConfirm={() =>
            actions.rotate.mutate(
              { id: pending.key.id, graceSeconds: grace },
              {
                onSuccess: (made) => {
                  close();
                  setSecret({ name: made.key.name, secret: made.secret });
                },
              },
            )
          }
        >
          <p>{t('settings.keys.rotateExplain', { name: pending.key.name })}</p>
          <label className="field">
            <span className="field-label">{t('settings.keys.graceLabel')}</span>
            <select
              className="input"
              value={grace}
              onChange={(event) => setGrace(Number(event.target.value))}
            >
              {graceChoices.map((choice) => (
                <option key={choice.seconds} value={choice.seconds}>
                  {t(choice.label, choice.values)}
                </option>
              ))}
            </select>
          </label>
        </KeyDialog>
      )}
    </main>
  );
}
