// The journey workflow's contract with the outside world: its input, signals, update and query.
// Imported by the workflow and by the client side (API, tests) alike; definitions only, no logic.
import type { EnrollmentState, EventVerdict, JourneyEvent, JsonValue } from '@tandem/dsl/engine';
import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';

export const journeyWorkflowType = 'journeyWorkflow';

/** What a journey workflow carries into its next run when it continues as new. */
export interface CarriedRun {
  journeyVersionId: string;
  journeyId: string;
  version: number;
  /** The published journey document (immutable: the version is pinned). */
  document: unknown;
  /**
   * Its nodes' parsed configs. Absent in runs carried before configs were stored parsed: the
   * worker's data converter fills them in as it decodes such an input (legacy-payloads.ts).
   */
  configs?: Record<string, JsonValue>;
  /** Why the data converter could not parse an old carried document's configs. */
  configProblems?: string[];
  state: EnrollmentState;
  /** How many step rows the projection has (the next recordStep ordinal). */
  recordedSteps: number;
  /** Recent event ids, so a redelivered signal is ignored in the new run too. */
  seenEventIds: string[];
  /** How many runs this enrollment has had before (1 after the first continue-as-new). */
  runs: number;
}

export interface JourneyWorkflowInput {
  enrollmentId: string;
  /** Present when the workflow continued as new. */
  carried?: CarriedRun;
}

export interface JourneyWorkflowResult {
  outcome: string;
  /** How many times this enrollment continued as new. */
  runs: number;
}

/** A borrower, payment or agent event for this enrollment (de-duplicated by `event.id`). */
export const eventSignal = defineSignal<[JourneyEvent]>('event');

/** Ends the enrollment now (the API's cancel); the engine records `cancelled:<reason>`. */
export const cancelSignal = defineSignal<[{ reason: string }]>('cancel');

/**
 * An event that needs an answer (the portal's "I promise to pay on date X"): rejected by the
 * validator with the node's reason, or accepted once the engine has applied it.
 */
export const respondUpdate = defineUpdate<EventVerdict & { nodeId: string | null }, [JourneyEvent]>(
  'respond',
);

export interface JourneyWorkflowView {
  enrollmentId: string;
  journeyId: string | null;
  version: number | null;
  status: EnrollmentState['status'] | 'loading';
  outcome: string | null;
  currentNode: string | null;
  waitingUntil: string | null;
  holds: EnrollmentState['holds'];
  optedOut: EnrollmentState['optedOut'];
  pendingSends: number;
  seq: number;
  runs: number;
}

/** The enrollment as the engine sees it right now. */
export const stateQuery = defineQuery<JourneyWorkflowView>('state');
