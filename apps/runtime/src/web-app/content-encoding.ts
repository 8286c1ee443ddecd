import { parseAccept } from 'hono/utils/accept';
import type { ContentEncoding } from './asset-manifest';

/** Smallest first: what the server prefers when the client accepts several equally. */
const preference: ContentEncoding[] = ['br', 'gzip'];

/**
 * The encoding to send, from `Accept-Encoding` and the variants a file has. The client's
 * refusals (`q=0`) are honoured; among what it accepts, the server's order (brotli, then gzip)
 * decides, because browsers list gzip first without preferring it.
 * @example chooseEncoding('gzip, deflate, br', ['br', 'gzip']) // 'br'
 */
export function chooseEncoding(
  acceptEncoding: string | undefined,
  available: readonly ContentEncoding[],
): ContentEncoding | 'identity' {
  if (!acceptEncoding) return 'identity';
  const accepted = new Map<string, number>();
  for (const { type, q } of parseAccept(acceptEncoding)) accepted.set(type.toLowerCase(), q);
  const wildcard = accepted.get('*') ?? 0;
  for (const encoding of preference) {
    if (!available.includes(encoding)) continue;
    const q = accepted.get(encoding) ?? (encoding === 'gzip' ? accepted.get('x-gzip') : undefined);
    if ((q ?? wildcard) > 0) return encoding;
  }
  return 'identity';
}
