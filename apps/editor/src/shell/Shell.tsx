import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useApi } from '../api/client';
import { ApiCallError } from '../api/http';
import { forgetStoredKeys, useSession } from '../api/session';
import { useI18n } from '../i18n/use-i18n';
import { canSignIn } from './roles';
import { ShellLayout } from './ShellLayout';
import { SignIn } from './SignIn';

/**
 * Signed in or not: on load `GET /v1/session` decides (the cookie is HttpOnly, so only the API
 * can tell). When a session ends under a screen (any 401), sign-in shows on the same route and
 * the screen stays mounted but hidden, so unsaved work is still there after signing in again.
 */
export function Shell() {
  const api = useApi();
  const queryClient = useQueryClient();
  const state = useSession((s) => s.state);
  const { t } = useI18n();

  useEffect(() => {
    forgetStoredKeys();
    const { signedIn, signedOut } = useSession.getState();
    api.session
      .current()
      .then((session) => (canSignIn(session.caller.role) ? signedIn(session) : signedOut()))
      .catch((error: unknown) => {
        if (!(error instanceof ApiCallError && error.status === 401)) {
          console.warn('could not check the session', error);
        }
        signedOut();
      });
  }, [api]);

  // Whatever was fetched before the session ended is fetched again under the new one.
  const signedInAs = state.status === 'signed-in' ? state.caller.keyId : null;
  useEffect(() => {
    if (signedInAs) void queryClient.invalidateQueries();
  }, [signedInAs, queryClient]);

  if (state.status === 'checking') {
    return (
      <p className="screen-message" role="status">
        {t('common.loading')}
      </p>
    );
  }
  const signedIn = state.status === 'signed-in';
  const caller = signedIn ? state.caller : state.reason === 'ended' ? state.lastCaller : null;
  // One tree in both states, so the screen under a sign-in is the same instance afterwards.
  return (
    <>
      {!signedIn && <SignIn ended={state.reason === 'ended'} />}
      {caller && (
        <div className="shell-frame" hidden={!signedIn} inert={!signedIn}>
          <ShellLayout key={caller.keyId} caller={caller} />
        </div>
      )}
    </>
  );
}
