import type { Schemas } from '@tandem/api-client';
import { answer, type Http } from './http';

// What the borrower's page endpoints answer (docs/agents.md), as the OpenAPI document types it.

export type BorrowerPage = Schemas['BorrowerPage'];
export type ContactAnswer = Schemas['ContactAnswer'];
export type ChannelEntry = BorrowerPage['borrower']['channels'][number];
export type Hold = Schemas['Hold'];
/** A promise or plan the journey waits for, with the step's limits (the agent may record it). */
export type AnswerOffer = NonNullable<Schemas['AnswerOffer']>;
export type OpenTask = BorrowerPage['openTasks'][number];
export type TimelineEntry = Schemas['BorrowerTimeline']['entries'][number];
export type BorrowerMatch = Schemas['BorrowerLookup']['borrowers'][number];

export type CallInput = Schemas['CallLog'];
export const callResults = ['attempted', 'conversation'] as const satisfies CallInput['result'][];
export const callOutcomes = [
  'noAnswer',
  'voicemail',
  'wrongNumber',
  'callback',
  'promiseToPay',
  'planAgreed',
  'hardship',
  'dispute',
  'refused',
  'other',
] as const satisfies CallInput['outcome'][];

export type HoldKind = Schemas['HoldInput']['kind'];
export const holdKinds = [
  'hardshipReview',
  'breathingSpace',
  'dispute',
  'vulnerabilityReview',
  'mentalHealthCrisis',
  'bankruptcy',
  'deceased',
  'cease',
] as const satisfies HoldKind[];

/** One borrower, for agents: find, read the page and timeline, and act (audited by the API). */
export function borrowersApi(http: Http) {
  const { api } = http;
  const at = (externalId: string) => ({ params: { path: { externalId } } });
  const atEnrollment = (externalId: string, enrollmentId: string) => ({
    params: { path: { externalId, enrollmentId } },
  });
  return {
    // A POST: names and phone numbers typed into the search stay out of URLs.
    search: (query: string) => answer(api.POST('/v1/borrowers/search', { body: { query } })),
    page: (externalId: string) =>
      answer(api.GET('/v1/borrowers/{externalId}/page', at(externalId))),
    timeline: (externalId: string, cursor?: string) =>
      answer(
        api.GET('/v1/borrowers/{externalId}/timeline', {
          params: { path: { externalId }, query: { limit: 50, ...(cursor ? { cursor } : {}) } },
        }),
      ),
    reveal: (externalId: string) =>
      answer(api.POST('/v1/borrowers/{externalId}/reveal', at(externalId))),
    addNote: (externalId: string, body: string, taskId?: string) =>
      answer(
        api.POST('/v1/borrowers/{externalId}/notes', {
          ...at(externalId),
          body: { body, ...(taskId ? { taskId } : {}) },
        }),
      ),
    logCall: (externalId: string, input: CallInput) =>
      answer(api.POST('/v1/borrowers/{externalId}/calls', { ...at(externalId), body: input })),
    startHold: (externalId: string, input: { kind: HoldKind; reason: string }) =>
      answer(api.POST('/v1/borrowers/{externalId}/holds', { ...at(externalId), body: input })),
    endHold: (externalId: string, holdId: string) =>
      answer(
        api.POST('/v1/borrowers/{externalId}/holds/{holdId}/end', {
          params: { path: { externalId, holdId } },
        }),
      ),
    recordPromise: (
      externalId: string,
      enrollmentId: string,
      input: { date: string; amount?: number },
    ) =>
      answer(
        api.POST('/v1/borrowers/{externalId}/enrollments/{enrollmentId}/promise', {
          ...atEnrollment(externalId, enrollmentId),
          body: input,
        }),
      ),
    recordPlan: (externalId: string, enrollmentId: string, option: number) =>
      answer(
        api.POST('/v1/borrowers/{externalId}/enrollments/{enrollmentId}/plan', {
          ...atEnrollment(externalId, enrollmentId),
          body: { option },
        }),
      ),
    resolveTask: (taskId: string, outcome: string, note: string) =>
      answer(
        api.POST('/v1/tasks/{id}/resolve', {
          params: { path: { id: taskId } },
          body: { outcome, ...(note ? { note } : {}) },
        }),
      ),
  };
}
