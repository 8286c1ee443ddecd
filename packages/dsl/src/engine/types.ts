import type { MessageIntent, EffectResult } from '../catalogue/node-definition';
import type { HoldKind, JourneyEvent } from '../events/events';
import type { EnrollmentFacts, FactsView, JourneyCounters, LinkKind } from '../facts/facts';
import type { Channel, JsonValue, LocalizedText } from '../journey/primitives';
import type { SuppressCode } from '../policy/types';

/** Why a send did not go out now. */
export type DeferralReason = 'window' | 'holiday' | 'cap' | 'hold';

/** A message the driver must deliver (after its own policy check against the contact ledger). */
export interface SendCommand {
  kind: 'send';
  /** Command id, unique within the enrollment: "c12". */
  id: string;
  seq: number;
  /** `${enrollmentId}:${seq}`: the same step never sends twice, replayed or retried. */
  idempotencyKey: string;
  nodeId: string;
  nodeType: string;
  effectKey: string;
  intent: MessageIntent;
  /** "borrower" when the message answers the borrower's own action (caps do not count it). */
  initiatedBy: 'collector' | 'borrower';
  channel: Channel;
  fallbackChannel?: Channel;
  /** The locale the borrower reads (resolved from borrower.locale and the journey's locales). */
  locale: string;
  /** The Liquid template in that locale; the driver renders it with `facts` plus signed links. */
  template: string;
  subject?: string;
  link?: LinkKind;
  /** Facts as the engine saw them when the node asked to send (without links). */
  facts: FactsView;
  /** How many times this message has been deferred already. */
  attempt: number;
  /** A message that would arrive later than this is pointless (a reminder after its date): dropped. */
  notAfter?: string;
}

export interface CreateTaskCommand {
  kind: 'createTask';
  id: string;
  seq: number;
  idempotencyKey: string;
  nodeId: string;
  effectKey: string;
  queue: string;
  priority: 'low' | 'normal' | 'high' | 'urgent';
  reason: string;
  /** When the task is due (now + SLA), UTC ISO. */
  dueAt: string;
  outcomes: string[];
}

export interface RunActivityCommand {
  kind: 'runActivity';
  id: string;
  seq: number;
  idempotencyKey: string;
  nodeId: string;
  effectKey: string;
  activity: string;
  input: JsonValue;
}

/** The engine's one timer moved: the driver should wake it at `at` (or never, when null). */
export interface TimerCommand {
  kind: 'timer';
  at: string | null;
}

export interface CompleteCommand {
  kind: 'complete';
  outcome: string;
}

export type EngineCommand =
  SendCommand | CreateTaskCommand | RunActivityCommand | TimerCommand | CompleteCommand;

/** The result a driver reports for a send command. */
export type SendReport =
  | { status: 'sent'; channel: Channel }
  | { status: 'deferred'; until: string; reason: DeferralReason; detail?: string }
  | { status: 'suppressed'; reason: string; code?: SuppressCode }
  | { status: 'failed'; reason: string };

/** What drives a step. Every input carries its instant; the engine reads no clock. */
export type EngineInput =
  | { kind: 'wake'; at: string }
  | { kind: 'event'; at: string; event: JourneyEvent }
  | { kind: 'sendReport'; at: string; commandId: string; report: SendReport }
  | { kind: 'taskCreated'; at: string; commandId: string; taskId: string }
  | {
      kind: 'activityResult';
      at: string;
      commandId: string;
      result: { ok: true; output: JsonValue } | { ok: false; error: string };
    }
  | { kind: 'cancel'; at: string; reason: string };

/** One line of what happened, for the runtime's step projection and the simulator's timeline. */
export type TraceEntry =
  | { kind: 'enter'; at: string; nodeId: string; nodeType: string }
  | { kind: 'exit'; at: string; nodeId: string; port: string; to: string | null }
  | { kind: 'waiting'; at: string; nodeId: string; until: string | null }
  | {
      kind: 'event';
      at: string;
      event: JourneyEvent;
      /** The node the enrollment was in when the event arrived. */
      nodeId: string | null;
      handledBy: 'exit' | 'node' | 'journey' | 'ignored' | 'duplicate';
    }
  | { kind: 'held'; at: string; nodeId: string; commandId: string; holds: HoldKind[] }
  | {
      kind: 'deferred';
      at: string;
      nodeId: string;
      commandId: string;
      until: string;
      reason: DeferralReason;
      detail?: string;
    }
  | {
      kind: 'suppressed';
      at: string;
      nodeId: string;
      channel: Channel;
      reason: string;
      /** Set when the reason is one of the policy's (see SuppressCode); else `reason` says it. */
      code?: SuppressCode;
    }
  | { kind: 'expired'; at: string; nodeId: string; commandId: string; notAfter: string }
  | { kind: 'hold'; at: string; hold: HoldKind; change: 'started' | 'ended' }
  | { kind: 'end'; at: string; outcome: string; nodeId: string | null };

export interface ActiveHold {
  kind: HoldKind;
  since: string;
  until: string | null;
}

/** A send command as the engine keeps it between attempts (facts are re-read when it goes out). */
export type StoredSend = Omit<SendCommand, 'facts'> & {
  /** The node visit that waits for this send's result; absent when nobody waits (sent on exit). */
  nodeEntry?: number;
};

/** A send waiting for its time: a deferral (window, cap) or a hold. */
export interface PendingSend {
  command: StoredSend;
  /** null while waiting for holds to end. */
  at: string | null;
  reason: DeferralReason;
}

/** The node the enrollment is in. */
export interface CurrentNode {
  id: string;
  /** Which node visit this is (the enrollment's n-th node entry): results of older visits are stale. */
  entry: number;
  enteredAt: string;
  /** Node-specific JSON state (the handler's `S`). */
  state: JsonValue;
  wakeAt: string | null;
  /** Command ids of this visit's effects whose results the node still expects → effect key. */
  awaiting: Record<string, string>;
}

/**
 * Everything the engine knows about one enrollment. Plain JSON: the Temporal workflow carries
 * it across continue-as-new, the simulator keeps one per borrower.
 */
export interface EnrollmentState {
  v: 1;
  enrollmentId: string;
  journeyId: string;
  status: 'active' | 'completed';
  outcome: string | null;
  /** Step sequence: every command gets the next number. */
  seq: number;
  startedAt: string;
  /** The latest input's instant. */
  now: string;
  facts: EnrollmentFacts;
  counters: JourneyCounters;
  lastEvent: string | null;
  node: CurrentNode | null;
  /** Node entries so far; the next entry gets this number plus one. */
  entries: number;
  visits: Record<string, number>;
  holds: ActiveHold[];
  optedOut: Channel[];
  pendingSends: PendingSend[];
  /** Sends handed to the driver whose report has not come back yet. */
  inFlight: Record<string, StoredSend>;
  /** Recent event ids, for de-duplication (bounded; the runtime also de-duplicates in the DB). */
  seenEventIds: string[];
  /** Task command id → the hold it releases when resolved (tasks the engine opened itself). */
  journeyTasks: Record<string, HoldKind>;
}

export interface StepResult {
  state: EnrollmentState;
  commands: EngineCommand[];
  trace: TraceEntry[];
}

export type { LocalizedText };
export type { EffectResult };
