import type { AnyNodeDefinition, PortSpec } from '../catalogue/node-definition';
import type { Problem } from './problem';

export type JsonPath = Array<string | number>;

/**
 * A node as far as it could be read. Fields that fail journey/v1 are left undefined (they are
 * reported as SCHEMA problems), so the checks that do not need them still run.
 */
export interface ReadNode {
  /** Position in the document's `nodes` array: every path starts with `["nodes", index]`. */
  index: number;
  id?: string;
  type?: string;
  config?: Record<string, unknown>;
  /** The readable `next` entries (port → target). */
  next: Record<string, string>;
  /** False when some of `next` could not be read: "missing" ports may just be unreadable. */
  nextComplete: boolean;
}

/** The parts of a journey the checks use, each undefined when it failed the schema. */
export interface ReadJourney {
  locales?: string[];
  defaultLocale?: string;
  start?: string;
  nodes: ReadNode[];
}

/** A node with what the catalogue tells about it, when its type and config are known. */
export interface CheckedNode extends ReadNode {
  definition?: AnyNodeDefinition;
  /** The config after the node type's schema (defaults applied); undefined when invalid. */
  parsedConfig?: unknown;
  /** The node's ports; undefined when they cannot be known (unknown type, invalid config). */
  ports?: PortSpec[];
}

/** The nodes that own their id (first of duplicates), with edges as indexes into `nodes`. */
export interface NodeGraph {
  nodes: CheckedNode[];
  indexById: Map<string, number>;
  successors: number[][];
}

/** `{ nodeId }` when the node has a readable id; never an `undefined` key. */
export function nodeRef(node: ReadNode): Pick<Problem, 'nodeId'> {
  return node.id === undefined ? {} : { nodeId: node.id };
}

/** How messages name a node: `Node "wait-2d"`, or `nodes[3]` when it has no readable id. */
export function nodeName(node: { index: number; id?: string }): string {
  return node.id === undefined ? `nodes[${node.index}]` : `Node "${node.id}"`;
}

/** `config.rules[0].when` for a path inside a node or the journey. */
export function formatPath(path: readonly (string | number)[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? key : `.${key}`))
    .join('');
}

/** Plain JSON objects only (not arrays, not null). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
