// What the HTTP API asks of durable execution, as an interface: the API's routes depend on this,
// the Temporal implementation lives in temporal-client.ts. Without a driver (route unit tests)
// enrollments stay pending and events are only stored.
import type { EventVerdict, JourneyEvent } from '@tandem/dsl';
import type { JourneyWorkflowView } from './workflows/definitions';

export interface StartReport {
  started: number;
  failed: Array<{ enrollmentId: string; message: string }>;
}

export interface JourneyDriver {
  /** Starts the workflows of new enrollments; starting one twice is harmless. */
  start(enrollmentIds: readonly string[]): Promise<StartReport>;
  /** Signals events to every live enrollment of a borrower (of one account, when given). */
  notifyBorrower(
    borrowerId: string,
    accountId: string | null,
    events: JourneyEvent[],
  ): Promise<void>;
  /** Signals one event to one enrollment. */
  notifyEnrollment(enrollmentId: string, event: JourneyEvent): Promise<void>;
  /** Asks the enrollment to accept an event (a promise date): the node's verdict. */
  respond(enrollmentId: string, event: JourneyEvent): Promise<EventVerdict>;
  /** Ends the enrollment's journey now. */
  cancel(enrollmentId: string, reason: string): Promise<void>;
  /** The engine's view of the enrollment, or null when its workflow is not running. */
  state(enrollmentId: string): Promise<JourneyWorkflowView | null>;
}
