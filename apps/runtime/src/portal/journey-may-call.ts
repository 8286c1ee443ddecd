// Whether a journey can lead to a phone call, so the portal never promises "nobody will call you"
// when a broken promise leads to an agent's task or a voice step.
import type { JourneyNode } from '@tandem/dsl';
import { escalateNode } from '@tandem/nodes';

/**
 * True when any node calls (`channel` or `fallbackChannel` "voice") or hands the borrower to a
 * person (an escalate node: agents phone borrowers). Checked over every node, not only the ones
 * ahead: loops can lead back anywhere, and an honest "may" costs nothing.
 * @example journeyMayCall([{ id: 'x', type: 'escalate', config: {}, next: {} }]) // true
 */
export function journeyMayCall(nodes: readonly JourneyNode[]): boolean {
  return nodes.some((node) => {
    if (node.type === escalateNode.type) return true;
    const config = (node.config ?? {}) as { channel?: unknown; fallbackChannel?: unknown };
    return config.channel === 'voice' || config.fallbackChannel === 'voice';
  });
}
