import type { Journey, JourneyInput } from '../journey/schema';

export type PromoteArmResult =
  | { ok: true; journey: JourneyInput; removedNodes: string[] }
  | { ok: false; code: 'UNKNOWN_NODE' | 'NOT_A_SPLIT' | 'UNKNOWN_ARM'; message: string };

type PromotableJourney = Pick<Journey, 'start'> & Omit<JourneyInput, 'start'>;

function reachableFrom(start: string, nodes: PromotableJourney['nodes']): Set<string> {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const seen = new Set<string>([start]);
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    const node = byId.get(queue[head] ?? '');
    for (const target of Object.values(node?.next ?? {})) {
      if (seen.has(target)) continue;
      seen.add(target);
      queue.push(target);
    }
  }
  return seen;
}

/**
 * "Promote the winner": a copy of the journey in which the split `splitNodeId` is replaced by the
 * path of its port `arm`. Every port that led to the split (and `start`, if it was the split)
 * now leads where the arm led; the split goes, and so does every node that only the other arms
 * reached (nodes the draft already could not reach are left for the author). Layout follows.
 * The input is not changed.
 * @example promoteSplitArm(journey, 'ab-test', 'b') // { ok: true, journey, removedNodes: ['split', 'sms-a'] }
 */
export function promoteSplitArm(
  journey: PromotableJourney,
  splitNodeId: string,
  arm: string,
): PromoteArmResult {
  const split = journey.nodes.find((n) => n.id === splitNodeId);
  if (!split)
    return { ok: false, code: 'UNKNOWN_NODE', message: `the journey has no node "${splitNodeId}"` };
  if (split.type !== 'split')
    return {
      ok: false,
      code: 'NOT_A_SPLIT',
      message: `node "${splitNodeId}" is a ${split.type} node, not an A/B split`,
    };
  const next = split.next ?? {};
  const target = next[arm];
  if (target === undefined)
    return {
      ok: false,
      code: 'UNKNOWN_ARM',
      message: `split "${splitNodeId}" has no connected arm "${arm}" (arms: ${Object.keys(next).join(', ') || 'none'})`,
    };
  if (target === splitNodeId)
    return { ok: false, code: 'UNKNOWN_ARM', message: `arm "${arm}" leads back to the split` };

  const before = reachableFrom(journey.start, journey.nodes);
  const start = journey.start === splitNodeId ? target : journey.start;
  const rewired = journey.nodes
    .filter((n) => n.id !== splitNodeId)
    .map((n) => ({
      ...n,
      next: Object.fromEntries(
        Object.entries(n.next ?? {}).map(([port, to]) => [port, to === splitNodeId ? target : to]),
      ),
    }));
  const after = reachableFrom(start, rewired);
  const removed = new Set([...before].filter((id) => id === splitNodeId || !after.has(id)));
  const nodes = rewired.filter((n) => !removed.has(n.id));
  const layout = journey.layout
    ? Object.fromEntries(Object.entries(journey.layout).filter(([id]) => !removed.has(id)))
    : undefined;
  return {
    ok: true,
    journey: { ...journey, start, nodes, ...(layout ? { layout } : {}) },
    removedNodes: journey.nodes.map((n) => n.id).filter((id) => removed.has(id)),
  };
}
