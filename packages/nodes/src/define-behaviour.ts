import type { NodeBehaviourDefinition, PortSpec } from '@tandem/dsl/engine';

/** What `defineBehaviour` takes: the behaviour half, with ports fixed or derived from the config. */
export type BehaviourSpec<C, S> = Omit<NodeBehaviourDefinition<C, S>, 'ports' | 'activity'> & {
  ports: readonly PortSpec[] | ((config: C) => PortSpec[]);
};

/**
 * Declares the half of a built-in node (built-in nodes run no custom activity) the engine runs: what the workflow bundle imports through
 * `@tandem/nodes/behaviour`, without zod, templates or UI. The node's file spreads it into its
 * `defineNode` call, so the two halves cannot drift apart.
 * @example export const endBehaviour = defineBehaviour<EndConfig, null>({ type: 'end', version: 1, waits: false, ports: [], behaviour: { enter: (ctx) => ({ kind: 'end', outcome: ctx.config.outcome }) } });
 */
export function defineBehaviour<C, S = null>(
  spec: BehaviourSpec<C, S>,
): Omit<NodeBehaviourDefinition<C, S>, 'activity'> {
  const { ports, ...rest } = spec;
  return { ...rest, ports: typeof ports === 'function' ? ports : () => [...ports] };
}
