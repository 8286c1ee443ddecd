// Request body limits that leave the body alone when its size is known. hono's bodyLimit first
// reads `c.req.raw.body`, and on @hono/node-server that getter turns the light request into a
// full undici Request with a web ReadableStream over the socket; every later read of the body
// then goes through that stream instead of node-server's direct read. Under POST /v1/events load
// that was the largest part of the server's own CPU per request (docs/benchmarks.md, 2026-12-07
// 04:xx). With a Content-Length (and no Transfer-Encoding) the header says the size, and Node's
// HTTP parser holds the body to it, so the header is checked and the body left untouched; a
// chunked body has no size up front and goes through hono's bodyLimit, which counts as it reads.
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';

export interface BodyLimitOptions {
  maxSize: number;
  /** Answers (or throws) for a body over `maxSize`. */
  onError: (c: Context) => Response | Promise<Response>;
}

/**
 * Refuses bodies over `maxSize` bytes: by the Content-Length header when there is one, else by
 * counting (hono's bodyLimit).
 * @example app.use('/v1/*', bodyLimitByLength({ maxSize: 5 * 1024 * 1024, onError }))
 */
export function bodyLimitByLength(options: BodyLimitOptions): MiddlewareHandler {
  const counting = bodyLimit(options);
  return async (c, next) => {
    const method = c.req.method;
    if (method === 'GET' || method === 'HEAD') return next();
    const length = c.req.header('content-length');
    if (length === undefined || c.req.header('transfer-encoding') !== undefined)
      return counting(c, next);
    if (Number.parseInt(length, 10) > options.maxSize) return options.onError(c);
    return next();
  };
}
