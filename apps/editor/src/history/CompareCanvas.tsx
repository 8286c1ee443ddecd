import {
  Background,
  Controls,
  Handle,
  Position,
  ReactFlow,
  ReactFlowProvider,
  type NodeProps,
} from '@xyflow/react';
import { X } from 'lucide-react';
import { memo, useMemo } from 'react';
import { catalogue, portsOf } from '../catalogue/catalogue';
import { cardWidth } from '../canvas/card-size';
import { NodeIcon } from '../canvas/node-icon';
import { nodeText } from '../catalogue/node-text';
import { useI18n } from '../i18n/use-i18n';
import type { MessageKey } from '../i18n/message-keys';
import type { CompareFlowNode, VersionComparison } from './version-compare';

const markWords: Record<'added' | 'changed' | 'removed', MessageKey> = {
  added: 'history.mark.added',
  changed: 'history.mark.changed',
  removed: 'history.mark.removed',
};

/** A read-only card: title, type and what happened to it; a removed step is a ghost. */
const CompareCard = memo(function CompareCard({ data }: NodeProps<CompareFlowNode>) {
  const definition = catalogue.get(data.nodeType);
  const ports = useMemo(
    () => (definition ? portsOf(definition, data.config) : []),
    [definition, data.config],
  );
  const { t, locale } = useI18n();
  const typeLabel = definition ? nodeText(definition, locale).label : data.nodeType;
  const title = data.label ?? typeLabel;
  const mark = data.mark;
  return (
    <div
      className={`journey-node compare-node${mark ? ` mark-${mark}` : ''}`}
      style={
        {
          '--accent': definition?.ui.colour ?? '#6b7280',
          width: cardWidth(ports.length),
        } as React.CSSProperties
      }
      data-compare-mark={mark ?? 'same'}
    >
      <Handle type="target" position={Position.Top} className="node-target" isConnectable={false} />
      <header className="journey-node-header">
        <span className="journey-node-icon">
          <NodeIcon name={definition?.ui.icon ?? 'puzzle'} />
        </span>
        <span className="journey-node-title">{title}</span>
        {mark && (
          <span className={`badge compare-badge compare-badge-${mark}`}>{t(markWords[mark])}</span>
        )}
      </header>
      <div className="journey-node-summary">{typeLabel}</div>
      {ports.map((port, i) => (
        <Handle
          key={port.name}
          type="source"
          id={port.name}
          position={Position.Bottom}
          className="node-port-handle"
          style={{ left: `${((i + 1) / (ports.length + 1)) * 100}%` }}
          isConnectable={false}
        />
      ))}
    </div>
  );
});

const nodeTypes = { compare: CompareCard };

/**
 * Two versions compared on a canvas of their own (the draft's canvas is left alone, so nothing
 * here can be edited or autosaved): version B drawn with its steps marked, and A's removed
 * steps as ghosts.
 */
export function CompareCanvas({
  caption,
  comparison,
  onClose,
}: {
  caption: string;
  comparison: VersionComparison;
  onClose: () => void;
}) {
  const { added, changed, removed } = comparison.counts;
  const { t } = useI18n();
  return (
    <section className="compare-canvas" aria-label={caption} data-testid="compare-canvas">
      <header className="compare-canvas-head">
        <h2 className="panel-title">{caption}</h2>
        <p className="compare-legend" role="status">
          <span className="compare-badge compare-badge-added">
            {t('history.count.added', { count: added })}
          </span>
          <span className="compare-badge compare-badge-changed">
            {t('history.count.changed', { count: changed })}
          </span>
          <span className="compare-badge compare-badge-removed">
            {t('history.count.removed', { count: removed })}
          </span>
        </p>
        <button type="button" className="button button-small" onClick={onClose}>
          <X size={14} aria-hidden="true" /> {t('history.backToDraft')}
        </button>
      </header>
      <ReactFlowProvider>
        <ReactFlow
          nodes={comparison.nodes}
          edges={comparison.edges}
          nodeTypes={nodeTypes}
          nodesDraggable={false}
          nodesConnectable={false}
          elementsSelectable={false}
          fitView
          minZoom={0.3}
          maxZoom={2}
          proOptions={{ hideAttribution: true }}
          aria-label={t('history.compareCanvas', { caption })}
        >
          <Background gap={24} />
          <Controls showInteractive={false} />
        </ReactFlow>
      </ReactFlowProvider>
    </section>
  );
}
