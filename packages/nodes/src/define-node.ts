import type { NodeDefinition, PortSpec } from '@tandem/dsl';

/** What `defineNode` takes: a node definition whose ports may be a fixed list. */
export type NodeSpec<C, S> = Omit<NodeDefinition<C, S>, 'ports'> & {
  ports: readonly PortSpec[] | ((config: C) => PortSpec[]);
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
export function defineNode<C, S = null>(spec: NodeSpec<C, S>): NodeDefinition<C, S> {
  const { ports, ...rest } = spec;
  const portsOf = typeof ports === 'function' ? ports : () => [...ports];
  return { ...rest, ports: portsOf };
}
