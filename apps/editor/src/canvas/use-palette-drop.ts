import { useReactFlow } from '@xyflow/react';
import { useCallback } from 'react';
import { catalogue } from '../catalogue/catalogue';
import { useI18n } from '../i18n/use-i18n';
import { addNode, insertNodeOnEdge } from '../document/node-actions';
import { edgeAtPoint } from './drop-target';

/** Where the card lands relative to the pointer: the pointer holds it near its header. */
const grabOffset = { x: 120, y: 40 };

/**
 * Drops a palette entry at a screen point: onto a connection it is inserted there, elsewhere on
 * the canvas it is added. One path for the mouse (HTML drag and drop) and for touch and pens
 * (the palette's pointer drag), so both behave alike. Answers whether the point was on the canvas.
 */
export function usePaletteDrop(onMessage: (text: string) => void) {
  const flow = useReactFlow();
  const { t } = useI18n();
  return useCallback(
    (nodeType: string, clientX: number, clientY: number): boolean => {
      if (!catalogue.get(nodeType) || !isOverCanvas(clientX, clientY)) return false;
      const point = flow.screenToFlowPosition({ x: clientX, y: clientY });
      const position = {
        x: Math.round(point.x - grabOffset.x),
        y: Math.round(point.y - grabOffset.y),
      };
      const onEdge = edgeAtPoint(clientX, clientY);
      if (onEdge && insertNodeOnEdge(onEdge, nodeType, position)) {
        onMessage(t('canvas.inserted'));
        return true;
      }
      addNode(nodeType, position);
      return true;
    },
    [flow, onMessage, t],
  );
}

/** Whether the canvas (not a panel or dialog over it) is what shows at a screen point. */
function isOverCanvas(x: number, y: number): boolean {
  if (typeof document.elementFromPoint !== 'function') return false;
  return document.elementFromPoint(x, y)?.closest('.canvas') != null;
}
