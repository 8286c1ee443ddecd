import { useState, type FormEvent } from 'react';
import { ApiCallError } from '../api/http';
import { useApi } from '../api/client';
import { useSession } from '../api/session';
import { canSignIn, roleLabels } from './roles';

function reasonFor(problem: unknown): string {
  if (problem instanceof ApiCallError && problem.status === 401) {
    return 'That key is not known to the API, or it was revoked or has expired.';
  }
  if (problem instanceof ApiCallError && problem.status === 429) {
    return 'Too many attempts: wait a minute and try again.';
  }
  return problem instanceof Error ? problem.message : 'Could not reach the API.';
}

/**
 * Signs in with an API key: the key is posted once to `POST /v1/session`, which answers with an
 * HttpOnly cookie, and then forgotten (it is not kept anywhere in the browser). Shown on the
 * route that was asked for, so signing in carries on there.
 */
export function SignIn({ ended }: { ended: boolean }) {
  const api = useApi();
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
        setError(
          `"${session.caller.name}" is an ${roleLabels[session.caller.role].toLowerCase()} key: ` +
            "it is for the lender's systems calling the API, not for people. Sign in with your " +
            'own designer, agent or admin key (an admin can make one in Settings → API keys).',
        );
        return;
      }
      setKey('');
      signedIn(session);
    } catch (problem) {
      setError(reasonFor(problem));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="sign-in">
      <form className="card sign-in-card" onSubmit={(event) => void submit(event)}>
        <h1 className="brand">Tandem</h1>
        {ended ? (
          <p className="notice" role="status">
            Your session ended. Sign in again to carry on where you were.
          </p>
        ) : (
          <p>Journeys that treat borrowers as partners. Sign in with your API key.</p>
        )}
        <label className="field-label" htmlFor="api-key">
          API key
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
          <code>npm start</code> prints an admin key the first time it runs; an admin makes keys for
          each person in Settings → API keys. The key is exchanged for a session and not kept in
          this browser.
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
          {busy ? 'Checking…' : 'Sign in'}
        </button>
      </form>
    </main>
  );
}
