import { Position, type NodeHandle } from '@xyflow/react';
import { catalogue, portsOf } from '../catalogue/catalogue';
import type { JourneyFlowNode } from '../document/journey-document';
import { cardWidth, usualCardHeight } from './card-size';

/** React Flow's handle box on a card (app.css: `.journey-node .react-flow__handle`, 11 px). */
const handleSize = 11;
/** How far above the card its input handle's centre sits (app.css: `.node-target`). */
const targetAbove = 6;

/**
 * Where a card's handles are before it is drawn, as its CSS places them on a card of the usual
 * height: the input centred on the top edge, each output at the middle of its port's column (1 px
 * border and 4 px padding each side) straddling the bottom edge.
 * @example estimatedHandles(['yes', 'no'], 240)[1] // { id: 'yes', x: 57, y: 124.5, … }
 */
export function estimatedHandles(ports: readonly string[], width: number): NodeHandle[] {
  const half = handleSize / 2;
  const box = { width: handleSize, height: handleSize };
  return [
    {
      type: 'target',
      position: Position.Top,
      x: width / 2 - half,
      y: -targetAbove - half,
      ...box,
    },
    ...ports.map((id, i): NodeHandle => ({
      id,
      type: 'source',
      position: Position.Bottom,
      x: 5 + ((width - 10) * (i + 0.5)) / ports.length - half,
      y: usualCardHeight - half,
      ...box,
    })),
  ];
}

const estimated = new WeakMap<JourneyFlowNode, JourneyFlowNode>();

/**
 * A card not yet measured, with its estimated size and handles. React Flow draws every card it
 * has no handle positions for, on screen or not, to measure it: on a large (virtualised) journey
 * that is hundreds of cards drawn, measured and removed again before the canvas shows. With the
 * estimate it draws only the cards on screen; each is measured when drawn, and the measured size
 * and handles replace the estimate (React Flow keeps them once the node carries `measured`).
 * One object per document node, so React Flow sees the same node until the document changes it.
 */
export function withEstimatedSize(node: JourneyFlowNode): JourneyFlowNode {
  if (node.measured?.width && node.measured.height) return node;
  const known = estimated.get(node);
  if (known) return known;
  const definition = catalogue.get(node.data.nodeType);
  const ports = definition ? portsOf(definition, node.data.config).map((p) => p.name) : [];
  const width = cardWidth(ports.length);
  const made: JourneyFlowNode = {
    ...node,
    initialWidth: width,
    initialHeight: usualCardHeight,
    handles: estimatedHandles(ports, width),
  };
  estimated.set(node, made);
  return made;
}
