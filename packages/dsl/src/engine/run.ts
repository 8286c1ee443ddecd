import type { EffectResult, NodeContext, NodeEffect, NodeStep } from '../catalogue/node-definition';
import type { CounterName } from '../facts/facts';
import type { JsonValue } from '../journey/primitives';
import { addDuration, compareInstants } from '../time/instant-math';
import type { RunnableJourney, RunnableNode } from './compiled-journey';
import { factsView } from './facts-view';
import { unitHash } from './hash';
import { releaseHeldSends, reportSend, resend, routeSend } from './send-routing';
import { storedSend } from './stored-send';
import { earliestDue } from './earliest-due';
import type { EngineCommand, EnrollmentState, SendReport, TraceEntry } from './types';

/** Node transitions allowed in one step before the engine calls it a runaway loop. */
const MAX_TRANSITIONS_PER_STEP = 10_000;

/**
 * One step in progress: the state being changed (a private copy), the commands and trace it
 * produces. Short-lived: `step()` creates one per input and returns what it collected.
 */
export class Run {
  readonly commands: EngineCommand[] = [];
  readonly trace: TraceEntry[] = [];
  /** Results to hand to nodes once the current node step is fully applied. */
  private readonly queuedResults: Array<{ entry: number; result: EffectResult }> = [];
  private transitions = 0;

  constructor(
    readonly journey: RunnableJourney,
    readonly state: EnrollmentState,
  ) {}

  get now(): string {
    return this.state.now;
  }

  get active(): boolean {
    return this.state.status === 'active';
  }

  // ── node lifecycle ────────────────────────────────────────────────────────────────────────

  /** Enters a node and applies whatever it decides, following exits until something waits. */
  enter(nodeId: string): void {
    let target: string | null = nodeId;
    while (target !== null && this.active) {
      if (++this.transitions > MAX_TRANSITIONS_PER_STEP) return this.end('loopGuard');
      target = this.enterOnce(target);
    }
    this.flushResults();
  }

  private enterOnce(nodeId: string): string | null {
    const node = this.journey.nodes.get(nodeId);
    if (!node) {
      this.end(`error:unknownNode:${nodeId}`);
      return null;
    }
    const visits = (this.state.visits[nodeId] ?? 0) + 1;
    this.state.visits[nodeId] = visits;
    if (visits > this.journey.journey.policy.maxVisitsPerNode) {
      this.end('loopGuard');
      return null;
    }
    this.state.entries += 1;
    this.state.node = {
      id: nodeId,
      entry: this.state.entries,
      enteredAt: this.now,
      state: null,
      wakeAt: null,
      awaiting: {},
    };
    this.trace.push({ kind: 'enter', at: this.now, nodeId, nodeType: node.type });
    return this.apply(node, node.definition.behaviour.enter(this.context(node)));
  }

  /** Applies a node's decision. Returns the next node to enter, or null. */
  apply(node: RunnableNode, decision: NodeStep<unknown>): string | null {
    const current = this.state.node;
    if (!current || current.id !== node.id) return null;
    // for…in, not Object.entries: no pair arrays on a path every node decision takes.
    const count = decision.count;
    if (count) {
      for (const name in count)
        this.state.counters[name as CounterName] += count[name as CounterName] ?? 0;
    }
    const bound = decision.kind === 'stay';
    for (const effect of decision.effects ?? []) this.emitEffect(node, effect, bound);
    switch (decision.kind) {
      case 'stay':
        current.state = (decision.state ?? null) as JsonValue;
        current.wakeAt = decision.wakeAt ?? null;
        this.trace.push({ kind: 'waiting', at: this.now, nodeId: node.id, until: current.wakeAt });
        return null;
      case 'end':
        this.end(decision.outcome);
        return null;
      case 'exit':
        return this.follow(node, decision.port);
    }
  }

  private follow(node: RunnableNode, port: string): string | null {
    const primary = node.ports[0]?.name;
    const spec = node.ports.find((p) => p.name === port);
    let target = node.next[port];
    if (target === undefined && spec?.optional && primary !== undefined)
      target = node.next[primary];
    this.trace.push({ kind: 'exit', at: this.now, nodeId: node.id, port, to: target ?? null });
    this.state.node = null;
    if (target === undefined) {
      this.end(`deadEnd:${node.id}.${port}`);
      return null;
    }
    return target;
  }

  /** Runs a handler of the current node (timer, event, result) and follows its decision. */
  runCurrent(
    handler: (
      node: RunnableNode,
      ctx: NodeContext<unknown>,
      state: unknown,
    ) => NodeStep<unknown> | undefined,
  ): boolean {
    const current = this.state.node;
    if (!current || !this.active) return false;
    const node = this.journey.nodes.get(current.id);
    if (!node) return false;
    const decision = handler(node, this.context(node), current.state);
    if (!decision) return false;
    const next = this.apply(node, decision);
    if (next !== null) this.enter(next);
    this.flushResults();
    return true;
  }

  context(node: RunnableNode): NodeContext<unknown> {
    const state = this.state;
    const enrollmentId = state.enrollmentId;
    // Most handlers never read the facts: the view is built on first read. Handlers run
    // synchronously and the state does not change while one runs, so it is the same view.
    let facts: NodeContext<unknown>['facts'] | undefined;
    return {
      nodeId: node.id,
      config: node.config,
      now: this.now,
      enteredAt: state.node?.enteredAt ?? this.now,
      get facts() {
        facts ??= factsView(state);
        return facts;
      },
      timezone: state.facts.borrower.timezone,
      hash: (salt) => unitHash(`${enrollmentId}\u0000${node.id}\u0000${salt}`),
    };
  }

  end(outcome: string): void {
    if (!this.active) return;
    const nodeId = this.state.node?.id ?? null;
    this.state.status = 'completed';
    this.state.outcome = outcome;
    this.state.node = null;
    this.state.pendingSends = [];
    this.trace.push({ kind: 'end', at: this.now, outcome, nodeId });
    this.commands.push({ kind: 'complete', outcome });
  }

  // ── effects and their results ─────────────────────────────────────────────────────────────

  nextSeq(): { seq: number; id: string; idempotencyKey: string } {
    this.state.seq += 1;
    const seq = this.state.seq;
    return { seq, id: `c${seq}`, idempotencyKey: `${this.state.enrollmentId}:${seq}` };
  }

  private emitEffect(node: RunnableNode, effect: NodeEffect, bound: boolean): void {
    const current = this.state.node;
    if (!current) return;
    switch (effect.kind) {
      case 'send': {
        const stored = storedSend(this.journey.journey, this.state, {
          ...this.nextSeq(),
          node,
          effect,
          nodeEntry: bound ? current.entry : undefined,
        });
        if (bound) current.awaiting[stored.id] = effect.key;
        routeSend(this, stored);
        return;
      }
      case 'createTask': {
        const ids = this.nextSeq();
        if (bound) current.awaiting[ids.id] = effect.key;
        this.state.counters.tasksCreated += 1;
        this.commands.push({
          kind: 'createTask',
          ...ids,
          nodeId: node.id,
          effectKey: effect.key,
          queue: effect.queue,
          priority: effect.priority,
          reason: effect.reason,
          dueAt: addDuration(this.now, effect.sla),
          outcomes: effect.outcomes,
        });
        return;
      }
      case 'runActivity': {
        const ids = this.nextSeq();
        if (bound) current.awaiting[ids.id] = effect.key;
        this.commands.push({
          kind: 'runActivity',
          ...ids,
          nodeId: node.id,
          effectKey: effect.key,
          activity: effect.activity,
          input: effect.input,
        });
        return;
      }
    }
  }

  /** Queues a result for the node visit `entry`; handed over by `flushResults`. */
  queueResult(entry: { entry: number; result: EffectResult }): void {
    this.queuedResults.push(entry);
  }

  /** A driver's report on a send it was given (send-routing.ts). */
  reportSend(commandId: string, report: SendReport): void {
    reportSend(this, commandId, report);
  }

  /** After a hold ends: if none is left, parked sends go out (send-routing.ts). */
  releaseHeldSends(): void {
    releaseHeldSends(this);
  }

  /** Delivers a task or activity result to the node visit that asked for it. */
  deliver(commandId: string, result: EffectResult): void {
    const current = this.state.node;
    if (!current || current.awaiting[commandId] === undefined) return;
    this.queuedResults.push({ entry: current.entry, result });
    this.flushResults();
  }

  /** Hands queued results to their node, unless that node visit is over. */
  flushResults(): void {
    while (this.queuedResults.length > 0 && this.active) {
      const { entry, result } = this.queuedResults.shift()!;
      const current = this.state.node;
      if (!current || current.entry !== entry) continue;
      // Deleting the key being visited is safe in for…in (and allocates no pair arrays).
      const awaiting = current.awaiting;
      for (const id in awaiting) {
        if (awaiting[id] === result.key) delete awaiting[id];
      }
      this.runCurrent((node, ctx, state) =>
        node.definition.behaviour.onResult?.(ctx, state, result),
      );
    }
  }

  // ── time ──────────────────────────────────────────────────────────────────────────────────

  /** Fires everything due at or before now, earliest first: hold expiries, sends, the node timer. */
  processDue(): void {
    for (let guard = 0; guard < MAX_TRANSITIONS_PER_STEP && this.active; guard++) {
      const due = earliestDue(this.state);
      if (!due || compareInstants(due.at, this.now) > 0) return;
      if (due.kind === 'hold') {
        const [hold] = this.state.holds.splice(due.index, 1);
        if (hold) this.trace.push({ kind: 'hold', at: this.now, hold: hold.kind, change: 'ended' });
        releaseHeldSends(this);
      } else if (due.kind === 'send') {
        const [pending] = this.state.pendingSends.splice(due.index, 1);
        if (pending) resend(this, pending.command);
      } else {
        const current = this.state.node;
        if (current) current.wakeAt = null;
        this.runCurrent((node, ctx, state) => node.definition.behaviour.onTimer?.(ctx, state));
      }
    }
  }

  /** Emits a journey-level task (not bound to a node), e.g. a hardship review. */
  emitJourneyTask(task: Omit<Extract<NodeEffect, { kind: 'createTask' }>, 'kind' | 'key'>): string {
    const ids = this.nextSeq();
    this.state.counters.tasksCreated += 1;
    this.commands.push({
      kind: 'createTask',
      ...ids,
      nodeId: this.state.node?.id ?? '',
      effectKey: 'journey',
      ...task,
      dueAt: addDuration(this.now, task.sla),
    });
    return ids.id;
  }
}
