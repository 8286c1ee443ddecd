import { useState, type FormEvent } from 'react';
import { journeysApi, ApiCallError } from '../api/api-client';
import { useSession } from '../api/session';

/** Asks for an API key (a designer's) and checks it against the API before keeping it. */
export function SignIn() {
  const signIn = useSession((s) => s.signIn);
  const [key, setKey] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await journeysApi({ key: key.trim() }).list();
      signIn(key.trim());
    } catch (problem) {
      setError(
        problem instanceof ApiCallError && problem.status === 401
          ? 'That key is not known to the API.'
          : problem instanceof Error
            ? problem.message
            : 'Could not reach the API.',
      );
    } finally {
      setBusy(false);
    }
  };
  return (
    <main className="sign-in">
      <form className="card sign-in-card" onSubmit={(event) => void submit(event)}>
        <h1 className="brand">Tandem</h1>
        <p>Journeys that treat borrowers as partners. Sign in with your API key to design them.</p>
        <label className="field-label" htmlFor="api-key">
          API key
        </label>
        <input
          id="api-key"
          className="input"
          type="password"
          autoComplete="off"
          value={key}
          onChange={(event) => setKey(event.target.value)}
          aria-describedby="api-key-help"
          required
        />
        <p id="api-key-help" className="field-help">
          `npm start` prints an admin key on the first start; a designer key is enough for the
          editor.
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
