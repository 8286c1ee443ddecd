import { apiCallError } from './api-call-error';

/** What an openapi-fetch call resolves to: the success body, or the error body. */
export type Outcome =
  | { data: unknown; error?: never; response: Response }
  | { data?: never; error: unknown; response: Response };

/** The success body's type of an outcome (the error branch left out). */
export type DataOf<O> = O extends { data: infer D; error?: never } ? D : never;

/**
 * The success body of a call, or an `ApiCallError` thrown for a refusal, so callers read values
 * and `catch` failures as with any async function.
 * @example const { journeys } = await answer(api.GET('/v1/journeys'));
 */
export async function answer<O extends Outcome>(pending: Promise<O>): Promise<DataOf<O>> {
  const outcome = await pending;
  if (!outcome.response.ok) throw apiCallError(outcome.response.status, outcome.error);
  return outcome.data as DataOf<O>;
}
