// Plays a simulator persona against the real runtime: it reads the enrollment's messages from
// the outbox as they are written, reacts as the persona would (events through POST /v1/events),
// and plays the agent too, resolving each task with its first outcome after a delay, exactly as
// the simulator's default agent does.
import {
  durationMillis,
  enrollmentFactsSchema,
  type Channel,
  type EnrollmentFactsInput,
  type MessageIntent,
  type Persona,
} from '@tandem/dsl';
import { and, asc, eq } from 'drizzle-orm';
import { messages, tasks } from '../db/schema';
import type { Database } from '../db/client';
import { postEvent, type ScenarioApi, type TestBorrower } from './scenario';

export interface BorrowerActor {
  stop(): void;
  /** Every event the actor reported, in order. */
  reported: string[];
}

export function actAs(
  /** A JourneyStack, or a cluster's API over HTTP with its database. */
  stack: { api: ScenarioApi; database: { db: Database } },
  options: {
    borrower: TestBorrower;
    enrollmentId: string;
    persona: Persona;
    facts: EnrollmentFactsInput;
    /** How long the agent takes to resolve a task (ISO duration, already compressed). */
    agentDelay: string;
    /** The outcome the agent picks (default: the first, as the simulator's agent). */
    chooseOutcome?: (outcomes: string[]) => string | null;
  },
): BorrowerActor {
  const { db } = stack.database;
  const facts = enrollmentFactsSchema.parse(options.facts);
  const seenMessages = new Set<string>();
  const seenTasks = new Set<string>();
  const timers = new Set<NodeJS.Timeout>();
  const reported: string[] = [];
  let stopped = false;
  let index = 0;

  const later = (ms: number, work: () => Promise<void>) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      if (!stopped) void work().catch(() => {});
    }, ms);
    timers.add(timer);
  };

  const poll = async () => {
    const sent = await db
      .select()
      .from(messages)
      .where(and(eq(messages.enrollmentId, options.enrollmentId), eq(messages.status, 'sent')))
      .orderBy(asc(messages.createdAt));
    for (const message of sent) {
      if (seenMessages.has(message.id)) continue;
      seenMessages.add(message.id);
      const reactions =
        options.persona.onMessage?.(
          {
            at: new Date(message.createdAt).toISOString(),
            channel: message.channel as Channel,
            intent: (message.intent ?? 'reminder') as MessageIntent,
            nodeId: message.nodeId ?? '',
            text: message.body,
            index: index++,
          },
          facts,
        ) ?? [];
      for (const reaction of reactions) {
        later(durationMillis(reaction.after), async () => {
          reported.push(reaction.type);
          await postEvent(stack.api, options.borrower, reaction.type, reaction.data ?? {});
        });
      }
    }
    const open = await db
      .select()
      .from(tasks)
      .where(and(eq(tasks.enrollmentId, options.enrollmentId), eq(tasks.status, 'open')));
    for (const task of open) {
      if (seenTasks.has(task.id)) continue;
      seenTasks.add(task.id);
      const outcome = options.chooseOutcome
        ? options.chooseOutcome(task.outcomes)
        : (task.outcomes[0] ?? null);
      if (outcome === null) continue;
      later(durationMillis(options.agentDelay), async () => {
        reported.push(`task.resolved:${outcome}`);
        await stack.api.call('POST', `/v1/tasks/${task.id}/resolve`, {
          role: 'agent',
          body: { outcome },
        });
      });
    }
  };

  const loop = async () => {
    while (!stopped) {
      await poll().catch(() => {});
      await new Promise((r) => setTimeout(r, 40));
    }
  };
  void loop();

  return {
    reported,
    stop() {
      stopped = true;
      for (const timer of timers) clearTimeout(timer);
    },
  };
}
