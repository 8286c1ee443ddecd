import { describe, expect, it } from 'vitest';
import { builtInBehaviours } from './behaviour';
import { builtInNodes } from './catalogue';

describe('the behaviour entry point', () => {
  it('runs exactly the behaviour of every built-in node, in palette order', () => {
    expect(builtInBehaviours.map((b) => b.type)).toEqual(builtInNodes.map((n) => n.type));
    builtInNodes.forEach((node, i) => {
      const half = builtInBehaviours[i]!;
      expect(half.version).toBe(node.version);
      expect(half.waits).toBe(node.waits);
      // The node's definition spreads its behaviour half: the handlers are the same functions.
      expect(half.behaviour).toBe(node.behaviour);
      expect(half.ports(node.config.parse({}))).toEqual(node.ports(node.config.parse({})));
    });
  });
});
