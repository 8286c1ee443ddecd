import {
  Background,
  Controls,
  MarkerType,
  MiniMap,
  ReactFlow,
  applyEdgeChanges,
  useStore,
  type Connection,
  type EdgeChange,
  type FinalConnectionState,
  type IsValidConnection,
} from '@xyflow/react';
import { useCallback, useMemo, useState, type DragEvent } from 'react';
import { catalogue } from '../catalogue/catalogue';
import { useI18n } from '../i18n/use-i18n';
import { checkConnection } from '../document/connection-check';
import { useDocument } from '../document/document-store';
import { connect, retarget } from '../document/edge-actions';
import { beginGesture, endGesture } from '../document/history';
import type { JourneyFlowEdge, JourneyFlowNode } from '../document/journey-document';
import { deleteElements } from '../document/node-actions';
import { useProblems } from '../validation/problems-store';
import { nodeDragType } from './drop-target';
import { useHighlight } from './highlight-store';
import { arrowFor, edgeWeight, useResultsOverlay } from './results-overlay-store';
import { FarConnections } from './FarConnections';
import { FarEdgeLayer } from './FarEdgeLayer';
import { FarZoomContext } from './far-zoom';
import { withEstimatedSize } from './estimated-size';
import { JourneyNode } from './JourneyNode';
import { useNodesChange } from './use-nodes-change';
import { useOpenView } from './use-open-view';
import { usePaletteDrop } from './use-palette-drop';
import { useReadableFit } from './use-readable-fit';

const nodeTypes = { journey: JourneyNode };
const noEdges: JourneyFlowEdge[] = [];
const defaultEdgeOptions = { markerEnd: { type: MarkerType.ArrowClosed, width: 18, height: 18 } };
/**
 * Far out, a connection is only its drawn line: no wider invisible path around it to click on
 * (React Flow's interaction path, one more element per connection to style and paint on every
 * frame; at a tenth of full size it would be 2 px wide anyway).
 */
const farEdgeOptions = { ...defaultEdgeOptions, interactionWidth: 0 };
/** The performance mark set once a journey is on screen (bench/editor-canvas.bench.ts). */
export const canvasReadyMark = 'tandem:canvas-ready';
/** Below this zoom the cards show their title only. */
const farZoom = 0.45;
/**
 * Above this many nodes only what is on screen is drawn (React Flow's virtualisation), when near:
 * far out nearly every card is on screen, and working out which are costs two passes over every
 * node and connection on each pointer move of a drag.
 */
const virtualiseAbove = 150;

// Removals arrive through onDelete as one change (one undo step), so the per-item
// remove changes React Flow also sends are dropped here.
const onEdgesChange = (changes: EdgeChange<JourneyFlowEdge>[]) => {
  const kept = changes.filter((c) => c.type !== 'remove');
  if (kept.length > 0) useDocument.setState((s) => ({ edges: applyEdgeChanges(kept, s.edges) }));
};
const onDelete = ({ nodes, edges }: { nodes: JourneyFlowNode[]; edges: JourneyFlowEdge[] }) =>
  deleteElements(
    nodes.map((n) => n.id),
    edges.map((e) => e.id),
  );

/** The journey canvas: React Flow over the document store. */
export function Canvas({ onMessage }: { onMessage: (text: string) => void }) {
  const nodes = useDocument((s) => s.nodes);
  const edges = useDocument((s) => s.edges);
  const problemEdges = useProblems((s) => s.byEdge);
  const markedEdges = useHighlight((s) => s.edges);
  const results = useResultsOverlay((s) => s.steps);
  const { t } = useI18n();
  // Far out, card details are too small to read: cards are drawn as their titles only (FarCard).
  const far = useStore((s) => s.transform[2] < farZoom);
  const fitReadable = useReadableFit();
  const { onNodesChange, shownNodes } = useNodesChange(nodes);
  const large = nodes.length > virtualiseAbove;
  // Virtualised, cards not yet measured carry an estimate, so that only those on screen are drawn.
  const drawnNodes = useMemo(
    () => (large ? shownNodes.map(withEstimatedSize) : shownNodes),
    [large, shownNodes],
  );
  // A large journey's minimap is left out while a card is dragged: it keeps a store subscription
  // per node and re-measures the whole journey on every pointer move, and the drag changes
  // nothing it shows until the pointer is released.
  const [dragging, setDragging] = useState(false);
  const onDragStart = useCallback(() => {
    beginGesture();
    setDragging(true);
  }, []);
  const onDragStop = useCallback(() => {
    endGesture();
    setDragging(false);
  }, []);

  // Once the drawn cards are measured, show the journey whole if it is readable so, else its top
  // at a readable zoom.
  const openView = useCallback(() => {
    fitReadable();
    // The canvas shows the journey from the next frame on: the performance bench reads this.
    requestAnimationFrame(() => performance.mark(canvasReadyMark));
  }, [fitReadable]);
  useOpenView(openView);

  const shownEdges = useMemo(
    () =>
      edges.map((edge) => {
        const mark = markedEdges.get(edge.id);
        const broken = problemEdges.has(edge.id);
        // Results mode: an edge is as thick as the share of the step's exits that took it.
        const port = results.get(edge.source)?.ports.find((p) => p.port === edge.sourceHandle);
        const weighted = results.size > 0 ? { strokeWidth: edgeWeight(port?.share) } : null;
        if (!mark && !broken && !weighted) return edge;
        return {
          ...edge,
          className: [
            broken ? 'edge-problem' : '',
            mark ? `edge-${mark}` : '',
            weighted ? 'edge-results' : '',
          ]
            .join(' ')
            .trim(),
          animated: mark === 'path',
          ...(weighted
            ? {
                style: { ...edge.style, ...weighted },
                markerEnd: { type: MarkerType.ArrowClosed, ...arrowFor(weighted.strokeWidth) },
              }
            : {}),
          ...(weighted && port
            ? { label: `${port.count}`, ariaLabel: `${port.count} left by ${port.port}` }
            : {}),
        };
      }),
    [edges, markedEdges, problemEdges, results],
  );

  // Far out, the plain connections are drawn by one layer (FarEdgeLayer), not as React Flow
  // edges: it is React Flow's per-edge store selectors that made a zoomed-out drag slow. The
  // ones that look different (selected, marked, broken, weighted) stay React Flow's.
  const [flowEdges, layerEdges] = useMemo(() => {
    if (!far) return [shownEdges, noEdges];
    const plain = shownEdges.filter((edge, i) => edge === edges[i] && !edge.selected);
    if (plain.length === 0) return [shownEdges, noEdges];
    const inLayer = new Set(plain);
    return [shownEdges.filter((edge) => !inLayer.has(edge)), plain];
  }, [far, shownEdges, edges]);

  const isValidConnection: IsValidConnection = useCallback((connection) => {
    const { nodes: all, edges: existing } = useDocument.getState();
    return checkConnection(
      all,
      existing,
      {
        source: connection.source,
        sourceHandle: connection.sourceHandle ?? null,
        target: connection.target,
      },
      catalogue,
    ).ok;
  }, []);

  const onConnect = useCallback((connection: Connection) => {
    if (connection.sourceHandle)
      connect(connection.source, connection.sourceHandle, connection.target);
  }, []);

  const onConnectEnd = useCallback(
    (_event: MouseEvent | TouchEvent, state: FinalConnectionState) => {
      if (state.isValid !== false || !state.fromNode || !state.toNode) return;
      const { nodes: all, edges: existing } = useDocument.getState();
      const verdict = checkConnection(
        all,
        existing,
        {
          source: state.fromNode.id,
          sourceHandle: state.fromHandle?.id ?? null,
          target: state.toNode.id,
        },
        catalogue,
      );
      if (!verdict.ok) onMessage(verdict.reason);
    },
    [onMessage],
  );

  const onReconnect = useCallback((old: JourneyFlowEdge, connection: Connection) => {
    if (old.source === connection.source && old.sourceHandle === connection.sourceHandle) {
      retarget(old.id, connection.target);
    }
  }, []);

  const onDragOver = useCallback((event: DragEvent) => {
    if (!event.dataTransfer.types.includes(nodeDragType)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  }, []);

  const dropAt = usePaletteDrop(onMessage);
  const onDrop = useCallback(
    (event: DragEvent) => {
      const nodeType = event.dataTransfer.getData(nodeDragType);
      if (nodeType && dropAt(nodeType, event.clientX, event.clientY)) event.preventDefault();
    },
    [dropAt],
  );

  return (
    <div className="canvas" onDragOver={onDragOver} onDrop={onDrop}>
      <FarZoomContext.Provider value={far}>
        <ReactFlow<JourneyFlowNode, JourneyFlowEdge>
          nodes={drawnNodes}
          edges={flowEdges}
          nodeTypes={nodeTypes}
          defaultEdgeOptions={far ? farEdgeOptions : defaultEdgeOptions}
          onNodesChange={onNodesChange}
          onEdgesChange={onEdgesChange}
          onDelete={onDelete}
          onConnect={onConnect}
          onConnectEnd={onConnectEnd}
          onReconnect={onReconnect}
          isValidConnection={isValidConnection}
          onNodeDragStart={onDragStart}
          onNodeDragStop={onDragStop}
          onSelectionDragStart={onDragStart}
          onSelectionDragStop={onDragStop}
          onlyRenderVisibleElements={large && !far}
          deleteKeyCode={['Backspace', 'Delete']}
          multiSelectionKeyCode={['Shift', 'Meta', 'Control']}
          minZoom={0.1}
          maxZoom={2}
          proOptions={{ hideAttribution: true }}
          aria-label={t('canvas.label')}
        >
          <Background gap={24} />
          {far && <FarEdgeLayer edges={layerEdges} />}
          {(!large || !dragging) && (
            <MiniMap pannable zoomable ariaLabel={t('canvas.minimap')} nodeColor={minimapColour} />
          )}
          {/* The toolbar's fit is the readable one; React Flow's own would shrink the cards. */}
          <Controls showInteractive={false} showFitView={false} />
        </ReactFlow>
        {far && <FarConnections nodes={nodes} edges={edges} />}
      </FarZoomContext.Provider>
    </div>
  );
}

function minimapColour(node: JourneyFlowNode): string {
  return catalogue.get(node.data.nodeType)?.ui.colour ?? '#9ca3af';
}
