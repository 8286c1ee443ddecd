// What the journey workflow asks of the outside world. The workflow imports these as types only
// (its sandbox never loads database code); the worker registers the implementations.
import type {
  CreateTaskCommand,
  EnrollmentFacts,
  JourneyEvent,
  JsonValue,
  RunActivityCommand,
  SendCommand,
  SendReport,
} from '@tandem/dsl/engine';

/** Everything the workflow needs to start running an enrollment. */
export interface LoadedEnrollment {
  journeyVersionId: string;
  journeyId: string;
  version: number;
  /** The published journey (validated at publish). */
  document: unknown;
  /**
   * Each node's parsed config, by node id. Absent only in results recorded before configs were
   * stored parsed: the worker's data converter fills it in as it decodes them (legacy-payloads.ts).
   */
  configs?: Record<string, JsonValue>;
  /** Why the data converter could not parse an old result's configs (then `configs` is absent). */
  configProblems?: string[];
  /** Parsed (defaults filled), like `configs`. */
  facts: EnrollmentFacts;
  /** Holds and opt-outs already in force, as events the engine applies before the first node. */
  standingEvents: JourneyEvent[];
}

export interface SendMessageInput {
  enrollmentId: string;
  journeyVersionId: string;
  command: SendCommand;
}

export interface CreateTaskInput {
  enrollmentId: string;
  command: CreateTaskCommand;
}

export interface RunCustomNodeInput {
  enrollmentId: string;
  command: RunActivityCommand;
}

/** One row of the step projection (node entered, left by a port, journey ended). */
export interface StepRow {
  nodeId: string;
  kind: 'enter' | 'exit' | 'end';
  port: string | null;
  at: string;
}

export interface RecordStepInput {
  enrollmentId: string;
  journeyVersionId: string;
  /** Ordinal of `steps[0]`; rows already recorded under these ordinals are left as they are. */
  fromOrdinal: number;
  steps: StepRow[];
  status: 'running' | 'completed';
  currentNode: string | null;
  outcome: string | null;
  at: string;
}

export interface JourneyActivities {
  loadEnrollment(enrollmentId: string): Promise<LoadedEnrollment>;
  sendMessage(input: SendMessageInput): Promise<SendReport>;
  createTask(input: CreateTaskInput): Promise<{ taskId: string }>;
  runCustomNode(input: RunCustomNodeInput): Promise<JsonValue>;
  recordStep(input: RecordStepInput): Promise<void>;
}

/** Names of failures that retrying cannot fix (bad configuration, missing records). */
export const nonRetryableErrorTypes = ['InvalidConfiguration', 'NotFound'] as const;
