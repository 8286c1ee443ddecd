import type { z } from 'zod';
import {
  diffSchema,
  errorSchema,
  journeyListSchema,
  journeySchema,
  problemSchema,
  publishedSchema,
  versionSchema,
} from './api-schemas';

/** A failed API call: the API's own error code and message, and its details (problems). */
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

/** The API sent something that is not what docs/api.md promises. */
export class UnexpectedResponseError extends Error {
  constructor(path: string, cause: unknown) {
    super(`the API's answer to ${path} was not what the editor expected`, { cause });
    this.name = 'UnexpectedResponseError';
  }
}

export type JourneysApi = ReturnType<typeof journeysApi>;

/**
 * The journeys API (drafts, validate, publish, versions, diff) with a Bearer API key. Every
 * response is parsed with zod, so the rest of the editor works with checked values.
 * @example const api = journeysApi({ key }); const { journeys } = await api.list();
 */
export function journeysApi(options: { key: string; base?: string; fetch?: typeof fetch }) {
  const base = options.base ?? '';
  const doFetch = options.fetch ?? ((...args: Parameters<typeof fetch>) => fetch(...args));

  async function call<T>(
    method: string,
    path: string,
    schema: z.ZodType<T>,
    body?: unknown,
  ): Promise<T> {
    const response = await doFetch(`${base}/v1${path}`, {
      method,
      headers: {
        authorization: `Bearer ${options.key}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    let json: unknown = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch (error) {
      throw new UnexpectedResponseError(path, error);
    }
    if (!response.ok) {
      const parsed = errorSchema.safeParse(json);
      if (!parsed.success)
        throw new ApiCallError(response.status, 'HTTP', `HTTP ${response.status}`);
      const { code, message, details } = parsed.data.error;
      throw new ApiCallError(response.status, code, message, details);
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) throw new UnexpectedResponseError(path, parsed.error);
    return parsed.data;
  }

  const id = encodeURIComponent;
  return {
    list: () => call('GET', '/journeys', journeyListSchema),
    get: (journeyId: string) => call('GET', `/journeys/${id(journeyId)}`, journeySchema),
    create: (document: Record<string, unknown>) =>
      call('POST', '/journeys', journeySchema, { document }),
    createBlank: (journeyId: string, name: string) =>
      call('POST', '/journeys', journeySchema, { id: journeyId, name }),
    saveDraft: (journeyId: string, document: Record<string, unknown>) =>
      call('PUT', `/journeys/${id(journeyId)}/draft`, journeySchema, { document }),
    publish: (journeyId: string, note?: string) =>
      call('POST', `/journeys/${id(journeyId)}/publish`, publishedSchema, note ? { note } : {}),
    version: (journeyId: string, version: number) =>
      call('GET', `/journeys/${id(journeyId)}/versions/${version}`, versionSchema),
    diff: (journeyId: string, from: number | 'draft', to: number | 'draft') =>
      call('GET', `/journeys/${id(journeyId)}/diff?from=${from}&to=${to}`, diffSchema),
  };
}

/** The problems an `INVALID_JOURNEY` error carries, if it is one. */
export function problemsOf(error: unknown): z.infer<typeof problemSchema>[] {
  if (!(error instanceof ApiCallError) || error.code !== 'INVALID_JOURNEY') return [];
  const parsed = problemSchema.array().safeParse(error.details);
  return parsed.success ? parsed.data : [];
}
