// One gate for every /v1 request's text, in front of the routes: the path, the query parameters
// and a JSON body are checked against text-rules.ts and json-depth.ts, so each route's zod schema
// only ever sees well-formed, shallow, storable input. Failures are 400s naming the field.
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../auth';
import { ApiError } from '../errors';
import { jsonDepthExceeds, maxJsonDepth } from './json-depth';
import { findUnsafeText, unsafeTextReason, type UnsafeText } from './text-rules';

const refuse = (problem: UnsafeText): never => {
  throw new ApiError(400, 'VALIDATION', `${problem.path}: ${problem.message}`, [problem]);
};

const isJson = (contentType: string | undefined): boolean =>
  /^application\/([\w.+-]*\+)?json\b/i.test(contentType?.trim() ?? '');

function checkPath(rawPath: string): void {
  for (const segment of rawPath.split('/')) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      refuse({ path: 'path', message: 'is not valid percent-encoded UTF-8' });
      return;
    }
    const reason = unsafeTextReason(decoded);
    if (reason) refuse({ path: 'path', message: reason });
  }
}

function checkQuery(queries: Record<string, string[]>): void {
  for (const [key, values] of Object.entries(queries)) {
    const keyReason = unsafeTextReason(key);
    if (keyReason) refuse({ path: 'query', message: `a parameter name ${keyReason}` });
    for (const value of values) {
      const reason = unsafeTextReason(value);
      // Named as zod names query parameters: by the bare name (`search`, `cursor`).
      if (reason) refuse({ path: key, message: reason });
    }
  }
}

function checkJsonBody(text: string): void {
  if (jsonDepthExceeds(text, maxJsonDepth)) {
    refuse({ path: 'body', message: `nests deeper than ${maxJsonDepth} levels` });
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return; // the route's validator answers MALFORMED_JSON
  }
  const problem = findUnsafeText(parsed);
  if (problem) refuse(problem);
}

/**
 * Refuses NUL, lone surrogates and control characters anywhere in a request's text, and JSON
 * nested deeper than 32 levels. Runs after authentication, so strangers cost no parsing.
 * @example app.use('/v1/*', inputGate())
 */
export function inputGate(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    checkPath(new URL(c.req.url).pathname);
    checkQuery(c.req.queries());
    if (isJson(c.req.header('content-type'))) {
      const text = await c.req.text(); // cached: the route's validator parses the same text
      if (text !== '') checkJsonBody(text);
    }
    await next();
  };
}
