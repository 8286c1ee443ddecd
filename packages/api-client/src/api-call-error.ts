import type { components } from '../generated/api-types';

/** The API's one error shape (docs/api.md, "Errors"). */
export type ErrorBody = components['schemas']['Error'];

/**
 * A call the API refused: the HTTP status, the API's stable error code (`VALIDATION`,
 * `DRAFT_CHANGED`, `NOT_FOUND`, …), its message, and its details (the fields or problems named).
 * A failure that is not in the API's error shape (a proxy's 502 page) has the code `HTTP`.
 */
export class ApiCallError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiCallError';
  }
}

const isErrorBody = (value: unknown): value is ErrorBody => {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false;
  const { error } = value;
  return (
    typeof error === 'object' &&
    error !== null &&
    'code' in error &&
    typeof error.code === 'string' &&
    'message' in error &&
    typeof error.message === 'string'
  );
};

/** The error a refused call's status and body stand for. */
export function apiCallError(status: number, body: unknown): ApiCallError {
  if (!isErrorBody(body)) return new ApiCallError(status, 'HTTP', `HTTP ${status}`);
  const { code, message, details } = body.error;
  return new ApiCallError(status, code, message, details);
}
