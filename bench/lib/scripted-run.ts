import { nextWakeAt, startEnrollment, step } from './tandem';
import type {
  CompiledJourney,
  EngineCommand,
  EngineInput,
  EnrollmentFactsInput,
  EnrollmentState,
  JourneyEvent,
  StepResult,
} from './tandem';

const minute = 60_000;
const later = (at: string, minutes: number) =>
  new Date(Date.parse(at) + minutes * minute).toISOString();

/** A date `days` after `at` on the borrower's calendar ("en-CA" formats as YYYY-MM-DD). */
function localDatePlus(at: string, days: number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone }).format(
    Date.parse(at) + days * 1440 * minute,
  );
}

interface Scheduled {
  at: string;
  input: EngineInput;
}

/** What one scripted run did. */
export interface ScriptedRun {
  steps: number;
  outcome: string | null;
  /** Milliseconds spent inside `step()` only (not in the driver around it). */
  stepMs: number;
}

/**
 * Drives one enrollment as a Temporal workflow would, minus Temporal: every send is reported
 * "sent" and later delivered and read (events the journey ignores, one of them a duplicate),
 * tasks are created and resolved "noContact" after 4 hours, wakes happen at `nextWakeAt`. The
 * borrower promises a date when asked but never pays, and declines the plan, so the enrollment
 * walks the longest path of first-time-borrower: waits, reminders, promise, escalation, plan
 * offer, branch, the last reminder and the end. `onStep` sees each state before `step()` gets it.
 * @example const run = scriptedRun(journey, facts, 'enr-1', '2026-03-01T03:00:00Z', now);
 */
export function scriptedRun(
  journey: CompiledJourney,
  facts: EnrollmentFactsInput,
  enrollmentId: string,
  start: string,
  now: () => number,
  onStep?: (state: EnrollmentState) => void,
): ScriptedRun {
  const zone = facts.borrower.timezone;
  const queue: Scheduled[] = [];
  let events = 0;
  const event = (at: string, e: Omit<JourneyEvent, 'id' | 'occurredAt'>, id?: string) => {
    const full = {
      ...e,
      id: id ?? `${enrollmentId}-ev${++events}`,
      occurredAt: at,
    } as JourneyEvent;
    schedule(at, { kind: 'event', at, event: full });
  };
  const schedule = (at: string, input: EngineInput) => {
    let i = queue.length;
    while (i > 0 && Date.parse(queue[i - 1]?.at ?? '') > Date.parse(at)) i--;
    queue.splice(i, 0, { at, input });
  };
  const react = (commands: EngineCommand[], at: string) => {
    for (const command of commands) {
      if (command.kind === 'send') {
        schedule(at, {
          kind: 'sendReport',
          at,
          commandId: command.id,
          report: { status: 'sent', channel: command.channel },
        });
        const delivered = `${enrollmentId}-dlv-${command.id}`;
        event(
          later(at, 1),
          { type: 'message.delivered', data: { commandId: command.id } },
          delivered,
        );
        // Providers retry webhooks: the same delivery receipt arrives twice.
        event(
          later(at, 2),
          { type: 'message.delivered', data: { commandId: command.id } },
          delivered,
        );
        event(later(at, 30), { type: 'message.read', data: { commandId: command.id } });
        if (command.intent === 'promise.request') {
          const date = localDatePlus(at, 3, zone);
          event(later(at, 60), { type: 'ptp.promised', data: { date } });
        }
        if (command.intent === 'plan.offer') {
          event(later(at, 120), { type: 'plan.declined', data: { reason: 'too much' } });
        }
      } else if (command.kind === 'createTask') {
        schedule(at, { kind: 'taskCreated', at, commandId: command.id, taskId: `t-${command.id}` });
        event(later(at, 240), {
          type: 'task.resolved',
          data: { commandId: command.id, outcome: 'noContact' },
        });
      }
    }
  };

  let result: StepResult = startEnrollment(journey, { enrollmentId, at: start, facts });
  react(result.commands, start);
  let steps = 0;
  let stepMs = 0;
  while (result.state.status === 'active' && steps < 10_000) {
    const wake = nextWakeAt(result.state);
    const next = queue[0];
    let input: EngineInput;
    if (next && (wake === null || Date.parse(next.at) <= Date.parse(wake))) {
      queue.shift();
      input = next.input;
    } else if (wake !== null) {
      input = { kind: 'wake', at: wake };
    } else break;
    onStep?.(result.state);
    const started = now();
    result = step(journey, result.state, input);
    stepMs += now() - started;
    steps++;
    react(result.commands, input.at);
  }
  return { steps, outcome: result.state.outcome, stepMs };
}
