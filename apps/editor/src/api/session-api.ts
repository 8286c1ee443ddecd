import { z } from 'zod';
import { sessionSchema } from './access-schemas';
import type { AppLocale } from '../i18n/locales';
import type { Http } from './http';

const nothing = z.null();

/**
 * Signing in to the web app: the key is posted once and exchanged for an HttpOnly session cookie
 * (the app never keeps the key); the answer names the caller and carries the CSRF token.
 */
export function sessionApi(http: Http) {
  return {
    /** The session the cookie holds; 401 (an ApiCallError) when there is none. */
    current: () =>
      http.call('GET', '/session', sessionSchema, undefined, { unauthorizedIsAnswer: true }),
    signIn: (key: string) =>
      http.call('POST', '/session', sessionSchema, { key }, { unauthorizedIsAnswer: true }),
    /** Keeps the person's language on their key (null: follow the browser). */
    setLocale: (locale: AppLocale | null) =>
      http.call('PATCH', '/session', sessionSchema, { locale }),
    /** Closes the session: the current one, or the one `csrfToken` belongs to. */
    signOut: (csrfToken?: string) =>
      http.call('DELETE', '/session', nothing, undefined, {
        unauthorizedIsAnswer: true,
        ...(csrfToken ? { csrfToken } : {}),
      }),
  };
}
