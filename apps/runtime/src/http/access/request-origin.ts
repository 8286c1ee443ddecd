// Where a request came from, for the Secure cookie flag, HSTS and the CSRF Origin check. Behind a
// TLS-terminating proxy the server sees plain HTTP: TANDEM_PUBLIC_URL (or X-Forwarded-Proto, when
// the proxy is trusted) says what the browser used.
import type { Context } from 'hono';

export interface OriginSettings {
  /** TANDEM_PUBLIC_URL: how browsers reach the server. */
  publicUrl?: string;
  /** TANDEM_TRUST_PROXY: believe X-Forwarded-Proto. */
  trustProxy?: boolean;
}

/** Whether the browser reached us over https. */
export function isHttps(c: Context, settings: OriginSettings): boolean {
  if (new URL(c.req.url).protocol === 'https:') return true;
  if (settings.publicUrl && new URL(settings.publicUrl).protocol === 'https:') return true;
  return settings.trustProxy === true && c.req.header('x-forwarded-proto') === 'https';
}

/** The origins that are this server: the public URL's, and the one the request was sent to. */
export function ownOrigins(c: Context, settings: OriginSettings): string[] {
  const origins = [new URL(c.req.url).origin];
  if (settings.publicUrl) origins.push(new URL(settings.publicUrl).origin);
  return origins;
}
