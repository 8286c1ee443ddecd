import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ZodError } from 'zod';

/** The one error shape of the API: `{ error: { code, message, details? } }`. */
export interface ApiErrorBody {
  error: { code: string; message: string; details?: unknown };
}

/**
 * An expected failure with an HTTP status and a stable code (documented in docs/api.md).
 * Throw it from a route; `onError` turns it into the error shape.
 */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/**
 * zod issues as `[{ path: "rows.3.amountDue", message }]`. Every detail names a field: an
 * unknown key is named itself (`"borrower.nickname": "is not a field here"`), and an issue with
 * the whole value is at `root` ("body", or "query" for parameters).
 */
export function zodDetails(
  error: ZodError,
  root = 'body',
): Array<{ path: string; message: string }> {
  return error.issues.flatMap((issue) => {
    const at = issue.path.map(String);
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        path: [...at, key].join('.'),
        message: 'is not a field here; check its spelling',
      }));
    }
    return [{ path: at.length > 0 ? at.join('.') : root, message: issue.message }];
  });
}

export function errorBody(code: string, message: string, details?: unknown): ApiErrorBody {
  return { error: { code, message, ...(details === undefined ? {} : { details }) } };
}

/** Maps anything thrown to the error shape; never leaks a stack trace. */
export function handleError(error: Error, c: Context, log: (error: Error) => void): Response {
  if (error instanceof ApiError)
    return c.json(errorBody(error.code, error.message, error.details), error.status);
  if (error instanceof HTTPException) {
    const status = error.status;
    // Hono's validator reports an unparsable JSON body as a 400 HTTPException.
    if (status === 400 && /malformed json/i.test(error.message)) {
      return c.json(errorBody('MALFORMED_JSON', 'the request body is not valid JSON'), 400);
    }
    if (status === 415) {
      const message = 'send the body in a content type this operation accepts (see /openapi.json)';
      return c.json(errorBody('UNSUPPORTED_MEDIA_TYPE', message, [{ path: 'body', message }]), 415);
    }
    const codes: Partial<Record<number, string>> = {
      401: 'UNAUTHORIZED',
      413: 'BODY_TOO_LARGE',
    };
    return c.json(
      errorBody(codes[status] ?? 'HTTP_ERROR', error.message || 'request failed'),
      status,
    );
  }
  if (error instanceof SyntaxError)
    return c.json(errorBody('MALFORMED_JSON', 'the request body is not valid JSON'), 400);
  log(error);
  return c.json(errorBody('INTERNAL', 'something went wrong on our side; it has been logged'), 500);
}
