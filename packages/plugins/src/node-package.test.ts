import type { AnyNodeDefinition, NodeBehaviourDefinition } from '@tandem/dsl';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { behaviourNodes } from '../generated/nodes.behaviour.generated';
import { schemaNodes } from '../generated/nodes.schema.generated';
import { nodePackage, type BehaviourNodePackage } from './node-package';

describe('nodePackage', () => {
  it('types each generated half by what its entry exports: behaviour halves, or whole definitions', () => {
    // `npm run typecheck` checks these: the workflow bundle's loader gets behaviour halves, which
    // have no config schema, so no code there can reach for one.
    expectTypeOf(behaviourNodes).toEqualTypeOf<NodeBehaviourDefinition[]>();
    expectTypeOf(schemaNodes).toEqualTypeOf<AnyNodeDefinition[]>();
    expect(behaviourNodes.map((n) => n.type)).toEqual(schemaNodes.map((n) => n.type));
  });

  it("takes a behaviour entry's halves, typed as such, with each node's origin", () => {
    const pause: NodeBehaviourDefinition = {
      type: 'acme.pause',
      version: 2,
      waits: true,
      ports: () => [{ name: 'done' }],
      behaviour: { enter: () => ({ kind: 'exit', port: 'done' }) },
    };
    const loaded: BehaviourNodePackage = nodePackage('@acme/pause', '1.2.0', { pause });
    expect(loaded.nodes).toEqual([pause]);
    expect(loaded.origins).toEqual([
      { type: 'acme.pause', version: 2, package: '@acme/pause', packageVersion: '1.2.0' },
    ]);
  });

  it('says which package exports no node definition', () => {
    expect(() => nodePackage('@acme/empty', '1.0.0', { other: 1 })).toThrow(
      'node package "@acme/empty": its entry module exports no node definition',
    );
  });
});
