import { useState, type FormEvent } from 'react';
import { ApiCallError } from '../api/http';
import { useApi } from '../api/client';
import { useSession } from '../api/session';
import { LanguageSwitch } from '../i18n/LanguageSwitch';
import { useI18n, type I18n } from '../i18n/use-i18n';
import { canSignIn } from './roles';

function reasonFor(problem: unknown, t: I18n['t']): string {
  if (problem instanceof ApiCallError && problem.status === 401)
    return t('shell.signIn.unknownKey');
  if (problem instanceof ApiCallError && problem.status === 429) return t('shell.signIn.tooMany');
  return problem instanceof Error ? problem.message : t('shell.signIn.unreachable');
}

/**
 * Signs in with an API key: the key is posted once to `POST /v1/session`, which answers with an
 * HttpOnly cookie, and then forgotten (it is not kept anywhere in the browser). Shown on the
 * route that was asked for, so signing in carries on there.
 */
export function SignIn({ ended }: { ended: boolean }) {
  const api = useApi();
  const { t, intl } = useI18n();
  const signedIn = useSession((s) => s.signedIn);
  const [key, setKey] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const session = await api.session.signIn(key.trim());
      if (!canSignIn(session.caller.role)) {
        // The API opened a session; close it again: this key is for machines.
        await api.session.signOut(session.csrfToken).catch(() => undefined);
        setError(t('shell.signIn.machineKey', { name: session.caller.name }));
        return;
      }
      setKey('');
      signedIn(session);
    } catch (problem) {
      setError(reasonFor(problem, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="sign-in">
      <form className="card sign-in-card" onSubmit={(event) => void submit(event)}>
        <div className="sign-in-top">
          <h1 className="brand">Tandem</h1>
          <LanguageSwitch />
        </div>
        {ended ? (
          <p className="notice" role="status">
            {t('shell.signIn.ended')}
          </p>
        ) : (
          <p>{t('shell.signIn.tagline')}</p>
        )}
        <label className="field-label" htmlFor="api-key">
          {t('shell.signIn.keyLabel')}
        </label>
        <input
          id="api-key"
          className="input"
          type="password"
          autoComplete="off"
          spellCheck={false}
          value={key}
          onChange={(event) => setKey(event.target.value)}
          aria-describedby="api-key-help"
          aria-invalid={error ? true : undefined}
          required
        />
        <p id="api-key-help" className="field-help">
          {intl.formatMessage(
            { id: 'shell.signIn.help' },
            { code: (chunks) => <code key="code">{chunks}</code> },
          )}
        </p>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <button
          type="submit"
          className="button button-primary"
          disabled={busy || key.trim() === ''}
        >
          {busy ? t('shell.signIn.checking') : t('shell.signIn.submit')}
        </button>
      </form>
    </main>
  );
}
