import { catalogue, portsOf } from '../catalogue/catalogue';
import type { JourneyFlowNode } from '../document/journey-document';

/** Room for one port's label (two short lines) along a card's bottom edge. */
const portWidth = 92;
const minWidth = 240;
/** A card's usual height (title on up to two lines, summary, ports), before it is measured. */
export const usualCardHeight = 130;

/**
 * A card's width: wide enough that every port's label fits side by side, so a step with many
 * outcomes (an event wait, an escalation) does not squeeze them into broken words.
 * @example cardWidth(4) // 376
 */
export function cardWidth(portCount: number): number {
  return Math.max(minWidth, portCount * portWidth + 8);
}

/** A card's size before the canvas has measured it, for the first layout of a journey. */
export function estimatedCardSize(node: JourneyFlowNode): { width: number; height: number } {
  const definition = catalogue.get(node.data.nodeType);
  const ports = definition ? portsOf(definition, node.data.config).length : 1;
  return { width: cardWidth(ports), height: usualCardHeight };
}
