import { nodeName, nodeRef } from './model';
import type { CheckedNode, NodeGraph, ReadJourney } from './model';
import type { Problem } from './problem';
import { didYouMean } from './suggest';

/**
 * Indexes the nodes by id (DUPLICATE_NODE_ID for every later use of an id: the first node keeps
 * it) and turns `next` into edges between indexes. Dangling targets are left out of the edges;
 * `checkPorts` reports them.
 * @example buildGraph(nodes).graph.successors[0] // [1, 3]
 */
export function buildGraph(nodes: readonly CheckedNode[]): {
  problems: Problem[];
  graph: NodeGraph;
} {
  const problems: Problem[] = [];
  const owners: CheckedNode[] = [];
  const indexById = new Map<string, number>();
  for (const node of nodes) {
    if (node.id === undefined) continue;
    const owner = indexById.get(node.id);
    if (owner === undefined) {
      indexById.set(node.id, owners.length);
      owners.push(node);
      continue;
    }
    const first = owners[owner];
    problems.push({
      code: 'DUPLICATE_NODE_ID',
      severity: 'error',
      message: `nodes[${node.index}] uses the id "${node.id}" of nodes[${first?.index ?? '?'}]: give each node its own id (ports would not know which one they point at).`,
      ...nodeRef(node),
      path: ['nodes', node.index, 'id'],
      args: { id: node.id, index: node.index, firstIndex: first?.index ?? -1 },
    });
  }
  const successors = owners.map((node) => {
    const out: number[] = [];
    for (const port in node.next) {
      const index = indexById.get(node.next[port] ?? '');
      if (index !== undefined) out.push(index);
    }
    return out;
  });
  return { problems, graph: { nodes: owners, indexById, successors } };
}

/** UNKNOWN_START when `start` names no node. (MISSING_START comes with the schema check.) */
export function checkStart(journey: ReadJourney, graph: NodeGraph): Problem[] {
  const { start } = journey;
  if (start === undefined || graph.indexById.has(start)) return [];
  const ids = [...graph.indexById.keys()];
  const hint = didYouMean(start, ids) || ` Node ids: ${listed(ids)}.`;
  return [
    {
      code: 'UNKNOWN_START',
      severity: 'error',
      message: `"start" names "${start}", which is not a node of this journey.${hint}`,
      path: ['start'],
      args: { start },
    },
  ];
}

/** DEFAULT_LOCALE_NOT_LISTED: the fallback language must be one the messages are written in. */
export function checkDefaultLocale(journey: ReadJourney): Problem[] {
  const { locales, defaultLocale } = journey;
  if (!locales || defaultLocale === undefined || locales.includes(defaultLocale)) return [];
  return [
    {
      code: 'DEFAULT_LOCALE_NOT_LISTED',
      severity: 'error',
      message: `"defaultLocale" is "${defaultLocale}", which is not in "locales" (${locales.join(', ')}): add it to "locales" or pick one of them.`,
      path: ['defaultLocale'],
      args: { defaultLocale, locales: locales.join(', ') },
    },
  ];
}

/**
 * Every `next` entry against the node's ports and the journey's ids: UNKNOWN_PORT,
 * DANGLING_TARGET, and UNCONNECTED_PORT for each required port without a target.
 */
export function checkPorts(nodes: readonly CheckedNode[], graph: NodeGraph): Problem[] {
  const problems: Problem[] = [];
  for (const node of nodes) {
    const portNames = node.ports?.map((port) => port.name);
    for (const port in node.next) {
      const target = node.next[port] ?? '';
      if (portNames && !portNames.includes(port)) {
        problems.push(unknownPort(node, port, portNames));
      }
      if (!graph.indexById.has(target)) {
        problems.push(danglingTarget(node, port, target, graph));
      }
    }
    if (!node.ports || !node.nextComplete) continue;
    for (const port of node.ports) {
      if (port.optional || Object.hasOwn(node.next, port.name)) continue;
      problems.push({
        code: 'UNCONNECTED_PORT',
        severity: 'error',
        message: `${nodeName(node)}, port "${port.name}" leads nowhere: connect it to the node that should follow (an end node if the journey should stop there).`,
        ...nodeRef(node),
        port: port.name,
        path: ['nodes', node.index, 'next'],
        args: { port: port.name },
      });
    }
  }
  return problems;
}

function unknownPort(node: CheckedNode, port: string, portNames: readonly string[]): Problem {
  const has = portNames.length > 0 ? `its ports are ${portNames.join(', ')}` : 'it has no ports';
  return {
    code: 'UNKNOWN_PORT',
    severity: 'error',
    message: `${nodeName(node)} has no port "${port}" (${has}).${didYouMean(port, portNames)} Rename or remove this "next" entry.`,
    ...nodeRef(node),
    port,
    path: ['nodes', node.index, 'next', port],
    args: { port, ports: portNames.join(', ') },
  };
}

function danglingTarget(
  node: CheckedNode,
  port: string,
  target: string,
  graph: NodeGraph,
): Problem {
  const hint = didYouMean(target, graph.indexById.keys()) || ' Point it at an existing node.';
  return {
    code: 'DANGLING_TARGET',
    severity: 'error',
    message: `${nodeName(node)}, port "${port}" leads to "${target}", which is not a node of this journey.${hint}`,
    ...nodeRef(node),
    port,
    path: ['nodes', node.index, 'next', port],
    args: { port, target },
  };
}

function listed(ids: readonly string[]): string {
  const shown = ids.slice(0, 10).join(', ');
  return ids.length > 10 ? `${shown}, … (${ids.length} in all)` : shown || '(none)';
}
