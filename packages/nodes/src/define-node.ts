import type { ActivityContract, NodeDefinition, PortSpec } from '@tandem/dsl';

/**
 * What `defineNode` takes: a node definition whose ports may be a fixed list, and whose
 * activity's input and output types come from its zod schemas.
 */
export type NodeSpec<C, S, I = unknown, O = unknown> = Omit<
  NodeDefinition<C, S>,
  'ports' | 'activity'
> & {
  ports: readonly PortSpec[] | ((config: C) => PortSpec[]);
  activity?: ActivityContract<I, O>;
};

/**
 * Declares a node type. Built-in and custom nodes use it the same way; config and state types
 * are inferred from the zod schema and the handlers.
 * @example
 * export const creditCheck = defineNode({
 *   type: 'acme.creditCheck', version: 1, waits: false,
 *   config: z.object({ bureau: z.enum(['experian', 'equifax']).default('experian') }),
 *   ports: [{ name: 'good' }, { name: 'poor' }],
 *   ui: { label: 'Credit check', category: 'custom', icon: 'gauge', colour: '#7c3aed', help: 'Asks the bureau for a score' },
 *   behaviour: { enter: () => ({ kind: 'exit', port: 'good' }) },
 * });
 */
export function defineNode<C, S = null, I = unknown, O = unknown>(
  spec: NodeSpec<C, S, I, O>,
): NodeDefinition<C, S> {
  const { ports, activity, ...rest } = spec;
  const portsOf = typeof ports === 'function' ? ports : () => [...ports];
  return {
    ...rest,
    ports: portsOf,
    ...(activity ? { activity: activity } : {}),
  };
}
