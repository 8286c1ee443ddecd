import { act, fireEvent, render, waitFor } from '@testing-library/react';
import { ReactFlow, ReactFlowProvider } from '@xyflow/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useDocument } from '../document/document-store';
import type { JourneyFlowEdge, JourneyFlowNode } from '../document/journey-document';
import { openDocument, smallJourney } from '../test-fixtures';
import { withEstimatedSize } from './estimated-size';
import { FarEdgeLayer } from './FarEdgeLayer';
import { renderCanvas, type FlowStore } from './render-canvas.test-helper';

/** A branching journey of `count` steps: waits in a chain, with a branch every fifth step. */
function branchingJourney(count: number) {
  const id = (i: number) => `s${i}`;
  return smallJourney({
    start: id(0),
    nodes: Array.from({ length: count }, (_, i) => {
      const next = i + 1 < count ? id(i + 1) : undefined;
      const far = i + 3 < count ? id(i + 3) : undefined;
      if (i % 5 === 0 && next && far) {
        return {
          id: id(i),
          type: 'branch',
          config: { rules: [{ port: 'late', when: { all: [] } }] },
          next: { late: next, else: far },
        };
      }
      return { id: id(i), type: 'wait', config: { for: 'P1D' }, next: next ? { done: next } : {} };
    }),
    layout: Object.fromEntries(
      Array.from({ length: count }, (_, i) => [id(i), { x: (i % 4) * 300, y: i * 200 }]),
    ),
  });
}

const flowPath = (id: string) =>
  document
    .querySelector(`.react-flow__edge[data-id="${id}"] .react-flow__edge-path`)
    ?.getAttribute('d');
const layerPath = (id: string) =>
  document.querySelector(`.far-edge[data-edge-id="${id}"]`)?.getAttribute('d');
const documentState = () => useDocument.getState();

/** React Flow drawing `nodes` and `edges` itself, with the far layer drawing the same edges. */
const layerBesideFlow = (nodes: JourneyFlowNode[], edges: JourneyFlowEdge[]) => (
  <ReactFlowProvider>
    <div style={{ width: 1000, height: 800 }}>
      <ReactFlow nodes={nodes} edges={edges}>
        <FarEdgeLayer edges={edges} />
      </ReactFlow>
    </div>
  </ReactFlowProvider>
);

describe('the far connection layer', () => {
  beforeEach(() => openDocument(branchingJourney(12)));

  it('draws every connection where React Flow’s own edge meets the same handles', () => {
    const nodes = documentState().nodes.map(withEstimatedSize);
    const { edges } = documentState();
    expect(edges.some((e) => e.sourceHandle === 'else')).toBe(true);
    render(layerBesideFlow(nodes, edges));
    for (const edge of edges) {
      const drawnByFlow = flowPath(edge.id);
      expect(drawnByFlow, edge.id).toMatch(/^M/);
      expect(layerPath(edge.id), edge.id).toBe(drawnByFlow);
    }
  });

  it('redraws only the connections of a card that moved, following it', () => {
    const { edges } = documentState();
    const nodesAt = (dx: number) =>
      documentState().nodes.map((n) =>
        withEstimatedSize(n.id === 's5' ? { ...n, position: { x: n.position.x + dx, y: 0 } } : n),
      );
    const flow = (nodes: JourneyFlowNode[]) => layerBesideFlow(nodes, edges);
    const { rerender } = render(flow(nodesAt(0)));
    const before = new Map(edges.map((e) => [e.id, layerPath(e.id)]));
    const redrawn = new Set<string>();
    const watcher = new MutationObserver((records) => {
      for (const r of records)
        redrawn.add((r.target as Element).getAttribute('data-edge-id') ?? '');
    });
    const layer = document.querySelector('.far-edges');
    if (!layer) throw new Error('no far layer drawn');
    watcher.observe(layer, { subtree: true, attributeFilter: ['d'] });

    act(() => rerender(flow(nodesAt(400))));
    watcher
      .takeRecords()
      .forEach((r) => redrawn.add((r.target as Element).getAttribute('data-edge-id') ?? ''));
    watcher.disconnect();

    const touching = edges.filter((e) => e.source === 's5' || e.target === 's5').map((e) => e.id);
    expect(touching.length).toBeGreaterThanOrEqual(3);
    expect([...redrawn].sort()).toEqual([...touching].sort());
    for (const edge of edges) {
      if (touching.includes(edge.id)) {
        expect(layerPath(edge.id), edge.id).not.toBe(before.get(edge.id));
        expect(layerPath(edge.id), edge.id).toBe(flowPath(edge.id));
      } else {
        expect(layerPath(edge.id), edge.id).toBe(before.get(edge.id));
      }
    }
  });
});

describe('the canvas far out', () => {
  beforeEach(() => openDocument(branchingJourney(200)));

  /** The real canvas zoomed out to 0.2, and React Flow's store to read what it holds. */
  function renderFarCanvas(): FlowStore {
    const store = renderCanvas();
    act(() => store.setState({ transform: [0, 0, 0.2] }));
    return store;
  }

  it('draws plain connections in the layer, not as React Flow edges', () => {
    const flow = renderFarCanvas();
    const { edges } = documentState();
    expect(document.querySelectorAll('.far-edge')).toHaveLength(edges.length);
    expect(flow.getState().edges).toHaveLength(0);
    expect(document.querySelectorAll('.react-flow__edge')).toHaveLength(0);
    for (const edge of edges.slice(0, 20)) expect(layerPath(edge.id), edge.id).toMatch(/^M/);
  });

  it('a click on a line selects that connection, which React Flow then draws (focusable)', () => {
    const flow = renderFarCanvas();
    const target = documentState().edges[7];
    if (!target) throw new Error('no connection');
    const line = document.querySelector(`.far-edge[data-edge-id="${target.id}"]`);
    if (!line) throw new Error('connection not in the layer');
    fireEvent.click(line);
    expect(
      documentState()
        .edges.filter((e) => e.selected)
        .map((e) => e.id),
    ).toEqual([target.id]);
    expect(flow.getState().edges.map((e) => e.id)).toEqual([target.id]);
    expect(document.querySelector(`.far-edge[data-edge-id="${target.id}"]`)).toBeNull();
    expect(document.querySelector(`.react-flow__edge[data-id="${target.id}"]`)).toHaveAttribute(
      'tabindex',
      '0',
    );
  });

  it('lists the connections for the keyboard by their cards’ titles; choosing one selects it, Delete removes it', async () => {
    renderFarCanvas();
    const toggle = document.querySelector<HTMLButtonElement>('.far-connections > button');
    if (!toggle) throw new Error('no connections button far out');
    expect(toggle).toHaveTextContent(`Connections (${documentState().edges.length})`);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    fireEvent.click(toggle);
    const items = [...document.querySelectorAll<HTMLButtonElement>('.far-connections li button')];
    expect(items).toHaveLength(documentState().edges.length);
    const choice = items.find((b) => b.textContent === 'From Branch (else) to Wait');
    expect(choice).toBeDefined();
    if (choice) fireEvent.click(choice);
    const selected = documentState().edges.filter((e) => e.selected);
    expect(selected).toHaveLength(1);
    expect(selected[0]?.sourceHandle).toBe('else');
    // Delete, with the focus still in the list, removes the chosen connection and only it.
    const count = documentState().edges.length;
    act(() => {
      fireEvent.keyDown(choice ?? document.body, { key: 'Delete', code: 'Delete' });
    });
    act(() => {
      fireEvent.keyUp(choice ?? document.body, { key: 'Delete', code: 'Delete' });
    });
    // React Flow deletes asynchronously (it awaits onBeforeDelete).
    await waitFor(() => expect(documentState().edges).toHaveLength(count - 1));
    expect(documentState().edges.some((e) => e.id === selected[0]?.id)).toBe(false);
  });
});
