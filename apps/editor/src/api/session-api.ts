import type { AppLocale } from '../i18n/locales';
import { answer, type Http } from './http';

/**
 * Signing in to the web app: the key is posted once and exchanged for an HttpOnly session cookie
 * (the app never keeps the key); the answer names the caller and carries the CSRF token.
 */
export function sessionApi(http: Http) {
  const api = http.session;
  return {
    /** The session the cookie holds; 401 (an ApiCallError) when there is none. */
    current: () => answer(api.GET('/v1/session')),
    signIn: (key: string) => answer(api.POST('/v1/session', { body: { key } })),
    /** Keeps the person's language on their key (null: follow the browser). */
    setLocale: (locale: AppLocale | null) => answer(api.PATCH('/v1/session', { body: { locale } })),
    /** Closes the session: the current one, or the one `csrfToken` belongs to. */
    signOut: (csrfToken?: string) =>
      answer(
        api.DELETE('/v1/session', csrfToken ? { headers: { 'x-csrf-token': csrfToken } } : {}),
      ),
  };
}
