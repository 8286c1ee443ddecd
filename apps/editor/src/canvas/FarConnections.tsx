import { useMemo, useState } from 'react';
import { catalogue } from '../catalogue/catalogue';
import { nodeText } from '../catalogue/node-text';
import { selectOnlyEdge } from '../document/edge-actions';
import type { JourneyFlowEdge, JourneyFlowNode } from '../document/journey-document';
import { useI18n } from '../i18n/use-i18n';

/**
 * Far out, the keyboard's and screen reader's way to the connections, which are drawn there as
 * one picture (FarEdgeLayer) rather than as focusable React Flow edges: one button, shown when
 * focused, that opens a list of every connection by its cards' titles; choosing one selects it
 * (Delete then removes it, as for a selected connection near). The list is built only when
 * opened, so it costs nothing while the canvas is dragged.
 */
export function FarConnections({
  nodes,
  edges,
}: {
  nodes: readonly JourneyFlowNode[];
  edges: readonly JourneyFlowEdge[];
}) {
  const { t, locale } = useI18n();
  const [open, setOpen] = useState(false);
  const titles = useMemo(() => {
    if (!open) return new Map<string, string>();
    return new Map(
      nodes.map((node) => {
        const definition = catalogue.get(node.data.nodeType);
        const type = definition ? nodeText(definition, locale).label : node.data.nodeType;
        return [node.id, node.data.label ?? type];
      }),
    );
  }, [open, nodes, locale]);

  return (
    <div className="far-connections">
      <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
        {t('canvas.connections.toggle', { count: edges.length })}
      </button>
      {open && (
        <ul aria-label={t('canvas.connections.label')}>
          {edges.map((edge) => (
            <li key={edge.id}>
              <button
                type="button"
                aria-pressed={Boolean(edge.selected)}
                onClick={() => selectOnlyEdge(edge.id)}
              >
                {t('canvas.connections.item', {
                  from: titles.get(edge.source) ?? edge.source,
                  port: edge.sourceHandle,
                  to: titles.get(edge.target) ?? edge.target,
                })}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
