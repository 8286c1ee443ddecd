import type { z } from 'zod';
import {
  diffSchema,
  journeyListSchema,
  journeySchema,
  problemSchema,
  publishedSchema,
  versionSchema,
} from './api-schemas';
import { ApiCallError, type Http } from './http';

export { ApiCallError, UnexpectedResponseError } from './http';

export type JourneysApi = ReturnType<typeof journeysApi>;

/**
 * The journeys API (drafts, validate, publish, versions, diff), over the session's `Http`.
 * @example const api = journeysApi(http); const { journeys } = await api.list();
 */
export function journeysApi(http: Http) {
  const call = http.call;
  const id = encodeURIComponent;
  return {
    /** Archived journeys are left out unless asked for. */
    list: (archived: 'exclude' | 'include' | 'only' = 'exclude') =>
      call(
        'GET',
        archived === 'exclude' ? '/journeys' : `/journeys?archived=${archived}`,
        journeyListSchema,
      ),
    get: (journeyId: string) => call('GET', `/journeys/${id(journeyId)}`, journeySchema),
    create: (document: Record<string, unknown>) =>
      call('POST', '/journeys', journeySchema, { document }),
    createBlank: (journeyId: string, name: string) =>
      call('POST', '/journeys', journeySchema, { id: journeyId, name }),
    /**
     * Saves the draft made from the version `etag` names; a 412 (`DRAFT_CHANGED`) means someone
     * saved since, and nothing was written.
     */
    saveDraft: (journeyId: string, document: Record<string, unknown>, etag: string) =>
      call(
        'PUT',
        `/journeys/${id(journeyId)}/draft`,
        journeySchema,
        { document },
        { headers: { 'if-match': etag } },
      ),
    archive: (journeyId: string) =>
      call('POST', `/journeys/${id(journeyId)}/archive`, journeySchema),
    unarchive: (journeyId: string) =>
      call('POST', `/journeys/${id(journeyId)}/unarchive`, journeySchema),
    publish: (journeyId: string, note?: string) =>
      call('POST', `/journeys/${id(journeyId)}/publish`, publishedSchema, note ? { note } : {}),
    version: (journeyId: string, version: number) =>
      call('GET', `/journeys/${id(journeyId)}/versions/${version}`, versionSchema),
    /** Puts a version back as the draft on the server, which records who did it (audit). */
    restore: (journeyId: string, version: number) =>
      call('POST', `/journeys/${id(journeyId)}/versions/${version}/restore`, journeySchema),
    diff: (journeyId: string, from: number | 'draft', to: number | 'draft') =>
      call('GET', `/journeys/${id(journeyId)}/diff?from=${from}&to=${to}`, diffSchema),
  };
}

/** True when a draft save was refused because the draft changed since it was loaded. */
export const isDraftConflict = (error: unknown): boolean =>
  error instanceof ApiCallError && error.status === 412;

/** The problems an `INVALID_JOURNEY` error carries, if it is one. */
export function problemsOf(error: unknown): z.infer<typeof problemSchema>[] {
  if (!(error instanceof ApiCallError) || error.code !== 'INVALID_JOURNEY') return [];
  const parsed = problemSchema.array().safeParse(error.details);
  return parsed.success ? parsed.data : [];
}
