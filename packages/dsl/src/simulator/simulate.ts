import type { ActivityContract, MessageIntent } from '../catalogue/node-definition';
import type { JourneyEvent } from '../events/events';
import type { EnrollmentFactsInput, Links } from '../facts/facts';
import type { Channel, JsonValue } from '../journey/primitives';
import { decideSend, effectivePolicy } from '../policy/contact-policy';
import type { ContactPreferences, EffectivePolicy, LedgerEntry } from '../policy/types';
import {
  lenderFacts,
  sampleLender,
  type LenderFacts,
  type LenderIdentity,
} from '../lender/lender-facts';
import { mapOf, remember } from '../memo/remember';
import { renderTemplate } from '../templates/render';
import { addDuration, compareInstants, formatLocal, toUtcIso } from '../time/duration';
import type { CompiledJourney } from '../engine/compile';
import { nextWakeAt, stepOwned } from '../engine/engine';
import { startEnrollment } from '../engine/start-enrollment';
import type {
  EngineInput,
  EnrollmentState,
  SendCommand,
  StepResult,
  TraceEntry,
} from '../engine/types';
import type { Persona, ScriptedEvent } from './personas';
import { scriptedEvent } from './scripted-event';
import type { TimelineReason } from './timeline-reason';

/** One line of a simulated timeline. */
export interface TimelineEntry {
  /** UTC ISO instant. */
  at: string;
  /** The same instant on the borrower's clock, e.g. "2026-03-02 09:00 (Mon)". */
  localTime: string;
  nodeId: string | null;
  kind: 'sent' | 'deferred' | 'suppressed' | 'event' | 'waiting' | 'task' | 'exit' | 'end';
  channel?: Channel;
  /** For sent messages: what the message is for ("reminder", "confirmation"…). */
  intent?: MessageIntent;
  locale?: string;
  text?: string;
  /** Why, in English (for the CLI and the API); `why` says it as a code and values. */
  reason?: string;
  why?: TimelineReason;
  port?: string;
  event?: string;
}

export interface SimulationOptions {
  journey: CompiledJourney;
  facts: EnrollmentFactsInput;
  persona: Persona;
  /** Enrollment instant, UTC ISO. */
  start: string;
  /** How many virtual days to run (default 30). */
  days?: number;
  enrollmentId?: string;
  preferences?: ContactPreferences;
  /** Contacts already made to this borrower (other journeys): caps count them too. */
  ledger?: LedgerEntry[];
  /** The simulated agent: how long tasks take and which outcome it picks (default: first). */
  agent?: { resolveAfter: string; outcome?: (outcomes: string[]) => string | null };
  /** Who the messages name (`{{ lender.* }}`); a sample lender when left out. */
  lender?: LenderIdentity;
}

export interface SimulationResult {
  /** The journey's outcome, or null when it was still running at the horizon. */
  outcome: string | null;
  timeline: TimelineEntry[];
  state: EnrollmentState;
  /** Engine steps taken (for benchmarks). */
  steps: number;
}

interface Scheduled {
  at: string;
  order: number;
  input: (at: string) => EngineInput;
}

/**
 * Runs one borrower through a journey on a virtual clock: the real engine, the real contact
 * policy and templates, a scripted borrower and a scripted agent. Deterministic.
 * @example
 * const { outcome, timeline } = simulate({ journey, facts, persona: persona('silent')!, start: '2026-03-02T09:00:00Z' });
 */
export function simulate(options: SimulationOptions): SimulationResult {
  const sim = new Simulation(options);
  return sim.run();
}

class Simulation {
  private readonly timeline: TimelineEntry[] = [];
  private readonly queue: Scheduled[] = [];
  private readonly ledger: LedgerEntry[];
  private readonly policy: EffectivePolicy;
  private readonly links: Links;
  private readonly enrollmentId: string;
  private readonly horizon: string;
  private readonly timezone: string;
  private order = 0;
  private messages = 0;
  private events = 0;
  private steps = 0;
  private state!: EnrollmentState;

  constructor(private readonly options: SimulationOptions) {
    this.enrollmentId = options.enrollmentId ?? 'sim';
    this.ledger = [...(options.ledger ?? [])];
    this.horizon = addDuration(options.start, `P${options.days ?? 30}D`);
    const borrower = options.facts.borrower;
    this.timezone = borrower.timezone;
    this.policy = policyFor(options.journey, borrower, options.preferences);
    const base = `https://portal.example/${this.enrollmentId}`;
    this.links = {
      portal: base,
      pay: `${base}/pay`,
      promise: `${base}/promise`,
      plan: `${base}/plan`,
      lesson: `${base}/lesson`,
    };
  }

  run(): SimulationResult {
    const start = toUtcIso(this.options.start);
    for (const scripted of this.options.persona.script ?? []) this.schedule(start, scripted);
    this.apply(
      start,
      startEnrollment(this.options.journey, {
        enrollmentId: this.enrollmentId,
        at: start,
        facts: this.options.facts,
      }),
    );

    while (this.state.status === 'active') {
      const wake = nextWakeAt(this.state);
      const next = this.queue[0];
      // The earlier of the engine's timer and the next scripted input (the timer on a tie).
      let nextAt = wake ?? undefined;
      if (next && (nextAt === undefined || compareInstants(next.at, nextAt) < 0)) nextAt = next.at;
      if (nextAt === undefined || compareInstants(nextAt, this.horizon) > 0) break;
      if (next && compareInstants(next.at, nextAt) === 0) {
        this.queue.shift();
        this.apply(next.at, stepOwned(this.options.journey, this.state, next.input(next.at)));
      } else {
        this.apply(
          nextAt,
          stepOwned(this.options.journey, this.state, { kind: 'wake', at: nextAt }),
        );
      }
    }
    return {
      outcome: this.state.outcome,
      timeline: this.timeline,
      state: this.state,
      steps: this.steps,
    };
  }

  private apply(at: string, result: StepResult): void {
    this.steps += 1;
    this.state = result.state;
    for (const entry of result.trace) this.record(entry);
    for (const command of result.commands) {
      if (command.kind === 'send') this.deliver(at, command);
      else if (command.kind === 'createTask') {
        this.push({
          at,
          nodeId: command.nodeId,
          kind: 'task',
          reason: `${command.queue}: ${command.reason}`,
        });
        this.enqueue(at, () => ({
          kind: 'taskCreated',
          at,
          commandId: command.id,
          taskId: `task-${command.id}`,
        }));
        const agent = this.options.agent ?? { resolveAfter: 'PT4H' };
        const outcome = agent.outcome
          ? agent.outcome(command.outcomes)
          : (command.outcomes[0] ?? null);
        if (outcome !== null) {
          this.enqueueEvent(addDuration(at, agent.resolveAfter), 'task.resolved', {
            commandId: command.id,
            outcome,
          });
        }
      } else if (command.kind === 'runActivity') {
        const activity = this.options.journey.nodes.get(command.nodeId)?.definition.activity;
        const result = simulateActivity(activity, command.input);
        this.enqueue(at, (now) => ({
          kind: 'activityResult',
          at: now,
          commandId: command.id,
          result,
        }));
      }
    }
  }

  /** Plays the driver: the contact policy decides, the ledger records, the borrower reacts. */
  private deliver(at: string, command: SendCommand): void {
    const decision = decideSend({
      at,
      channel: command.channel,
      ...(command.fallbackChannel ? { fallbackChannel: command.fallbackChannel } : {}),
      policy: this.policy,
      ledger: this.ledger,
      initiatedBy: command.initiatedBy,
    });
    if (decision.status === 'defer') {
      this.enqueue(at, () => ({
        kind: 'sendReport',
        at,
        commandId: command.id,
        report: {
          status: 'deferred',
          until: decision.until,
          reason: decision.reason,
          detail: decision.detail,
        },
      }));
      return;
    }
    if (decision.status === 'suppress') {
      this.enqueue(at, () => ({
        kind: 'sendReport',
        at,
        commandId: command.id,
        report: { status: 'suppressed', reason: decision.reason, code: decision.code },
      }));
      return;
    }
    const rendered = renderTemplate({
      template: command.template,
      locale: command.locale,
      facts: {
        ...command.facts,
        links: this.links,
        lender: lenderFactsFor(this.options.lender ?? sampleLender, command.locale),
      },
    });
    const text = rendered.ok ? rendered.text : `[template error: ${rendered.error.message}]`;
    this.ledger.push({ at, channel: decision.channel, initiatedBy: command.initiatedBy });
    this.push({
      at,
      nodeId: command.nodeId,
      kind: 'sent',
      channel: decision.channel,
      intent: command.intent,
      locale: command.locale,
      text,
    });
    this.enqueue(at, () => ({
      kind: 'sendReport',
      at,
      commandId: command.id,
      report: { status: 'sent', channel: decision.channel },
    }));
    const reactions =
      this.options.persona.onMessage?.(
        {
          at,
          channel: decision.channel,
          intent: command.intent,
          nodeId: command.nodeId,
          text,
          index: this.messages++,
        },
        this.state.facts,
      ) ?? [];
    for (const reaction of reactions) this.schedule(at, reaction);
  }

  private schedule(from: string, scripted: ScriptedEvent): void {
    this.enqueueEvent(addDuration(from, scripted.after), scripted.type, scripted.data ?? {});
  }

  private enqueueEvent(at: string, type: string, data: Record<string, unknown>): void {
    const event: JourneyEvent = scriptedEvent(`sim-event-${++this.events}`, type, at, data);
    this.enqueue(at, (now) => ({ kind: 'event', at: now, event }));
  }

  private enqueue(at: string, input: (at: string) => EngineInput): void {
    const item: Scheduled = { at, order: this.order++, input };
    // Stable insertion by time: the queue stays short (a handful of scripted events).
    let index = this.queue.length;
    while (index > 0 && compareInstants(this.queue[index - 1]!.at, at) > 0) index--;
    this.queue.splice(index, 0, item);
  }

  private record(entry: TraceEntry): void {
    switch (entry.kind) {
      case 'waiting':
        // A node waiting only for its own send's result is plumbing, not a wait a reader cares about.
        if (entry.until === null) return;
        return this.push({
          at: entry.at,
          nodeId: entry.nodeId,
          kind: 'waiting',
          reason: `until ${formatLocal(entry.until, this.timezone)}`,
          why: { code: 'waitingUntil', until: entry.until },
        });
      case 'exit':
        return this.push({ at: entry.at, nodeId: entry.nodeId, kind: 'exit', port: entry.port });
      case 'event':
        if (entry.handledBy === 'duplicate') return;
        return this.push({
          at: entry.at,
          nodeId: entry.nodeId,
          kind: 'event',
          event: entry.event.type,
          reason: entry.handledBy,
        });
      case 'expired':
        return this.push({
          at: entry.at,
          nodeId: entry.nodeId,
          kind: 'suppressed',
          reason: `expired: could not go out before ${formatLocal(entry.notAfter, this.timezone)}`,
          why: { code: 'expired', until: entry.notAfter },
        });
      case 'held':
        return this.push({
          at: entry.at,
          nodeId: entry.nodeId,
          kind: 'deferred',
          reason: `hold: ${entry.holds.join(', ')}`,
          why: { code: 'held', holds: entry.holds },
        });
      case 'deferred':
        return this.push({
          at: entry.at,
          nodeId: entry.nodeId,
          kind: 'deferred',
          reason: `${entry.reason}${entry.detail ? `: ${entry.detail}` : ''} → ${formatLocal(entry.until, this.timezone)}`,
          why: { code: entry.reason, until: entry.until },
        });
      case 'suppressed':
        return this.push({
          at: entry.at,
          nodeId: entry.nodeId,
          kind: 'suppressed',
          channel: entry.channel,
          reason: entry.reason,
          ...(entry.code ? { why: { code: entry.code, channel: entry.channel } } : {}),
        });
      case 'end':
        return this.push({
          at: entry.at,
          nodeId: entry.nodeId,
          kind: 'end',
          reason: entry.outcome,
        });
      default:
        return;
    }
  }

  private push(entry: Omit<TimelineEntry, 'localTime'>): void {
    // Every caller builds a fresh entry: it gets its local time in place rather than as a copy
    // (the key still comes last, as the timeline's JSON has always had it).
    const full = entry as TimelineEntry;
    full.localTime = formatLocal(entry.at, this.timezone);
    this.timeline.push(full);
  }
}

// Every sent message of every simulated borrower renders with the same lender in one of a few
// languages: its template facts are built once per (lender, locale). Templates only read them
// (renderTemplate copies the top-level scope it may write to), so they can be shared.
const lenderFactsByLender = new WeakMap<LenderIdentity, Map<string, LenderFacts>>();

function lenderFactsFor(lender: LenderIdentity, locale: string): LenderFacts {
  return remember(mapOf(lenderFactsByLender, lender), locale, 100, () =>
    lenderFacts(lender, locale),
  );
}

// Thousands of simulated borrowers share a handful of (country, region, zone, preferences)
// combinations: their effective policy is computed once per compiled journey. The simulator only
// reads a policy, and a compiled journey (its policy included) is not changed once built.
const policies = new WeakMap<CompiledJourney, Map<string, EffectivePolicy>>();

function policyFor(
  journey: CompiledJourney,
  borrower: EnrollmentFactsInput['borrower'],
  preferences: ContactPreferences | undefined,
): EffectivePolicy {
  let byBorrower = policies.get(journey);
  if (!byBorrower) {
    byBorrower = new Map();
    policies.set(journey, byBorrower);
  }
  // The journey's policy is fixed with the compiled journey (the map is per journey). Without
  // preferences, the key is built without JSON: this runs once per simulated borrower.
  const key =
    preferences === undefined
      ? `${borrower.country}\u0000${borrower.region ?? ''}\u0000${borrower.region === undefined ? 0 : 1}\u0000${borrower.timezone}`
      : JSON.stringify([borrower.country, borrower.region ?? null, borrower.timezone, preferences]);
  let policy = byBorrower.get(key);
  if (!policy) {
    policy = effectivePolicy({
      journeyPolicy: journey.journey.policy,
      borrower: {
        country: borrower.country,
        timezone: borrower.timezone,
        ...(borrower.region ? { region: borrower.region } : {}),
      },
      ...(preferences ? { preferences } : {}),
    });
    if (byBorrower.size >= 1_000) byBorrower.clear();
    byBorrower.set(key, policy);
  }
  return policy;
}

/**
 * Stands in for the runtime's activity: the input and output go through the contract's schemas,
 * so a custom node whose `simulate` breaks its own contract fails here as it would in production.
 */
function simulateActivity(
  activity: ActivityContract<unknown, unknown> | undefined,
  input: JsonValue,
): { ok: true; output: JsonValue } | { ok: false; error: string } {
  if (!activity) return { ok: false, error: 'the node declares no activity contract' };
  const parsedInput = activity.input.safeParse(input);
  if (!parsedInput.success)
    return { ok: false, error: `activity input: ${parsedInput.error.message}` };
  const output = activity.output.safeParse(activity.simulate(parsedInput.data));
  if (!output.success) return { ok: false, error: `activity output: ${output.error.message}` };
  return { ok: true, output: JSON.parse(JSON.stringify(output.data ?? null)) as JsonValue };
}
