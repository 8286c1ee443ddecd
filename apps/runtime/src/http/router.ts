import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from './auth';
import { errorBody, zodDetails } from './errors';

/**
 * A router whose request validation failures come back in the API's error shape, naming each
 * field: `{ error: { code: "VALIDATION", message, details: [{ path, message }] } }`.
 */
export function newRouter(): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (result.success) return undefined;
      const details = zodDetails(result.error, result.target === 'json' ? 'body' : result.target);
      const first = details[0];
      const message = first
        ? `${first.path || 'body'}: ${first.message}`
        : 'the request is invalid';
      return c.json(errorBody('VALIDATION', message, details), 400);
    },
  });
}
