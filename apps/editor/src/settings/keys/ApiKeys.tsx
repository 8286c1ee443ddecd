import { useState } from 'react';
import type { KeyRecord } from '../../api/access-types';
import { useCaller } from '../../shell/caller';
import { CreateKeyForm } from './CreateKeyForm';
import { KeyDialog } from './KeyDialog';
import { KeyTable } from './KeyTable';
import { SecretOnce } from './SecretOnce';
import { useKeyActions, useKeys } from './use-keys';

type Pending = { action: 'revoke' | 'rotate'; key: KeyRecord } | null;

const graceChoices = [
  { seconds: 0, label: 'none: the old secret stops at once' },
  { seconds: 3600, label: '1 hour' },
  { seconds: 86_400, label: '24 hours' },
  { seconds: 7 * 86_400, label: '7 days' },
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

  const close = () => {
    actions.revoke.reset();
    actions.rotate.reset();
    setPending(null);
  };

  return (
    <main className="settings-section">
      <header>
        <h2 className="section-title">API keys</h2>
        <p className="field-help">
          Give each person their own key with the role they need (designers design journeys, agents
          work tasks, admins manage everything), and each of the lender&apos;s systems an
          integration key. Keys sign people in to this app; systems send them as{' '}
          <code>Authorization: Bearer …</code>.
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
          Keys
        </h2>
        {keys.isPending && <p role="status">Loading keys…</p>}
        {keys.isError && (
          <div role="alert" className="form-error">
            <p>The keys could not be loaded: {keys.error.message}</p>
            <button type="button" className="button" onClick={() => void keys.refetch()}>
              Try again
            </button>
          </div>
        )}
        {keys.data?.keys.length === 0 && (
          <p className="field-help">No keys yet: create one above.</p>
        )}
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
          title={`Revoke “${pending.key.name}”?`}
          confirmLabel="Revoke key"
          danger
          busy={actions.revoke.isPending}
          error={messageOf(actions.revoke.error)}
          onClose={close}
          onConfirm={() => actions.revoke.mutate(pending.key.id, { onSuccess: close })}
        >
          <p>
            Anything that uses “{pending.key.name}” ({pending.key.prefix}…) stops working at once.
            This cannot be undone.
          </p>
          {pending.key.id === ownKeyId && (
            <p className="notice">
              This is the key you are signed in with: you will be signed out.
            </p>
          )}
        </KeyDialog>
      )}
      {pending?.action === 'rotate' && (
        <KeyDialog
          title={`Rotate “${pending.key.name}”?`}
          confirmLabel="Rotate key"
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
          <p>
            A new secret is made for “{pending.key.name}” and shown once. The old secret can keep
            working for a while, so that systems using it can switch over.
          </p>
          <label className="field">
            <span className="field-label">The old secret keeps working for</span>
            <select
              className="input"
              value={grace}
              onChange={(event) => setGrace(Number(event.target.value))}
            >
              {graceChoices.map((choice) => (
                <option key={choice.seconds} value={choice.seconds}>
                  {choice.label}
                </option>
              ))}
            </select>
          </label>
        </KeyDialog>
      )}
    </main>
  );
}
