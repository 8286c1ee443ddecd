import {
  compareInstants,
  unitHash,
  type AnyNodeDefinition,
  type EffectResult,
  type FactsView,
  type NodeContext,
  type NodeEffect,
  type NodeStep,
} from '@tandem/dsl';
import { factsFixture } from '@tandem/dsl/testing';

/** A NodeContext for calling a node's handlers directly in a test. */
export function nodeContext<C>(
  definition: { type: string },
  options: { config: C; now?: string; enteredAt?: string; facts?: FactsView; nodeId?: string },
): NodeContext<C> {
  const now = options.now ?? '2026-03-02T03:00:00.000Z';
  const facts = options.facts ?? factsFixture();
  const nodeId = options.nodeId ?? `${definition.type}-1`;
  return {
    nodeId,
    config: options.config,
    now,
    enteredAt: options.enteredAt ?? now,
    facts,
    timezone: facts.borrower.timezone,
    hash: (salt) => unitHash(`test-enrollment\u0000${nodeId}\u0000${salt}`),
  };
}

/**
 * What is wrong with a step a node returned (empty when nothing is). The rules every node
 * follows, whoever wrote it: exits name a port it has, a stay's state is plain JSON, timers lie
 * in the future, nodes that do not wait set no timers, effects are well formed.
 */
export function stepViolations(
  definition: AnyNodeDefinition,
  config: unknown,
  step: NodeStep<unknown> | undefined,
  now: string,
): string[] {
  if (step === undefined) return [];
  const problems: string[] = [];
  const ports = definition.ports(config).map((p) => p.name);
  if (step.kind === 'exit' && !ports.includes(step.port)) {
    problems.push(
      `exits by "${step.port}", which is not one of its ports (${ports.join(', ') || 'none'})`,
    );
  }
  if (step.kind === 'end' && step.outcome.trim() === '')
    problems.push('ends with an empty outcome');
  if (step.kind === 'stay') {
    if (JSON.stringify(step.state) === undefined || !isPlainJson(step.state)) {
      problems.push('stays with a state that is not plain JSON (it must survive continue-as-new)');
    }
    if (step.wakeAt) {
      if (Number.isNaN(Date.parse(step.wakeAt)))
        problems.push(`wakeAt "${step.wakeAt}" is not an instant`);
      else if (compareInstants(step.wakeAt, now) <= 0)
        problems.push(`wakeAt ${step.wakeAt} is not after now (${now})`);
      if (!definition.waits) problems.push('sets a timer but declares waits: false');
    }
  }
  for (const effect of step.effects ?? []) problems.push(...effectViolations(definition, effect));
  return problems;
}

function effectViolations(definition: AnyNodeDefinition, effect: NodeEffect): string[] {
  if (effect.key.trim() === '') return ['an effect has an empty key'];
  switch (effect.kind) {
    case 'send':
      return Object.keys(effect.message).length === 0 ? [`send "${effect.key}" has no text`] : [];
    case 'createTask':
      return effect.outcomes.length === 0 ? [`task "${effect.key}" has no outcomes`] : [];
    case 'runActivity':
      return definition.activity?.name === effect.activity
        ? []
        : [`runs activity "${effect.activity}" but declares no activity contract with that name`];
  }
}

/** Every result an effect could come back with, for exercising `onResult`. */
export function possibleResults(effect: NodeEffect): EffectResult[] {
  switch (effect.kind) {
    case 'send':
      return [
        { kind: 'send', key: effect.key, status: 'sent', channel: effect.channel },
        { kind: 'send', key: effect.key, status: 'failed', reason: 'gateway error' },
        { kind: 'send', key: effect.key, status: 'suppressed', reason: 'opted out' },
      ];
    case 'createTask':
      return [{ kind: 'createTask', key: effect.key, taskId: 'task-1' }];
    case 'runActivity':
      return [
        { kind: 'runActivity', key: effect.key, ok: true, output: null },
        { kind: 'runActivity', key: effect.key, ok: false, error: 'failed' },
      ];
  }
}

function isPlainJson(value: unknown): boolean {
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) {
    return typeof value !== 'number' || Number.isFinite(value);
  }
  if (Array.isArray(value)) return value.every(isPlainJson);
  if (typeof value === 'object') {
    const proto = Object.getPrototypeOf(value) as unknown;
    return (
      (proto === Object.prototype || proto === null) && Object.values(value).every(isPlainJson)
    );
  }
  return false;
}
