// The search attributes every journey workflow keeps, so that operators can find enrollments with
// `temporal workflow list --query "JourneyId = 'first-time-borrower' AND CurrentNode = 'promise'"`.
// No personal data: ids of journeys and nodes, a version number, a status.
import { defineSearchAttributeKey, type SearchAttributePair } from '@temporalio/common';
import { upsertSearchAttributes } from '@temporalio/workflow';

export const journeyIdKey = defineSearchAttributeKey('JourneyId', 'KEYWORD');
export const journeyVersionKey = defineSearchAttributeKey('JourneyVersion', 'INT');
export const currentNodeKey = defineSearchAttributeKey('CurrentNode', 'KEYWORD');
export const enrollmentStatusKey = defineSearchAttributeKey('EnrollmentStatus', 'KEYWORD');

export const journeySearchAttributeKeys = [
  journeyIdKey,
  journeyVersionKey,
  currentNodeKey,
  enrollmentStatusKey,
];

/** `--search-attribute` values for `temporal server start-dev` (and `operator search-attribute create`). */
export const searchAttributeDeclarations = [
  'JourneyId=Keyword',
  'JourneyVersion=Int',
  'CurrentNode=Keyword',
  'EnrollmentStatus=Keyword',
];

export interface EnrollmentAttributes {
  journeyId: string;
  version: number;
  node: string | null;
  status: 'running' | 'completed';
}

/** The attributes as a list of typed pairs (for the client's start call). */
export function enrollmentAttributePairs(attributes: EnrollmentAttributes): SearchAttributePair[] {
  return [
    { key: journeyIdKey, value: attributes.journeyId },
    { key: journeyVersionKey, value: attributes.version },
    { key: currentNodeKey, value: attributes.node ?? '' },
    { key: enrollmentStatusKey, value: attributes.status },
  ];
}

/** Upserts them from inside the workflow. */
export function enrollmentSearchAttributes(attributes: EnrollmentAttributes): void {
  upsertSearchAttributes(enrollmentAttributePairs(attributes));
}
