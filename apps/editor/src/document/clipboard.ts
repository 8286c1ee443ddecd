import { z } from 'zod';
import { useDocument } from './document-store';
import { edit } from './history';
import { edgeId, type JourneyFlowEdge, type JourneyFlowNode } from './journey-document';
import { freshNodeId } from './node-ids';

const storageKey = 'tandem.clipboard';

const clipSchema = z.object({
  kind: z.literal('tandem/nodes'),
  nodes: z.array(
    z.object({
      id: z.string(),
      type: z.string(),
      label: z.string().optional(),
      config: z.record(z.string(), z.unknown()),
      position: z.object({ x: z.number(), y: z.number() }),
    }),
  ),
  edges: z.array(z.object({ source: z.string(), port: z.string(), target: z.string() })),
});
export type Clip = z.infer<typeof clipSchema>;

/** The selected nodes and the edges between them, as a clip. */
export function clipOfSelection(
  nodes: readonly JourneyFlowNode[],
  edges: readonly JourneyFlowEdge[],
): Clip | null {
  const picked = nodes.filter((n) => n.selected);
  if (picked.length === 0) return null;
  const ids = new Set(picked.map((n) => n.id));
  return {
    kind: 'tandem/nodes',
    nodes: picked.map((n) => ({
      id: n.id,
      type: n.data.nodeType,
      ...(n.data.label === undefined ? {} : { label: n.data.label }),
      config: n.data.config,
      position: n.position,
    })),
    edges: edges
      .filter((e) => ids.has(e.source) && ids.has(e.target))
      .map((e) => ({ source: e.source, port: e.sourceHandle, target: e.target })),
  };
}

/**
 * Copies the selection. The clip goes to local storage, so pasting works in another journey
 * (or tab) of the same browser, and to the system clipboard as JSON when the browser allows it.
 */
export function copySelection(): number {
  const { nodes, edges } = useDocument.getState();
  const clip = clipOfSelection(nodes, edges);
  if (!clip) return 0;
  const text = JSON.stringify(clip);
  localStorage.setItem(storageKey, text);
  void navigator.clipboard?.writeText(text).catch(() => undefined);
  return clip.nodes.length;
}

/** The last copied clip, if any. */
export function storedClip(): Clip | null {
  const text = localStorage.getItem(storageKey);
  if (!text) return null;
  try {
    const parsed = clipSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * Pastes a clip: ids that are taken get fresh ones, nodes land offset from the originals and
 * become the selection. One undo step. Returns how many nodes were pasted.
 */
export function pasteClip(clip: Clip, offset = { x: 40, y: 40 }): number {
  const state = useDocument.getState();
  const taken = new Set(state.nodes.map((n) => n.id));
  const renamed = new Map<string, string>();
  for (const node of clip.nodes) {
    const id = taken.has(node.id) ? freshNodeId(node.type, taken) : node.id;
    taken.add(id);
    renamed.set(node.id, id);
  }
  const nodes: JourneyFlowNode[] = clip.nodes.map((node) => ({
    id: renamed.get(node.id) ?? node.id,
    type: 'journey',
    selected: true,
    position: { x: node.position.x + offset.x, y: node.position.y + offset.y },
    data: {
      nodeType: node.type,
      ...(node.label === undefined ? {} : { label: node.label }),
      config: node.config,
    },
  }));
  const edges: JourneyFlowEdge[] = clip.edges.flatMap((edge) => {
    const source = renamed.get(edge.source);
    const target = renamed.get(edge.target);
    return source && target
      ? [{ id: edgeId(source, edge.port), source, sourceHandle: edge.port, target }]
      : [];
  });
  edit((s) => ({
    nodes: [...s.nodes.map((n) => (n.selected ? { ...n, selected: false } : n)), ...nodes],
    edges: [...s.edges.map((e) => (e.selected ? { ...e, selected: false } : e)), ...edges],
  }));
  return nodes.length;
}
