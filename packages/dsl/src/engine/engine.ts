import type { EventVerdict } from '../catalogue/node-definition';
import type { JourneyEvent } from '../events/events';
import { emptyCounters } from '../facts/empty-counters';
import type { EnrollmentFacts } from '../facts/facts';
import { compareInstants, maxInstant, toUtcIso } from '../time/instant-math';
import type { RunnableJourney } from './compiled-journey';
import { cloneState } from './clone-state';
import { handleEvent } from './handle-event';
import { Run } from './run';
import type { EngineInput, EnrollmentState, StepResult } from './types';

/**
 * Starts an enrollment with facts already parsed (the workflow's loadEnrollment parses them):
 * a fresh state at the journey's start node, and the first commands. Pure.
 * `startEnrollment` of `@tandem/dsl` parses the facts first, then calls this.
 * @example
 * const { state, commands } = startParsedEnrollment(compiled, {
 *   enrollmentId: 'enr_1', at: '2026-03-02T09:00:00Z', facts: loaded.facts,
 * });
 */
export function startParsedEnrollment(
  journey: RunnableJourney,
  input: { enrollmentId: string; at: string; facts: EnrollmentFacts },
): StepResult {
  const at = toUtcIso(input.at);
  const state: EnrollmentState = {
    v: 1,
    enrollmentId: input.enrollmentId,
    journeyId: journey.journey.id,
    status: 'active',
    outcome: null,
    seq: 0,
    startedAt: at,
    now: at,
    facts: input.facts,
    counters: emptyCounters(),
    lastEvent: null,
    node: null,
    entries: 0,
    visits: {},
    holds: [],
    optedOut: [],
    pendingSends: [],
    inFlight: {},
    seenEventIds: [],
    journeyTasks: {},
  };
  const run = new Run(journey, state);
  run.enter(journey.journey.start);
  return finish(run, null);
}

/**
 * Advances an enrollment by one input. Everything due at or before the input's instant fires
 * first (a late driver never reorders what happened), then the input itself. The given state is
 * not modified.
 */
export function step(
  journey: RunnableJourney,
  state: EnrollmentState,
  input: EngineInput,
): StepResult {
  if (state.status === 'completed') return { state, commands: [], trace: [] };
  return advance(journey, cloneState(state), input);
}

/**
 * `step()` on a state the caller hands over: it is changed in place and returned as the result's
 * state, with no copy made. For a driver that keeps no earlier state (the simulator): the
 * per-step deep copy is the largest single cost of a step. Same results as `step()`.
 */
export function stepOwned(
  journey: RunnableJourney,
  state: EnrollmentState,
  input: EngineInput,
): StepResult {
  if (state.status === 'completed') return { state, commands: [], trace: [] };
  return advance(journey, state, input);
}

function advance(journey: RunnableJourney, state: EnrollmentState, input: EngineInput): StepResult {
  const before = nextWakeAt(state);
  const run = new Run(journey, state);
  // Time never runs backwards inside an enrollment, whatever order inputs arrive in.
  run.state.now = maxInstant(state.now, toUtcIso(input.at));
  run.processDue();
  if (run.active) {
    switch (input.kind) {
      case 'wake':
        break;
      case 'event':
        handleEvent(run, input.event);
        break;
      case 'sendReport':
        run.reportSend(input.commandId, input.report);
        break;
      case 'taskCreated':
        run.deliver(input.commandId, { kind: 'createTask', key: '', taskId: input.taskId });
        break;
      case 'activityResult':
        run.deliver(
          input.commandId,
          input.result.ok
            ? { kind: 'runActivity', key: '', ok: true, output: input.result.output }
            : { kind: 'runActivity', key: '', ok: false, error: input.result.error },
        );
        break;
      case 'cancel':
        run.end(`cancelled:${input.reason}`);
        break;
    }
    run.processDue();
  }
  return finish(run, before);
}

/** When the enrollment next needs a `wake` input, or null when nothing is scheduled. */
export function nextWakeAt(state: EnrollmentState): string | null {
  if (state.status === 'completed') return null;
  // The node's timer, then holds, then parked sends: the first earliest wins, as before.
  let earliest: string | null = state.node?.wakeAt ?? null;
  for (const hold of state.holds) {
    const at = hold.until;
    if (at !== null && (earliest === null || compareInstants(at, earliest) < 0)) earliest = at;
  }
  for (const pending of state.pendingSends) {
    const at = pending.at;
    if (at !== null && (earliest === null || compareInstants(at, earliest) < 0)) earliest = at;
  }
  return earliest;
}

/**
 * Asks the current node whether it would accept an event (a promise date too far out is
 * refused with a reason). Used as the validator of the runtime's update handlers.
 */
export function vetEvent(
  journey: RunnableJourney,
  state: EnrollmentState,
  event: JourneyEvent,
): EventVerdict {
  if (state.status === 'completed') {
    return { ok: false, reason: 'journeyEnded', message: 'This journey has already ended.' };
  }
  const current = state.node;
  const node = current ? journey.nodes.get(current.id) : undefined;
  if (!current || !node?.definition.behaviour.vetEvent) return { ok: true };
  const run = new Run(journey, {
    ...state,
    now: maxInstant(state.now, toUtcIso(event.occurredAt)),
  });
  return node.definition.behaviour.vetEvent(run.context(node), current.state, event);
}

function finish(run: Run, wakeBefore: string | null): StepResult {
  const wakeAfter = nextWakeAt(run.state);
  if (wakeAfter !== wakeBefore && run.active) run.commands.push({ kind: 'timer', at: wakeAfter });
  return { state: run.state, commands: run.commands, trace: run.trace };
}
