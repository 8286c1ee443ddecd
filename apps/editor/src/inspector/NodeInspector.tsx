import { useMemo, useState } from 'react';
import { catalogue, shownFields } from '../catalogue/catalogue';
import { NodeIcon } from '../canvas/node-icon';
import { nodeText } from '../catalogue/node-text';
import { useI18n } from '../i18n/use-i18n';
import { useDocument } from '../document/document-store';
import type { JourneyFlowNode } from '../document/journey-document';
import { renameNode, setStart, updateNodeData } from '../document/node-actions';
import { configPath, useProblems } from '../validation/problems-store';
import { useProblemText } from '../validation/use-problem-text';
import { journeyLocales } from './locales';
import { PortConnections } from './PortConnections';
import { SchemaForm } from './schema-form/SchemaForm';

const noProblems: never[] = [];

/** The inspector for one step: its name, id, whether it starts the journey, and its config form. */
export function NodeInspector({ nodeId }: { nodeId: string }) {
  const data = useDocument((s) => s.nodes.find((n) => n.id === nodeId)?.data);
  if (!data) return null;
  return <NodeForm node={{ id: nodeId, data }} />;
}

function NodeForm({ node }: { node: Pick<JourneyFlowNode, 'id' | 'data'> }) {
  const definition = catalogue.get(node.data.nodeType);
  const meta = useDocument((s) => s.meta);
  const problems = useProblems((s) => s.byNode.get(node.id)) ?? noProblems;
  const locales = useMemo(() => journeyLocales(meta), [meta]);
  const textOf = useProblemText();
  const configProblems = useMemo(
    () =>
      problems.flatMap((p) => {
        const path = configPath(p);
        return path ? [{ path, message: textOf(p) }] : [];
      }),
    [problems, textOf],
  );
  const otherProblems = problems.filter((p) => configPath(p) === null);
  const { t, locale } = useI18n();
  const text = useMemo(
    () => (definition ? nodeText(definition, locale) : null),
    [definition, locale],
  );

  return (
    <section className="inspector-body" aria-label={t('inspector.step', { id: node.id })}>
      <header
        className="inspector-head"
        style={{ '--accent': definition?.ui.colour ?? '#6b7280' } as React.CSSProperties}
      >
        <span className="journey-node-icon">
          <NodeIcon name={definition?.ui.icon ?? 'puzzle'} size={18} />
        </span>
        <div>
          <h2 className="panel-title">{text?.label ?? node.data.nodeType}</h2>
          <p className="field-help">{text?.help ?? t('inspector.unknownType')}</p>
        </div>
      </header>
      {otherProblems.length > 0 && (
        <ul className="inspector-problems" aria-label={t('inspector.problems')}>
          {otherProblems.map((p, i) => (
            <li key={i} className={`problem problem-${p.severity}`}>
              {textOf(p)}
            </li>
          ))}
        </ul>
      )}
      <div className="field">
        <label className="field-label" htmlFor="node-label">
          {t('inspector.name')}
        </label>
        <input
          id="node-label"
          className="input"
          value={node.data.label ?? ''}
          placeholder={text?.label}
          onChange={(event) => {
            const label = event.target.value;
            updateNodeData(
              node.id,
              ({ label: _old, ...rest }) => (label === '' ? rest : { ...rest, label }),
              `${node.id}.label`,
            );
          }}
        />
      </div>
      <NodeIdField key={node.id} id={node.id} />
      <div className="field">
        {meta.start === node.id ? (
          <p className="field-help">{t('inspector.isStart')}</p>
        ) : (
          <button type="button" className="button button-small" onClick={() => setStart(node.id)}>
            {t('inspector.makeStart')}
          </button>
        )}
      </div>
      <PortConnections nodeId={node.id} data={node.data} />
      {definition && (
        <SchemaForm
          schema={definition.config}
          value={node.data.config}
          locales={locales}
          problems={configProblems}
          coalesceKey={node.id}
          isShown={shownFields(definition, node.data.config)}
          {...(text ? { fieldText: text.field } : {})}
          onChange={(config) =>
            updateNodeData(node.id, (data) => ({ ...data, config }), `${node.id}.config`)
          }
        />
      )}
    </section>
  );
}

/** The step's id, renamed on Enter or when leaving the field (edges and start follow). */
function NodeIdField({ id }: { id: string }) {
  const [text, setText] = useState(id);
  const [error, setError] = useState<string | null>(null);
  const { t } = useI18n();
  const commit = () => {
    if (text === id) return setError(null);
    if (!/^[A-Za-z0-9][A-Za-z0-9-_]*$/.test(text)) return setError(t('inspector.id.invalid'));
    if (!renameNode(id, text)) return setError(t('inspector.id.taken', { id: text }));
    setError(null);
  };
  return (
    <div className={`field${error ? ' has-problem' : ''}`}>
      <label className="field-label" htmlFor="node-id">
        {t('inspector.id.label')}
      </label>
      <input
        id="node-id"
        className="input"
        value={text}
        onChange={(event) => setText(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
        }}
        aria-describedby="node-id-help"
      />
      <p id="node-id-help" className="field-help">
        {t('inspector.id.help')}
      </p>
      {error && (
        <ul className="field-problems">
          <li>{error}</li>
        </ul>
      )}
    </div>
  );
}
