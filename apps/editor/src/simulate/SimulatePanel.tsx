import { addDays, personaNames, type EnrollmentFacts } from '@tandem/dsl';
import { Play, X } from 'lucide-react';
import { useEffect, useState } from 'react';
import { catalogue } from '../catalogue/catalogue';
import { nodeText } from '../catalogue/node-text';
import { journeyOutcomeName } from '../catalogue/outcome-name';
import { DateInput } from '../i18n/DateInput';
import { useI18n, type I18n } from '../i18n/use-i18n';
import { personaDescription, personaName as personaTitle } from './persona-words';
import { clearHighlight, setHighlight } from '../canvas/highlight-store';
import { useDocument } from '../document/document-store';
import { useSteps } from '../document/use-steps';
import { writeDocument } from '../document/journey-document';
import { sampleBorrowers } from './sample-borrowers';
import { pathOf, runSimulation, type SimulationRun } from './simulation';
import { BorrowerFields } from './BorrowerFields';
import { timelineHeading } from './timeline-words';
import { borrowerTime, timelineReason } from './timeline-reason-text';
import { useProblemText } from '../validation/use-problem-text';

/** Enrollment a few days before the borrower's due date, at 09:00 UTC. */
function defaultStart(facts: EnrollmentFacts): string {
  const due = facts.account.dueDate ?? '2026-03-05';
  return `${addDays(due, -5)}T09:00`;
}

/**
 * Runs the journey for a persona and a sample borrower in the browser and shows what the
 * borrower would receive, when (in their local time) and why things were deferred. Clicking an
 * entry shows its step; the path taken is highlighted on the canvas.
 */
export function SimulatePanel({
  onFocusNode,
  onClose,
}: {
  onFocusNode: (id: string) => void;
  onClose: () => void;
}) {
  const [personaName, setPersonaName] = useState('promisesAndBreaks');
  const [facts, setFacts] = useState<EnrollmentFacts>(() => sampleBorrowers[0]!.facts);
  const [start, setStart] = useState(() => defaultStart(sampleBorrowers[0]!.facts));
  const [run, setRun] = useState<SimulationRun | null>(null);
  const labels = useSteps();
  const i18n = useI18n();
  const { t, locale } = i18n;
  const textOf = useProblemText();
  const timeZone = facts.borrower.timezone;

  useEffect(() => clearHighlight, []);

  const simulateNow = () => {
    const result = runSimulation({
      document: writeDocument(useDocument.getState()),
      catalogue,
      personaName,
      facts,
      start: new Date(`${start}:00Z`).toISOString(),
    });
    setRun(result);
    if (result.ok) {
      const path = pathOf(result.result.timeline);
      setHighlight({
        nodes: new Map([...path.nodes].map((id) => [id, 'path'])),
        edges: new Map([...path.edges].map((id) => [id, 'path'])),
        caption: t('simulate.pathCaption', { persona: personaTitle(personaName, t) }),
      });
    } else clearHighlight();
  };

  const labelOf = (id: string | null) => {
    if (!id) return '';
    const node = labels.find((n) => n.id === id);
    if (!node) return id;
    const definition = catalogue.get(node.data.nodeType);
    const type = definition ? nodeText(definition, locale).label : node.data.nodeType;
    return node.data.label ?? t('simulate.stepOfType', { type, id });
  };

  return (
    <section className="side-panel simulate-panel" aria-label={t('simulate.label')}>
      <header className="side-panel-head">
        <h2 className="panel-title">{t('simulate.title')}</h2>
        <button
          type="button"
          className="icon-button"
          aria-label={t('simulate.close')}
          onClick={onClose}
        >
          <X size={16} aria-hidden="true" />
        </button>
      </header>
      <div className="field">
        <label className="field-label" htmlFor="sim-persona">
          {t('simulate.persona')}
        </label>
        <select
          id="sim-persona"
          className="input"
          value={personaName}
          onChange={(e) => setPersonaName(e.target.value)}
        >
          {personaNames.map((name) => (
            <option key={name} value={name}>
              {personaTitle(name, t)}
            </option>
          ))}
        </select>
        <p className="field-help">{personaDescription(personaName, t)}</p>
      </div>
      <BorrowerFields
        facts={facts}
        onChange={(next, fromSample) => {
          setFacts(next);
          if (fromSample) setStart(defaultStart(next));
        }}
      />
      <div className="field">
        <label className="field-label" htmlFor="sim-start">
          {t('simulate.start')}
        </label>
        <DateInput
          id="sim-start"
          className="input"
          type="datetime-local"
          value={start}
          onChange={(e) => setStart(e.target.value)}
        />
      </div>
      <button type="button" className="button button-primary" onClick={simulateNow}>
        <Play size={14} aria-hidden="true" /> {t('simulate.run')}
      </button>
      {run && !run.ok && (
        <div className="sim-problems" role="alert">
          <p>{failureText(run, t)}</p>
          <ul>
            {run.problems.map((p, i) => (
              <li key={i}>
                {p.nodeId ? (
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => p.nodeId && onFocusNode(p.nodeId)}
                  >
                    {labelOf(p.nodeId)}
                  </button>
                ) : null}{' '}
                {textOf(p)}
              </li>
            ))}
          </ul>
        </div>
      )}
      {run?.ok && (
        <div className="sim-result">
          <p className="sim-outcome" data-testid="sim-outcome">
            {t('simulate.outcome')}{' '}
            <strong>
              {run.result.outcome === null
                ? t('simulate.stillRunning')
                : journeyOutcomeName(labels, run.result.outcome, locale)}
            </strong>
          </p>
          <ol className="timeline" aria-label={t('simulate.timeline')}>
            {run.result.timeline
              .filter((e) => e.kind !== 'exit')
              .map((entry, i) => (
                <li key={i} className={`timeline-entry kind-${entry.kind}`}>
                  <button
                    type="button"
                    className="timeline-button"
                    onClick={() => entry.nodeId && onFocusNode(entry.nodeId)}
                    disabled={!entry.nodeId}
                  >
                    <span className="timeline-time" title={entry.localTime}>
                      {borrowerTime(entry.at, timeZone, i18n)}
                    </span>
                    <span className="timeline-kind">{timelineHeading(entry, t)}</span>
                    <span className="timeline-node">{labelOf(entry.nodeId)}</span>
                    {entry.text && <span className="timeline-text">{entry.text}</span>}
                    {entry.reason && entry.kind !== 'event' && (
                      <span className="timeline-reason">
                        {entry.kind === 'end'
                          ? journeyOutcomeName(labels, entry.reason, locale)
                          : timelineReason(entry, timeZone, i18n)}
                      </span>
                    )}
                  </button>
                </li>
              ))}
          </ol>
        </div>
      )}
    </section>
  );
}

/** Why a simulation did not run, in the chosen language. */
function failureText(run: Extract<SimulationRun, { ok: false }>, t: I18n['t']): string {
  switch (run.failure.kind) {
    case 'problems':
      return t('simulate.failed.problems', { count: run.problems.length });
    case 'noPersona':
      return t('simulate.failed.noPersona', { persona: run.failure.persona });
    case 'crashed':
      return t('simulate.failed.crashed', { detail: run.failure.detail });
  }
}
