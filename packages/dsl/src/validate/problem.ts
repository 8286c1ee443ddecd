/** Stable problem codes. Documented in docs/dsl.md; never renamed once published. */
export const problemCodes = [
  'SCHEMA', // the document does not match journey/v1 (shape, types)
  'DUPLICATE_NODE_ID',
  'UNKNOWN_NODE_TYPE',
  'INVALID_CONFIG', // a node's config fails its schema
  'NODE_CONFIG', // a node's own semantic check (see the node's docs), e.g. split weights
  'MISSING_START',
  'UNKNOWN_START',
  'UNKNOWN_PORT', // `next` names a port the node does not have
  'DANGLING_TARGET', // a port points at a node that does not exist
  'UNCONNECTED_PORT', // a required port has no target
  'UNREACHABLE_NODE', // warning
  'INSTANT_CYCLE', // a cycle that passes through no waiting node
  'MISSING_LOCALE', // a message lacks one of the journey's locales
  'MISSING_DISCLOSURE', // the journey's rule pack requires a statement the message lacks
  'DEFAULT_LOCALE_NOT_LISTED',
  'UNKNOWN_FACT', // in a condition or a template
  'UNKNOWN_EVENT',
  'TEMPLATE_SYNTAX',
  'TEMPLATE_TAG', // include, render or layout: there are no other templates to load
  'TEMPLATE_TOO_LONG', // renders longer than its channel allows (e.g. more than 10 SMS segments)
  'SPLIT_WEIGHTS',
  'NO_END', // warning: no path reaches an end node
] as const;
export type ProblemCode = (typeof problemCodes)[number];

/**
 * One thing wrong with a journey, located as precisely as we can: the node, the port, and a
 * JSON path into the document (`["nodes", 3, "config", "message", "vi"]`).
 */
export interface Problem {
  code: ProblemCode;
  severity: 'error' | 'warning';
  message: string;
  nodeId?: string;
  /** Every node involved when there are several (the nodes of a loop), for the editor to highlight. */
  nodeIds?: string[];
  port?: string;
  path: Array<string | number>;
  /**
   * What the message says, as values (the port, the missing locale, the limit), so a reader can
   * word the problem in its own language from `code` and `args` instead of parsing `message`.
   * The node and the field are not repeated here: they are `nodeId` and `path`.
   */
  args?: ProblemArgs;
}

/** A problem's values by name; every built-in code documents its own (docs/dsl.md). */
export type ProblemArgs = Record<string, string | number>;
