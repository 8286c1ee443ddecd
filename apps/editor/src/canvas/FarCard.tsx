import { Position, type NodeProps } from '@xyflow/react';
import { useMemo } from 'react';
import { catalogue, portsOf } from '../catalogue/catalogue';
import { nodeText } from '../catalogue/node-text';
import { useI18n } from '../i18n/use-i18n';
import type { JourneyFlowNode } from '../document/journey-document';
import { useProblems, type ProblemsState } from '../validation/problems-store';
import { cardWidth, usualCardHeight } from './card-size';
import { PortHandle } from './far-zoom';
import { useHighlight } from './highlight-store';

/** The card's problem status and error count, as primitives so a selector returns them stable. */
const statusOf = (state: ProblemsState, id: string) => {
  const problems = state.byNode.get(id) ?? [];
  if (problems.some((p) => p.severity === 'error')) return 'error';
  return problems.length > 0 ? 'warning' : 'ok';
};
const errorCountOf = (state: ProblemsState, id: string) =>
  state.byNode.get(id)?.filter((p) => p.severity === 'error').length ?? 0;

/**
 * Where a port's handle sits along the bottom edge, from the card's outer left: the middle of its
 * column, as the near card's port list lays them out (1 px border and 4 px padding each side,
 * equal columns), so a connection leaves a card at the same point at every zoom.
 */
export const portLeft = (index: number, count: number) =>
  `calc(5px + (100% - 10px) * ${(index + 0.5) / count})`;

/**
 * A journey step as drawn far out (below the far-zoom threshold), where its icon, summary and
 * port names are too small to read: one box of the card's own size with its title, and the
 * (inert) connection points React Flow measures so that connections stay attached. A tenth of
 * the near card's elements, and no shadow: with hundreds of cards on screen, a frame's style,
 * layout and raster work grows with every element drawn. The card keeps the near card's size
 * (the height it was measured at), so the overview is the same picture, and its accessible name.
 */
export function FarCard({ id, data, selected, height }: NodeProps<JourneyFlowNode>) {
  const definition = catalogue.get(data.nodeType);
  const { t, locale } = useI18n();
  const typeLabel = useMemo(
    () => (definition ? nodeText(definition, locale).label : data.nodeType),
    [definition, locale, data.nodeType],
  );
  const ports = useMemo(
    () => (definition ? portsOf(definition, data.config) : []),
    [definition, data.config],
  );
  const status = useProblems((s) => statusOf(s, id));
  const errors = useProblems((s) => errorCountOf(s, id));
  const mark = useHighlight((s) => s.nodes.get(id));
  const title = data.label ?? typeLabel;

  return (
    <div
      className={`journey-node journey-node-far status-${status}${selected ? ' is-selected' : ''}${mark ? ` mark-${mark}` : ''}`}
      style={
        {
          '--accent': definition?.ui.colour ?? '#6b7280',
          width: cardWidth(ports.length),
          height: height ?? usualCardHeight,
        } as React.CSSProperties
      }
      data-node-id={id}
      aria-label={t('canvas.card.name', { title, type: typeLabel, problems: errors })}
    >
      <PortHandle type="target" position={Position.Top} className="node-target" />
      <span className="journey-node-title">{title}</span>
      {ports.map((port, index) => (
        <PortHandle
          key={port.name}
          type="source"
          id={port.name}
          position={Position.Bottom}
          className="node-port-handle"
          style={{ left: portLeft(index, ports.length) }}
        />
      ))}
    </div>
  );
}
