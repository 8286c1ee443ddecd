import { X } from 'lucide-react';
import { useEffect, useState } from 'react';
import type { VersionSummary } from '../api/journey-types';
import type { StepResults } from '../api/results-api';
import { clearResultsOverlay, showResultsOverlay } from '../canvas/results-overlay-store';
import { useDocument } from '../document/document-store';
import { duration, percent } from './format';
import { useStepResults } from './use-results';
import './results.css';

const reasons = (counts: Record<string, number>) =>
  Object.entries(counts)
    .map(([reason, n]) => `${reason} ${n}`)
    .join(', ') || 'none';

/** The numbers of one step, as the panel shows them when its card is selected. */
function StepNumbers({ step }: { step: StepResults }) {
  return (
    <div className="results-step-numbers">
      <dl className="results-step-counts">
        <dt>Entered</dt>
        <dd>{step.entered}</dd>
        <dt>Here now</dt>
        <dd>{step.now}</dd>
        <dt>Time at step</dt>
        <dd>
          median {duration(step.secondsAtStep.median)}, p90 {duration(step.secondsAtStep.p90)}
        </dd>
      </dl>
      <h4>Left by</h4>
      {step.ports.length === 0 ? (
        <p>{step.ended > 0 ? `${step.ended} ended here` : 'Nobody has left yet.'}</p>
      ) : (
        <ul>
          {step.ports.map((p) => (
            <li key={p.port}>
              {p.port}: {p.count} ({percent(p.share)})
            </li>
          ))}
        </ul>
      )}
      <h4>Messages</h4>
      {step.messages.length === 0 ? (
        <p>No messages from this step.</p>
      ) : (
        <ul>
          {step.messages.map((m) => (
            <li key={m.channel}>
              <strong>{m.channel}</strong>: {m.sent} sent, {m.delivered} delivered, {m.read} read,{' '}
              {m.failed} failed; deferred: {reasons(m.deferred)}; suppressed:{' '}
              {reasons(m.suppressed)}
            </li>
          ))}
        </ul>
      )}
      <h4>Enrollments here now</h4>
      {step.nowEnrollmentIds.length === 0 ? (
        <p>None.</p>
      ) : (
        <ul className="results-enrollment-ids">
          {step.nowEnrollmentIds.map((id) => (
            <li key={id}>
              <code>{id}</code>
            </li>
          ))}
          {step.now > step.nowEnrollmentIds.length ? (
            <li>and {step.now - step.nowEnrollmentIds.length} more</li>
          ) : null}
        </ul>
      )}
    </div>
  );
}

/** The overlay's data for one version: polled, written to the canvas's overlay store. */
function VersionOverlay({ journeyId, version }: { journeyId: string; version: number }) {
  const steps = useStepResults({ journeyId, version });
  const selectedId = useDocument((s) => s.nodes.find((n) => n.selected)?.id ?? null);
  useEffect(() => {
    if (steps.data) showResultsOverlay(version, steps.data.steps);
  }, [steps.data, version]);
  const selected = steps.data?.steps.find((s) => s.nodeId === selectedId);
  if (steps.error) return <p role="alert">Could not load the results: {steps.error.message}</p>;
  if (!steps.data) return <p>Loading…</p>;
  if (!selectedId) return <p>Click a step on the canvas to see its numbers.</p>;
  if (!selected) return <p>This step is not in version {version}.</p>;
  return (
    <>
      <h3 className="results-step-title">{selectedId}</h3>
      <StepNumbers step={selected} />
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
  useEffect(() => clearResultsOverlay, []);
  return (
    <section className="side-panel results-panel" aria-label="Results">
      <header className="side-panel-head">
        <h2 className="panel-title">Results</h2>
        <button
          type="button"
          className="icon-button"
          aria-label="Close results"
          onClick={props.onClose}
        >
          <X size={16} aria-hidden="true" />
        </button>
      </header>
      {latest === 0 ? (
        <p>Publish this journey to see its results here.</p>
      ) : (
        <>
          <div className="field">
            <label className="field-label" htmlFor="results-version">
              Version
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
                    Version {v.version}
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
