import { History, RotateCcw, X } from 'lucide-react';
import { useEffect, useState } from 'react';
import type { JourneysApi } from '../api/api-client';
import type { ApiDiff, StoredJourney, VersionSummary } from '../api/journey-types';
import { clearHighlight, setHighlight } from '../canvas/highlight-store';
import { edit } from '../document/history';
import { readDocument } from '../document/journey-document';
import { VersionExperimentLinks } from '../experiments/VersionExperimentLinks';
import { diffMarks, pathText } from './diff-marks';
import { useI18n } from '../i18n/use-i18n';
import { catalogue, portsOf } from '../catalogue/catalogue';
import { nodeText } from '../catalogue/node-text';
import { useSteps } from '../document/use-steps';
import { fieldName } from '../validation/node-problem-words';

/**
 * Published versions, newest first. Comparing one with the draft highlights what changed on
 * the canvas (added, changed, rewired) and lists removed steps; "restore as draft" puts a
 * version's content back on the canvas as an ordinary, undoable edit that autosaves.
 */
export function HistoryPanel({
  api,
  journeyId,
  versions,
  onClose,
  onMessage,
  onRestored,
  onCompareVersions,
}: {
  api: JourneysApi;
  journeyId: string;
  versions: VersionSummary[];
  onClose: () => void;
  onMessage: (text: string) => void;
  /** The server replaced the draft: its new ETag is the base of the next save. */
  onRestored: (restored: StoredJourney) => void;
  /** Draws version `from` against `to` (a version or the draft) on a canvas of their own. */
  onCompareVersions: (from: number, to: number | 'draft') => void;
}) {
  const [compared, setCompared] = useState<{ version: number; diff: ApiDiff } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { t, format } = useI18n();

  useEffect(() => clearHighlight, []);

  const compare = async (version: number) => {
    setError(null);
    try {
      const { diff } = await api.diff(journeyId, version, 'draft');
      setCompared({ version, diff });
      setHighlight(diffMarks(diff, t('history.changesSince', { version })));
    } catch (problem) {
      setError(problem instanceof Error ? problem.message : t('editor.compare.failed'));
    }
  };

  const restore = async (version: number) => {
    setError(null);
    try {
      // The server restores it (and its audit trail says who did); the canvas then shows the
      // restored draft as an ordinary edit, so undo still brings the previous one back.
      const restored = await api.restore(journeyId, version);
      onRestored(restored);
      const { draft } = restored;
      const reading = readDocument(draft);
      if (!reading.ok) throw new Error(reading.message);
      edit(() => reading.document);
      clearHighlight();
      setCompared(null);
      onMessage(t('history.restored', { version }));
    } catch (problem) {
      setError(problem instanceof Error ? problem.message : t('history.restoreFailed'));
    }
  };

  return (
    <section className="side-panel history-panel" aria-label={t('editor.toolbar.historyTitle')}>
      <header className="side-panel-head">
        <h2 className="panel-title">
          <History size={16} aria-hidden="true" /> {t('history.title')}
        </h2>
        <button
          type="button"
          className="icon-button"
          aria-label={t('history.close')}
          onClick={onClose}
        >
          <X size={16} aria-hidden="true" />
        </button>
      </header>
      {versions.length === 0 && <p className="field-help">{t('history.empty')}</p>}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <ol className="version-list">
        {versions.map((v) => (
          <li
            key={v.version}
            className={`version${compared?.version === v.version ? ' is-compared' : ''}`}
          >
            <div className="version-head">
              <strong>v{v.version}</strong>
              <span className="field-help">
                {format.dateTime(v.publishedAt)} · {v.author}
              </span>
            </div>
            {v.note && <p className="version-note">{v.note}</p>}
            <VersionExperimentLinks api={api} journeyId={journeyId} version={v.version} />
            <div className="version-actions">
              <button
                type="button"
                className="button button-small"
                onClick={() => void compare(v.version)}
              >
                {t('history.compareDraft')}
              </button>
              <button
                type="button"
                className="button button-small"
                onClick={() => void restore(v.version)}
              >
                <RotateCcw size={14} aria-hidden="true" /> {t('history.restore')}
              </button>
            </div>
          </li>
        ))}
      </ol>
      {versions.length > 0 && <ComparePicker versions={versions} onCompare={onCompareVersions} />}
      {compared && <DiffSummary version={compared.version} diff={compared.diff} />}
    </section>
  );
}

/**
 * Names for a diff as the canvas and inspector give them: a step by its label on the canvas
 * (else its id), a type by its name, a field and an exit by their labels, in the chosen language.
 */
function useDiffNames() {
  const { t, locale } = useI18n();
  const steps = useSteps();
  const definition = (type: string) => catalogue.get(type);
  const typeName = (type: string) => {
    const found = definition(type);
    return found ? nodeText(found, locale).label : type;
  };
  return {
    type: typeName,
    /** The step's label, else its id (an added or removed step shows its type beside it). */
    label: (id: string) => steps.find((n) => n.id === id)?.data.label || id,
    step: (id: string, type: string) =>
      steps.find((n) => n.id === id)?.data.label ||
      t('validation.step.ofType', { type: typeName(type), id }),
    field: (type: string, path: ReadonlyArray<string | number>) => {
      const found = definition(type);
      if (path[0] === 'label') return t('inspector.name');
      if (path[0] !== 'config' || !found) return pathText(path);
      return fieldName(found, locale, path.slice(1)) ?? pathText(path);
    },
    port: (id: string, port: string) => {
      const step = steps.find((n) => n.id === id);
      const found = step ? definition(step.data.nodeType) : undefined;
      const spec =
        found && step ? portsOf(found, step.data.config).find((p) => p.name === port) : undefined;
      return found && spec ? nodeText(found, locale).port(spec) : port;
    },
  };
}

export function DiffSummary({ version, diff }: { version: number; diff: ApiDiff }) {
  const { t } = useI18n();
  const names = useDiffNames();
  const nothing =
    diff.added.length +
      diff.removed.length +
      diff.changed.length +
      diff.rewired.length +
      diff.journey.length ===
    0;
  return (
    <div className="diff-summary" aria-live="polite" data-testid="diff-summary">
      <h3 className="palette-group-title">{t('history.diff.title', { version })}</h3>
      {nothing && <p>{t('history.diff.none')}</p>}
      <ul>
        {diff.added.map((n) => (
          <li key={`a-${n.nodeId}`} className="diff-added">
            {t('history.diff.added', { id: names.label(n.nodeId), type: names.type(n.type) })}
          </li>
        ))}
        {diff.removed.map((n) => (
          <li key={`r-${n.nodeId}`} className="diff-removed">
            {t('history.diff.removed', { id: names.label(n.nodeId), type: names.type(n.type) })}
          </li>
        ))}
        {diff.changed.map((n) => (
          <li key={`c-${n.nodeId}`} className="diff-changed">
            {t('history.diff.changed', {
              id: names.step(n.nodeId, n.type),
              fields: [...new Set(n.changes.map((c) => names.field(n.type, c.path)))].join(', '),
            })}
          </li>
        ))}
        {diff.rewired.map((r) => (
          <li key={`w-${r.nodeId}-${r.port}`} className="diff-changed">
            {t('history.diff.rewired', {
              step: names.label(r.nodeId),
              port: names.port(r.nodeId, r.port),
              before: r.before === null ? t('history.diff.nothing') : names.label(r.before),
              after: r.after === null ? t('history.diff.nothing') : names.label(r.after),
            })}
          </li>
        ))}
        {diff.journey.map((c) => (
          <li key={`j-${pathText(c.path)}`} className="diff-changed">
            {t('history.diff.journey', { field: pathText(c.path) })}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Pick version A and version B (or the draft) to see on the canvas what changed between them. */
function ComparePicker({
  versions,
  onCompare,
}: {
  versions: VersionSummary[];
  onCompare: (from: number, to: number | 'draft') => void;
}) {
  const oldest = versions.at(-1)?.version ?? 1;
  const [from, setFrom] = useState(String(oldest));
  const [to, setTo] = useState(versions.length > 1 ? String(versions[0]!.version) : 'draft');
  const { t } = useI18n();
  return (
    <form
      className="compare-pick"
      aria-label={t('history.pick.title')}
      onSubmit={(event) => {
        event.preventDefault();
        onCompare(Number(from), to === 'draft' ? 'draft' : Number(to));
      }}
    >
      <h3 className="palette-group-title">{t('history.pick.title')}</h3>
      <label>
        <span>{t('history.pick.from')}</span>
        <select className="input" value={from} onChange={(event) => setFrom(event.target.value)}>
          {versions.map((v) => (
            <option key={v.version} value={v.version}>
              v{v.version}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('history.pick.to')}</span>
        <select className="input" value={to} onChange={(event) => setTo(event.target.value)}>
          <option value="draft">{t('history.pick.draft')}</option>
          {versions.map((v) => (
            <option key={v.version} value={v.version}>
              v{v.version}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="button button-small">
        {t('history.pick.show')}
      </button>
    </form>
  );
}
