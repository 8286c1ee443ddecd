import { ApiCallError, answer, type Http } from './http';
import type { JourneyDocument, Problem } from './journey-types';

export { ApiCallError } from './http';

export type JourneysApi = ReturnType<typeof journeysApi>;

/**
 * The document as the API takes it (an object with an `id`); one without is refused here as the
 * API would refuse it, naming the field.
 */
function withId(document: Record<string, unknown>): JourneyDocument {
  const { id } = document;
  if (typeof id === 'string') return { ...document, id };
  const message = 'a journey needs an id';
  throw new ApiCallError(400, 'VALIDATION', `document.id: ${message}`, [
    { path: 'document.id', message },
  ]);
}

/**
 * The journeys API (drafts, validate, publish, versions, diff), over the session's `Http`.
 * @example const api = journeysApi(http); const { journeys } = await api.list();
 */
export function journeysApi(http: Http) {
  const { api } = http;
  const at = (id: string) => ({ params: { path: { id } } });
  const atVersion = (id: string, version: number) => ({ params: { path: { id, version } } });
  return {
    /** Archived journeys are left out unless asked for. */
    list: (archived: 'exclude' | 'include' | 'only' = 'exclude') =>
      answer(
        api.GET('/v1/journeys', archived === 'exclude' ? {} : { params: { query: { archived } } }),
      ),
    get: (journeyId: string) => answer(api.GET('/v1/journeys/{id}', at(journeyId))),
    create: (document: Record<string, unknown>) =>
      answer(api.POST('/v1/journeys', { body: { document: withId(document) } })),
    createBlank: (journeyId: string, name: string) =>
      answer(api.POST('/v1/journeys', { body: { id: journeyId, name } })),
    /**
     * Saves the draft made from the version `etag` names; a 412 (`DRAFT_CHANGED`) means someone
     * saved since, and nothing was written.
     */
    saveDraft: (journeyId: string, document: Record<string, unknown>, etag: string) =>
      answer(
        api.PUT('/v1/journeys/{id}/draft', {
          ...at(journeyId),
          body: { document: withId(document) },
          headers: { 'if-match': etag },
        }),
      ),
    archive: (journeyId: string) => answer(api.POST('/v1/journeys/{id}/archive', at(journeyId))),
    unarchive: (journeyId: string) =>
      answer(api.POST('/v1/journeys/{id}/unarchive', at(journeyId))),
    publish: (journeyId: string, note?: string) =>
      answer(
        api.POST('/v1/journeys/{id}/publish', { ...at(journeyId), body: note ? { note } : {} }),
      ),
    version: (journeyId: string, version: number) =>
      answer(api.GET('/v1/journeys/{id}/versions/{version}', atVersion(journeyId, version))),
    /** Puts a version back as the draft on the server, which records who did it (audit). */
    restore: (journeyId: string, version: number) =>
      answer(
        api.POST('/v1/journeys/{id}/versions/{version}/restore', atVersion(journeyId, version)),
      ),
    diff: (journeyId: string, from: number | 'draft', to: number | 'draft') =>
      answer(
        api.GET('/v1/journeys/{id}/diff', {
          params: { path: { id: journeyId }, query: { from: String(from), to: String(to) } },
        }),
      ),
  };
}

/** True when a draft save was refused because the draft changed since it was loaded. */
export const isDraftConflict = (error: unknown): boolean =>
  error instanceof ApiCallError && error.status === 412;

const isProblem = (value: unknown): value is Problem =>
  typeof value === 'object' &&
  value !== null &&
  'code' in value &&
  'message' in value &&
  'path' in value &&
  Array.isArray(value.path);

/** The problems an `INVALID_JOURNEY` error carries, if it is one. */
export function problemsOf(error: unknown): Problem[] {
  if (!(error instanceof ApiCallError) || error.code !== 'INVALID_JOURNEY') return [];
  return Array.isArray(error.details) ? error.details.filter(isProblem) : [];
}
