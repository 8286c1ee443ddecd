import { Position, type NodeProps } from '@xyflow/react';
import { Fragment, memo, useContext, useMemo } from 'react';
import { catalogue, portsOf } from '../catalogue/catalogue';
import { nodeText } from '../catalogue/node-text';
import { useI18n } from '../i18n/use-i18n';
import { useDocument } from '../document/document-store';
import type { JourneyFlowNode } from '../document/journey-document';
import type { StepResults } from '../api/results-api';
import { useProblems } from '../validation/problems-store';
import { fieldName, ownProblemText } from '../validation/node-problem-words';
import { problemText } from '../validation/problem-text';
import { cardWidth } from './card-size';
import { FarCard } from './FarCard';
import { FarZoomContext, PortHandle } from './far-zoom';
import { useHighlight } from './highlight-store';
import { NodeIcon } from './node-icon';
import { useResultsOverlay } from './results-overlay-store';

/**
 * A journey step on the canvas: icon and label, a one-line summary of its config, its input on
 * top and one named output handle per port along the bottom (journeys read top to bottom).
 * Problems, the start flag and highlights come from their stores by id, so only the card concerned re-renders.
 */
function NearCard({ id, data, selected }: NodeProps<JourneyFlowNode>) {
  const definition = catalogue.get(data.nodeType);
  const { t, locale, intl } = useI18n();
  const text = useMemo(
    () => (definition ? nodeText(definition, locale) : null),
    [definition, locale],
  );
  const problems = useProblems((s) => s.byNode.get(id));
  const mark = useHighlight((s) => s.nodes.get(id));
  const isStart = useDocument((s) => s.meta.start === id);
  const results = useResultsOverlay((s) => s.steps.get(id));
  // Parsing the config is the card's own cost: a drag re-renders the card, not its config.
  const ports = useMemo(
    () => (definition ? portsOf(definition, data.config) : []),
    [definition, data.config],
  );
  const summary = useMemo(
    () =>
      text ? text.summary(data.config) : t('canvas.card.unknownType', { type: data.nodeType }),
    [text, data.config, data.nodeType, t],
  );
  const errors = problems?.filter((p) => p.severity === 'error') ?? [];
  const warnings = (problems?.length ?? 0) - errors.length;
  const unconnected = new Set(
    (problems ?? []).filter((p) => p.code === 'UNCONNECTED_PORT' && p.port).map((p) => p.port),
  );
  const typeLabel = text?.label ?? data.nodeType;
  const title = data.label ?? typeLabel;
  const status = errors.length > 0 ? 'error' : warnings > 0 ? 'warning' : 'ok';

  return (
    <div
      className={`journey-node status-${status}${selected ? ' is-selected' : ''}${mark ? ` mark-${mark}` : ''}`}
      style={
        {
          '--accent': definition?.ui.colour ?? '#6b7280',
          width: cardWidth(ports.length),
        } as React.CSSProperties
      }
      data-node-id={id}
      aria-label={t('canvas.card.name', { title, type: typeLabel, problems: errors.length })}
    >
      {/* Handles are pointer targets only: a div may not carry an aria-label without a role,
          and keyboard users connect ports from the inspector (PortConnections). The port's
          name is the visible text beside it; the title is a hover hint. */}
      <PortHandle
        type="target"
        position={Position.Top}
        className="node-target"
        title={t('canvas.card.into', { title })}
      />
      <header className="journey-node-header">
        <span className="journey-node-icon">
          <NodeIcon name={definition?.ui.icon ?? 'puzzle'} />
        </span>
        <span className="journey-node-title">{title}</span>
        {isStart && <span className="badge badge-start">{t('canvas.card.start')}</span>}
        {errors.length > 0 && (
          <span
            className="badge badge-error"
            // The card names itself; a loop's problem may name other steps by id.
            title={errors
              .map((p) =>
                problemText(
                  p,
                  { t },
                  {
                    node: (at) => (at === id ? title : at),
                    field: (at, path) =>
                      definition && at === id ? fieldName(definition, locale, path) : null,
                    own: (at, args) =>
                      definition && at === id ? ownProblemText(definition, intl, args) : undefined,
                  },
                ),
              )
              .join('\n')}
          >
            {errors.length}
          </span>
        )}
      </header>
      <div className="journey-node-summary" title={summary}>
        {summary}
      </div>
      {results && (
        <div className="journey-node-results" data-testid="step-results">
          <span>
            {intl.formatMessage(
              { id: 'canvas.card.entered' },
              { count: results.entered, b: (chunks) => <strong key="b">{chunks}</strong> },
            )}
          </span>
          <span>
            {intl.formatMessage(
              { id: 'canvas.card.hereNow' },
              { count: results.now, b: (chunks) => <strong key="b">{chunks}</strong> },
            )}
          </span>
        </div>
      )}
      {ports.length > 0 && (
        <ul className="journey-node-ports">
          {ports.map((port) => (
            <li
              key={port.name}
              className={`port${unconnected.has(port.name) ? ' port-unconnected' : ''}`}
              data-port={port.name}
            >
              <span className="port-label">
                <BreakAfterDots text={text ? text.port(port) : (port.label ?? port.name)} />
                {port.optional ? (
                  <span className="port-optional"> {t('canvas.card.optional')}</span>
                ) : null}
                {results && <PortShare step={results} port={port.name} />}
              </span>
              <PortHandle
                type="source"
                id={port.name}
                position={Position.Bottom}
                className="node-port-handle"
                title={`${title}: ${text ? text.port(port) : (port.label ?? port.name)}`}
              />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Results mode: how many left by a port, and their share of the step's exits. */
function PortShare({ step, port }: { step: StepResults; port: string }) {
  const found = step.ports.find((p) => p.port === port);
  const share = found?.share;
  const { format } = useI18n();
  return (
    <span className="port-share">
      {' '}
      {format.number(found?.count ?? 0)}
      {share !== null && share !== undefined ? ` · ${format.percent(share)}` : ''}
    </span>
  );
}

/** An event name such as "hardship.requested" may wrap after its dots, not mid-word. */
function BreakAfterDots({ text }: { text: string }) {
  return text.split(/(?<=\.)/).map((part, i) => (
    <Fragment key={i}>
      {i > 0 && <wbr />}
      {part}
    </Fragment>
  ));
}

/** A step's card: in full near, its title box only far out (FarCard: the canvas's level of detail). */
function JourneyNodeCard(props: NodeProps<JourneyFlowNode>) {
  const far = useContext(FarZoomContext);
  return far ? <FarCard {...props} /> : <NearCard {...props} />;
}

export const JourneyNode = memo(JourneyNodeCard);
