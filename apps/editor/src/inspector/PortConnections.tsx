import { useState } from 'react';
import { catalogue, portsOf } from '../catalogue/catalogue';
import { checkConnection } from '../document/connection-check';
import { useDocument } from '../document/document-store';
import { useSteps } from '../document/use-steps';
import { connect, retarget } from '../document/edge-actions';
import { edgeId, type JourneyNodeData } from '../document/journey-document';
import { deleteElements } from '../document/node-actions';
import { nodeText } from '../catalogue/node-text';
import { useI18n } from '../i18n/use-i18n';
import { useStepName } from '../validation/use-problem-text';

/**
 * Where each of the step's ports leads, as a list of selects: the keyboard (and touch) way to
 * connect steps, checked like a connection drawn on the canvas.
 */
export function PortConnections({ nodeId, data }: { nodeId: string; data: JourneyNodeData }) {
  const definition = catalogue.get(data.nodeType);
  const nodes = useSteps();
  const edges = useDocument((s) => s.edges);
  const [refusal, setRefusal] = useState<string | null>(null);
  const { t, locale } = useI18n();
  // An unnamed step by its type and id ("Kết thúc (end-agent)"), as the problems list names it.
  const stepName = useStepName();
  if (!definition) return null;
  const text = nodeText(definition, locale);
  const ports = portsOf(definition, data.config);
  if (ports.length === 0) return null;
  const first = ports[0] ? text.port(ports[0]) : '';

  const lead = (port: string, target: string) => {
    setRefusal(null);
    const id = edgeId(nodeId, port);
    const existing = edges.find((e) => e.id === id);
    if (target === '') {
      if (existing) deleteElements([], [id]);
      return;
    }
    const others = edges.filter((e) => e.id !== id);
    const verdict = checkConnection(
      nodes,
      others,
      { source: nodeId, sourceHandle: port, target },
      catalogue,
    );
    if (!verdict.ok) return setRefusal(verdict.reason);
    if (existing) retarget(id, target);
    else connect(nodeId, port, target);
  };

  return (
    <fieldset className="field-group">
      <legend className="field-label">{t('inspector.next')}</legend>
      {ports.map((port) => {
        const target =
          edges.find((e) => e.source === nodeId && e.sourceHandle === port.name)?.target ?? '';
        const selectId = `port-${nodeId}-${port.name}`;
        return (
          <div key={port.name} className="port-connection">
            <label htmlFor={selectId} className="field-label">
              {port.optional
                ? t('inspector.port.optional', { port: text.port(port) })
                : text.port(port)}
            </label>
            <select
              id={selectId}
              className="input"
              value={target}
              onChange={(e) => lead(port.name, e.target.value)}
            >
              <option value="">
                {port.optional
                  ? t('inspector.port.asFirst', { port: first })
                  : t('inspector.port.none')}
              </option>
              {nodes
                .filter((n) => n.id !== nodeId)
                .map((n) => (
                  <option key={n.id} value={n.id}>
                    {stepName(n.id)}
                  </option>
                ))}
            </select>
          </div>
        );
      })}
      {refusal && (
        <p className="field-problems" role="alert">
          {refusal}
        </p>
      )}
    </fieldset>
  );
}
