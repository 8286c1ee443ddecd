import { create } from 'zustand';
import { useLocale } from '../i18n/locale-store';
import type { Caller, Session } from './access-types';

/** Where the web app stands with the API: still asking, signed out (and why), or signed in. */
export type SessionState =
  | { status: 'checking' }
  | { status: 'signed-out'; reason: 'ended' | null; lastCaller: Caller | null }
  | { status: 'signed-in'; caller: Caller; csrfToken: string; expiresAt: string };

interface SessionStore {
  state: SessionState;
  signedIn: (session: Session) => void;
  /** The API refused the session (401): back to signing in, saying so. */
  ended: () => void;
  signedOut: () => void;
}

/**
 * The signed-in person, kept in memory only: the key itself is never stored (the API holds the
 * session behind an HttpOnly cookie), and the CSRF token is asked for again after a reload.
 */
export const useSession = create<SessionStore>()((set, get) => ({
  state: { status: 'checking' },
  signedIn: (session) => {
    // The person's own language follows them from browser to browser.
    if (session.locale) useLocale.getState().choose(session.locale);
    set({
      state: {
        status: 'signed-in',
        caller: session.caller,
        csrfToken: session.csrfToken,
        expiresAt: session.expiresAt,
      },
    });
  },
  ended: () => {
    const { state } = get();
    if (state.status !== 'signed-in') return;
    set({ state: { status: 'signed-out', reason: 'ended', lastCaller: state.caller } });
  },
  signedOut: () => set({ state: { status: 'signed-out', reason: null, lastCaller: null } }),
}));

/** The CSRF token of the current session, for unsafe calls. */
export function currentCsrfToken(): string | null {
  const { state } = useSession.getState();
  return state.status === 'signed-in' ? state.csrfToken : null;
}

/** Earlier versions kept the API key in local storage; remove what they left behind. */
export function forgetStoredKeys(): void {
  try {
    localStorage.removeItem('tandem.apiKey');
  } catch {
    // Storage may be unavailable (privacy modes): nothing was kept there then either.
  }
}
