import { X } from 'lucide-react';
import { useEffect, useState } from 'react';
import type { VersionSummary } from '../api/journey-types';
import type { StepResults } from '../api/results-api';
import { clearResultsOverlay, showResultsOverlay } from '../canvas/results-overlay-store';
import { catalogue } from '../catalogue/catalogue';
import { nodeText } from '../catalogue/node-text';
import { exitName, type StepLike } from '../catalogue/outcome-name';
import { useDocument } from '../document/document-store';
import { useI18n } from '../i18n/use-i18n';
import { duration } from './format';
import { useStepResults } from './use-results';
import { reasonCounts } from './reason-words';
import './results.css';

/** The numbers of one step, as the panel shows them when its card is selected. */
function StepNumbers({ step, shown }: { step: StepResults; shown: StepLike['data'] }) {
  const i18n = useI18n();
  const { t, intl, format, locale } = i18n;
  const reasons = (counts: Record<string, number>) => reasonCounts(counts, i18n);
  return (
    <div className="results-step-numbers">
      <dl className="results-step-counts">
        <dt>{t('results.steps.entered')}</dt>
        <dd>{format.number(step.entered)}</dd>
        <dt>{t('results.panel.hereNow')}</dt>
        <dd>{format.number(step.now)}</dd>
        <dt>{t('results.panel.timeAtStep')}</dt>
        <dd>
          {t('results.panel.timeValue', {
            median: duration(step.secondsAtStep.median, intl),
            p90: duration(step.secondsAtStep.p90, intl),
          })}
        </dd>
      </dl>
      <h4>{t('results.steps.leftBy')}</h4>
      {step.ports.length === 0 ? (
        <p>
          {step.ended > 0
            ? t('results.panel.endedHere', { count: format.number(step.ended) })
            : t('results.panel.nobodyLeft')}
        </p>
      ) : (
        <ul>
          {step.ports.map((p) => (
            <li key={p.port}>
              {t('results.panel.port', {
                port: exitName(shown.nodeType, shown.config, p.port, locale),
                count: format.number(p.count),
                share: format.percent(p.share),
              })}
            </li>
          ))}
        </ul>
      )}
      <h4>{t('results.steps.messages')}</h4>
      {step.messages.length === 0 ? (
        <p>{t('results.panel.noMessages')}</p>
      ) : (
        <ul>
          {step.messages.map((m) => (
            <li key={m.channel}>
              <strong>{m.channel}</strong>:{' '}
              {t('results.panel.channel', {
                sent: format.number(m.sent),
                delivered: format.number(m.delivered),
                read: format.number(m.read),
                failed: format.number(m.failed),
                deferred: reasons(m.deferred),
                suppressed: reasons(m.suppressed),
              })}
            </li>
          ))}
        </ul>
      )}
      <h4>{t('results.panel.enrollmentsHere')}</h4>
      {step.nowEnrollmentIds.length === 0 ? (
        <p>{t('results.panel.noneHere')}</p>
      ) : (
        <ul className="results-enrollment-ids">
          {step.nowEnrollmentIds.map((id) => (
            <li key={id}>
              <code>{id}</code>
            </li>
          ))}
          {step.now > step.nowEnrollmentIds.length ? (
            <li>
              {t('results.panel.more', {
                count: format.number(step.now - step.nowEnrollmentIds.length),
              })}
            </li>
          ) : null}
        </ul>
      )}
    </div>
  );
}

/** The overlay's data for one version: polled, written to the canvas's overlay store. */
function VersionOverlay({ journeyId, version }: { journeyId: string; version: number }) {
  const steps = useStepResults({ journeyId, version });
  const selectedNode = useDocument((s) => s.nodes.find((n) => n.selected));
  const selectedId = selectedNode?.id ?? null;
  useEffect(() => {
    if (steps.data) showResultsOverlay(version, steps.data.steps);
  }, [steps.data, version]);
  const { t, locale } = useI18n();
  const selected = steps.data?.steps.find((s) => s.nodeId === selectedId);
  if (steps.error)
    return <p role="alert">{t('results.loadFailed', { error: steps.error.message })}</p>;
  if (!steps.data) return <p>{t('results.loading')}</p>;
  if (!selectedId) return <p>{t('results.panel.pickStep')}</p>;
  if (!selected || !selectedNode) return <p>{t('results.panel.notInVersion', { version })}</p>;
  const definition = catalogue.get(selectedNode.data.nodeType);
  // The step as its card names it: its own label, else its type's name.
  const title =
    selectedNode.data.label ??
    (definition ? nodeText(definition, locale).label : selectedNode.data.nodeType);
  return (
    <>
      <h3 className="results-step-title">{title}</h3>
      <StepNumbers step={selected} shown={selectedNode.data} />
    </>
  );
}

/**
 * Results mode on the canvas: each card of a published version shows how many entered and are
 * there now, each edge is drawn as thick as its share, and the selected step's numbers are here.
 */
export function CanvasResultsPanel(props: {
  journeyId: string;
  versions: VersionSummary[];
  onClose: () => void;
}) {
  const latest = props.versions.reduce((max, v) => Math.max(max, v.version), 0);
  const [version, setVersion] = useState(latest);
  const { t } = useI18n();
  useEffect(() => clearResultsOverlay, []);
  return (
    <section className="side-panel results-panel" aria-label={t('results.title')}>
      <header className="side-panel-head">
        <h2 className="panel-title">{t('results.title')}</h2>
        <button
          type="button"
          className="icon-button"
          aria-label={t('results.panel.close')}
          onClick={props.onClose}
        >
          <X size={16} aria-hidden="true" />
        </button>
      </header>
      {latest === 0 ? (
        <p>{t('results.panel.publishFirst')}</p>
      ) : (
        <>
          <div className="field">
            <label className="field-label" htmlFor="results-version">
              {t('results.version')}
            </label>
            <select
              id="results-version"
              value={version}
              onChange={(e) => setVersion(Number(e.target.value))}
            >
              {[...props.versions]
                .sort((a, b) => b.version - a.version)
                .map((v) => (
                  <option key={v.version} value={v.version}>
                    {t('results.versionN', { version: v.version })}
                  </option>
                ))}
            </select>
          </div>
          <VersionOverlay key={version} journeyId={props.journeyId} version={version} />
        </>
      )}
    </section>
  );
}
