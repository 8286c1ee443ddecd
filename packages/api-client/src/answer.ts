import { apiCallError } from './api-call-error';

/** What an openapi-fetch call resolves to: the success body, or the error body. */
export type Outcome<Data> =
  | { data: Data; error?: never; response: Response }
  | { data?: never; error: unknown; response: Response };

/**
 * The success body of a call, or an `ApiCallError` thrown for a refusal, so callers read values
 * and `catch` failures as with any async function.
 * @example const { journeys } = await answer(api.GET('/v1/journeys'));
 */
export async function answer<Data>(pending: Promise<Outcome<Data>>): Promise<Data> {
  const outcome = await pending;
  if (!outcome.response.ok) throw apiCallError(outcome.response.status, outcome.error);
  return outcome.data as Data;
}
