// One enrollment, start to end: the pure engine decides, this workflow carries its commands out
// (activities for sends, tasks and custom nodes; one durable timer for the engine's next wake-up)
// and feeds everything that happens back in as engine inputs. Deterministic code only: time is
// the workflow's clock, and nothing here touches the database or the network.
import {
  checkEventShape,
  nextWakeAt,
  startParsedEnrollment,
  step,
  vetEvent,
  type Channel,
  type EngineCommand,
  type EngineInput,
  type EnrollmentState,
  type JourneyEvent,
  type JsonValue,
  type RunnableJourney,
  type StepResult,
} from '@tandem/dsl/engine';
import {
  ActivityFailure,
  ApplicationFailure,
  allHandlersFinished,
  condition,
  continueAsNew,
  log,
  patched,
  proxyActivities,
  setHandler,
  workflowInfo,
} from '@temporalio/workflow';
import type { JourneyActivities, StepRow } from '../activities/types';
import { customNodeOptions, sendOptions, taskOptions } from './activity-options';
import { bookkeeping, localBookkeeping } from './bookkeeping';
import { compileForWorkflow } from './compile';
import {
  cancelSignal,
  eventSignal,
  respondUpdate,
  stateQuery,
  type CarriedRun,
  type JourneyWorkflowInput,
  type JourneyWorkflowResult,
  type JourneyWorkflowView,
} from './definitions';
import { enrollmentSearchAttributes } from './search-attributes';
import { sendQueuePatch, sendTaskQueue } from './send-queues';

const sends = proxyActivities<JourneyActivities>(sendOptions);
const tasks = proxyActivities<JourneyActivities>(taskOptions);
/** Send proxies on each channel's own queue (rate-limited there), made on first use. */
const channelSends = new Map<Channel, JourneyActivities>();

/**
 * The activities a send on `channel` runs with. Enrollments recorded before the per-channel queues
 * scheduled their sends on the journey queue: `patched()` keeps their replays on it.
 */
function sendsFor(channel: Channel): JourneyActivities {
  if (!patched(sendQueuePatch)) return sends;
  let proxy = channelSends.get(channel);
  if (!proxy) {
    const taskQueue = sendTaskQueue(workflowInfo().taskQueue, channel);
    proxy = proxyActivities<JourneyActivities>({ ...sendOptions, taskQueue });
    channelSends.set(channel, proxy);
  }
  return proxy;
}

/** Event ids remembered for de-duplication (the engine keeps its own bounded list too). */
const SEEN_EVENT_LIMIT = 500;

const nowIso = () => new Date().toISOString();

/**
 * Runs one enrollment of a published journey version until the journey ends.
 * Started by the API (`enr-<uuid>` ids, no personal data); continues as new when Temporal
 * suggests it, carrying the engine state.
 */
export async function journeyWorkflow(input: JourneyWorkflowInput): Promise<JourneyWorkflowResult> {
  const { enrollmentId } = input;
  const inbox: EngineInput[] = [];
  const seen = new Set<string>(input.carried?.seenEventIds ?? []);
  const applied = new Set<string>();
  let run: JourneyRun | null = null;

  const remember = (event: JourneyEvent): boolean => {
    if (seen.has(event.id)) return false;
    seen.add(event.id);
    if (seen.size > SEEN_EVENT_LIMIT) seen.delete(seen.values().next().value!);
    return true;
  };

  setHandler(eventSignal, (raw) => {
    // Signals cannot be refused: a malformed one (a sender bypassing the API) is dropped, logged.
    const parsed = checkEventShape(raw);
    if (!parsed.ok) {
      log.warn('dropped a malformed event signal', { issues: [parsed.problem] });
      return;
    }
    if (remember(parsed.event)) inbox.push({ kind: 'event', at: nowIso(), event: parsed.event });
  });
  setHandler(cancelSignal, ({ reason }) => {
    inbox.push({ kind: 'cancel', at: nowIso(), reason });
  });
  setHandler(stateQuery, () => view(enrollmentId, run, input.carried?.runs ?? 0));
  setHandler(
    respondUpdate,
    async (event) => {
      if (remember(event)) inbox.push({ kind: 'event', at: nowIso(), event });
      await condition(() => applied.has(event.id) || run?.state.status === 'completed');
      return { ok: true, nodeId: run?.state.node?.id ?? null };
    },
    {
      validator: (event: JourneyEvent) => {
        const parsed = checkEventShape(event);
        if (!parsed.ok) {
          throw ApplicationFailure.create({ type: 'MalformedEvent', message: parsed.problem });
        }
        if (!run)
          throw ApplicationFailure.create({
            type: 'NotReady',
            message: 'the journey is starting; try again in a moment',
          });
        const verdict = vetEvent(run.journey, run.state, event);
        if (!verdict.ok) {
          throw ApplicationFailure.create({
            type: 'EventRejected',
            message: verdict.message,
            details: [verdict],
          });
        }
      },
    },
  );

  if (input.carried) {
    run = resume(input.carried);
  } else {
    const begun = await begin(enrollmentId);
    run = begun.run;
    await run.apply(begun.first);
    for (const event of begun.standing) {
      remember(event);
      await run.handle({ kind: 'event', at: nowIso(), event });
    }
  }

  while (run.state.status === 'active') {
    if (inbox.length === 0) {
      if (workflowInfo().continueAsNewSuggested && allHandlersFinished()) {
        await condition(allHandlersFinished);
        return continueAsNew<typeof journeyWorkflow>({
          enrollmentId,
          carried: run.carry([...seen], (input.carried?.runs ?? 0) + 1),
        });
      }
      const wake = nextWakeAt(run.state);
      const due = wake === null ? undefined : Date.parse(wake) - Date.now();
      if (due === undefined || due > 0) {
        const woken = await condition(() => inbox.length > 0, due);
        if (woken) continue;
      }
      await run.handle({ kind: 'wake', at: nowIso() });
      continue;
    }
    const next = inbox.shift()!;
    await run.handle(next);
    if (next.kind === 'event') applied.add(next.event.id);
  }
  return { outcome: run.state.outcome ?? 'ended', runs: input.carried?.runs ?? 0 };
}

/** Loads the enrollment (journey version, facts, standing holds) and takes the first step. */
async function begin(
  enrollmentId: string,
): Promise<{ run: JourneyRun; first: StepResult; standing: JourneyEvent[] }> {
  const loaded = await bookkeeping().loadEnrollment(enrollmentId);
  const { facts, standingEvents, configs, configProblems, ...rest } = loaded;
  const meta: RunMeta = { ...rest, configs: configs ?? {} };
  const journey = compileForWorkflow(meta.document, configs, configProblems);
  // The start set these very values (temporal-client.ts); enrollments from before the patch
  // repeated them here, and their replays must still.
  if (!localBookkeeping()) enrollmentSearchAttributes({ ...meta, node: null, status: 'running' });
  const first = startParsedEnrollment(journey, { enrollmentId, at: nowIso(), facts });
  return { run: new JourneyRun(journey, meta, first.state, 0), first, standing: standingEvents };
}

function resume(carried: CarriedRun): JourneyRun {
  const {
    state,
    recordedSteps,
    configs,
    configProblems,
    seenEventIds: _ids,
    runs: _runs,
    ...rest
  } = carried;
  const journey = compileForWorkflow(rest.document, configs, configProblems);
  return new JourneyRun(journey, { ...rest, configs: configs ?? {} }, state, recordedSteps);
}

/** The published version an enrollment is pinned to. */
interface RunMeta {
  journeyVersionId: string;
  journeyId: string;
  version: number;
  document: unknown;
  /** The nodes' parsed configs (carried into the next run on continue-as-new). */
  configs: Record<string, JsonValue>;
}

/** The engine state of one run and how its commands are carried out. */
class JourneyRun {
  private lastNode: string | null;

  constructor(
    readonly journey: RunnableJourney,
    readonly meta: RunMeta,
    public state: EnrollmentState,
    private recorded: number,
  ) {
    this.lastNode = state.node?.id ?? null;
  }

  /** One input and every result its commands bring back, in the order they came. */
  async handle(input: EngineInput): Promise<void> {
    await this.apply(step(this.journey, this.state, input));
  }

  /**
   * Takes a step's result: records it, carries its commands out, and steps again with each
   * command's result (as the simulator does, so both drivers agree on the order).
   */
  async apply(first: StepResult): Promise<void> {
    const queue: StepResult[] = [first];
    while (queue.length > 0) {
      const result = queue.shift()!;
      this.state = result.state;
      await this.record(result);
      const inputs: EngineInput[] = [];
      for (const command of result.commands) {
        const reply = await this.execute(command);
        if (reply) inputs.push(reply);
      }
      for (const input of inputs) queue.push(step(this.journey, this.state, input));
    }
  }

  private async execute(command: EngineCommand): Promise<EngineInput | null> {
    switch (command.kind) {
      case 'send': {
        const report = await sendsFor(command.channel)
          .sendMessage({
            enrollmentId: this.state.enrollmentId,
            journeyVersionId: this.meta.journeyVersionId,
            command,
          })
          .catch((error: unknown) => ({ status: 'failed' as const, reason: failureReason(error) }));
        return { kind: 'sendReport', at: nowIso(), commandId: command.id, report };
      }
      case 'createTask': {
        const { taskId } = await tasks.createTask({
          enrollmentId: this.state.enrollmentId,
          command,
        });
        return { kind: 'taskCreated', at: nowIso(), commandId: command.id, taskId };
      }
      case 'runActivity': {
        const contract = this.journey.nodes.get(command.nodeId)?.definition.activity;
        if (!contract) {
          const error = `node ${command.nodeId} declares no activity contract`;
          return {
            kind: 'activityResult',
            at: nowIso(),
            commandId: command.id,
            result: { ok: false, error },
          };
        }
        const custom = proxyActivities<JourneyActivities>(customNodeOptions(contract));
        const result = await custom
          .runCustomNode({ enrollmentId: this.state.enrollmentId, command })
          .then(
            (output) => ({ ok: true as const, output }),
            (error: unknown) => ({ ok: false as const, error: failureReason(error) }),
          );
        return { kind: 'activityResult', at: nowIso(), commandId: command.id, result };
      }
      case 'timer':
      case 'complete':
        // The loop asks the state for its next wake-up, and stops when the journey has ended.
        return null;
    }
  }

  /** Writes the node visits to the projection and keeps the search attributes current. */
  private async record(result: StepResult): Promise<void> {
    const steps: StepRow[] = [];
    for (const entry of result.trace) {
      if (entry.kind === 'enter')
        steps.push({ nodeId: entry.nodeId, kind: 'enter', port: null, at: entry.at });
      else if (entry.kind === 'exit')
        steps.push({ nodeId: entry.nodeId, kind: 'exit', port: entry.port, at: entry.at });
      else if (entry.kind === 'end')
        steps.push({ nodeId: entry.nodeId ?? '', kind: 'end', port: entry.outcome, at: entry.at });
    }
    const node = this.state.node?.id ?? null;
    const completed = this.state.status === 'completed';
    if (steps.length === 0 && node === this.lastNode && !completed) return;
    await bookkeeping().recordStep({
      enrollmentId: this.state.enrollmentId,
      journeyVersionId: this.meta.journeyVersionId,
      fromOrdinal: this.recorded,
      steps,
      status: completed ? 'completed' : 'running',
      currentNode: node,
      outcome: this.state.outcome,
      at: this.state.now,
    });
    this.recorded += steps.length;
    if (node !== this.lastNode || completed) {
      enrollmentSearchAttributes({
        journeyId: this.meta.journeyId,
        version: this.meta.version,
        node,
        status: completed ? 'completed' : 'running',
      });
    }
    this.lastNode = node;
  }

  carry(seenEventIds: string[], runs: number): CarriedRun {
    return {
      ...this.meta,
      state: this.state,
      recordedSteps: this.recorded,
      seenEventIds: seenEventIds.slice(-SEEN_EVENT_LIMIT),
      runs,
    };
  }
}

function view(enrollmentId: string, run: JourneyRun | null, runs: number): JourneyWorkflowView {
  if (!run) {
    return {
      enrollmentId,
      journeyId: null,
      version: null,
      status: 'loading',
      outcome: null,
      currentNode: null,
      waitingUntil: null,
      holds: [],
      optedOut: [],
      pendingSends: 0,
      seq: 0,
      runs,
    };
  }
  const { state } = run;
  return {
    enrollmentId,
    journeyId: run.meta.journeyId,
    version: run.meta.version,
    status: state.status,
    outcome: state.outcome,
    currentNode: state.node?.id ?? null,
    waitingUntil: nextWakeAt(state),
    holds: state.holds,
    optedOut: state.optedOut,
    pendingSends: state.pendingSends.length,
    seq: state.seq,
    runs,
  };
}

/** The innermost message of an activity failure: what the engine records as the reason. */
function failureReason(error: unknown): string {
  if (error instanceof ActivityFailure && error.cause) return error.cause.message;
  return error instanceof Error ? error.message : String(error);
}
