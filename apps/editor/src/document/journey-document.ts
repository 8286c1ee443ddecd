import type { Edge, Node } from '@xyflow/react';
import { fromGraph, toGraph, type Journey, type JourneyGraph } from '@tandem/dsl';
import { z } from 'zod';

/** What a journey card carries: its type, optional label and raw (possibly unfinished) config. */
export type JourneyNodeData = {
  nodeType: string;
  label?: string;
  config: Record<string, unknown>;
};
export type JourneyFlowNode = Node<JourneyNodeData, 'journey'>;
export type JourneyFlowEdge = Edge & { sourceHandle: string };

/** The journey's own fields (name, locales, policy, start…) as the draft has them. */
export type JourneyMeta = Record<string, unknown> & { id: string };

export interface EditorDocument {
  meta: JourneyMeta;
  nodes: JourneyFlowNode[];
  edges: JourneyFlowEdge[];
  hasLayout: boolean;
}

/**
 * A draft only has to look like a journey to be drawn: nodes with ids and types. Everything
 * else (configs, targets, policy) may still be wrong; the validator says what.
 */
const drawableDocument = z.looseObject({
  id: z.string().min(1),
  nodes: z
    .array(
      z.object({
        id: z.string().min(1),
        type: z.string().min(1),
        label: z.string().optional(),
        config: z.record(z.string(), z.unknown()).default({}),
        next: z.record(z.string(), z.string()).default({}),
      }),
    )
    .default([]),
  layout: z.record(z.string(), z.object({ x: z.number(), y: z.number() })).optional(),
});

export type DocumentReading =
  { ok: true; document: EditorDocument } | { ok: false; message: string };

/**
 * Reads a draft (from the API, a file or the code view) into the canvas model. Never throws;
 * a document that cannot be drawn says why, so the caller can keep the canvas as it was.
 * @example readDocument(JSON.parse(text)) // { ok: true, document: { meta, nodes, edges } }
 */
export function readDocument(input: unknown): DocumentReading {
  const parsed = drawableDocument.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    return { ok: false, message: `${where}${issue?.message ?? 'not a journey'}` };
  }
  // toGraph and fromGraph only move nodes, `next` and `layout`; every other field passes through
  // untouched, so a draft that is not yet a valid journey is safe to hand them.
  const graph = toGraph(parsed.data as unknown as Journey);
  const { journey, nodes, edges, hasLayout } = graph;
  return {
    ok: true,
    document: {
      meta: journey,
      nodes: nodes.map((node) => ({ ...node, type: 'journey' as const, data: { ...node.data } })),
      edges: edges.map((edge) => ({ ...edge })),
      hasLayout,
    },
  };
}

/**
 * The journey/v1 document the canvas stands for (layout included), ready to save or validate.
 * @example writeDocument(useDocument.getState())
 */
export function writeDocument(document: EditorDocument): Record<string, unknown> {
  const graph: JourneyGraph = {
    journey: document.meta as unknown as JourneyGraph['journey'],
    nodes: document.nodes.map((node) => ({
      id: node.id,
      type: 'journey',
      position: node.position,
      data: node.data,
    })),
    edges: document.edges.map((edge) => ({
      id: edge.id,
      source: edge.source,
      sourceHandle: edge.sourceHandle,
      target: edge.target,
    })),
    hasLayout: document.hasLayout,
  };
  return inDocumentOrder(fromGraph(graph));
}

// The order docs/dsl.md writes a journey in; the API's storage does not keep key order.
const documentOrder = [
  'dsl',
  'id',
  'name',
  'description',
  'locales',
  'defaultLocale',
  'policy',
  'start',
  'nodes',
  'layout',
];
const policyOrder = [
  'sendWindow',
  'caps',
  'exitOn',
  'jurisdiction',
  'holidays',
  'maxVisitsPerNode',
];

function ordered(
  value: Record<string, unknown>,
  order: readonly string[],
): Record<string, unknown> {
  const keys = [
    ...order.filter((key) => Object.hasOwn(value, key)),
    ...Object.keys(value).filter((key) => !order.includes(key)),
  ];
  return Object.fromEntries(keys.map((key) => [key, value[key]]));
}

function inDocumentOrder(document: Record<string, unknown>): Record<string, unknown> {
  const { policy } = document;
  const tidy = ordered(document, documentOrder);
  if (policy !== null && typeof policy === 'object' && !Array.isArray(policy)) {
    tidy.policy = ordered(policy as Record<string, unknown>, policyOrder);
  }
  return tidy;
}

/** The id an edge from a port gets: one port has one edge, so this is unique. */
export const edgeId = (source: string, port: string) => `${source}:${port}`;
