import { useEffect, useRef, useState } from 'react';
import type { Problem } from '@tandem/dsl';
import { problemsOf, type JourneysApi } from '../api/api-client';
import type { Published } from '../api/journey-types';
import { useI18n } from '../i18n/use-i18n';
import { useProblems } from '../validation/problems-store';
import { ProblemLine, useProblemReference } from '../validation/ProblemLine';

/**
 * Publishes the saved draft as a new immutable version with a note. While the journey has
 * errors the dialog lists them instead and publishing is blocked (the API refuses too).
 */
export function PublishDialog({
  api,
  journeyId,
  flush,
  onClose,
  onPublished,
  onFocusNode,
}: {
  api: JourneysApi;
  journeyId: string;
  /** Saves the draft now, so what is published is what is on screen. */
  flush: () => Promise<void>;
  onClose: () => void;
  onPublished: (published: Published) => void;
  onFocusNode: (id: string) => void;
}) {
  const local = useProblems((s) => s.problems);
  const { t } = useI18n();
  const referenceOf = useProblemReference();
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [refused, setRefused] = useState<Problem[]>([]);
  const [error, setError] = useState<string | null>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const errors = [...local.filter((p) => p.severity === 'error'), ...refused];

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  const publish = async () => {
    setBusy(true);
    setError(null);
    try {
      await flush();
      onPublished(await api.publish(journeyId, note.trim() || undefined));
    } catch (problem) {
      const problems = problemsOf(problem);
      if (problems.length > 0) setRefused(problems);
      else setError(problem instanceof Error ? problem.message : t('editor.publish.failed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="publish-title" onClose={onClose}>
      <h2 id="publish-title" className="panel-title">
        {t('editor.publish.title')}
      </h2>
      {errors.length > 0 ? (
        <>
          <p role="alert">{t('editor.publish.blocked', { count: errors.length })}</p>
          <ul className="problem-list" data-testid="publish-problems">
            {errors.map((p, i) => (
              <li key={i} className="problem problem-error">
                <button
                  type="button"
                  className="problem-button"
                  title={referenceOf(p)}
                  data-problem-code={p.code}
                  onClick={() => {
                    if (p.nodeId) onFocusNode(p.nodeId);
                    dialog.current?.close();
                  }}
                >
                  <ProblemLine problem={p} />
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <>
          <p>{t('editor.publish.explain')}</p>
          <label className="field-label" htmlFor="publish-note">
            {t('editor.publish.note')}
          </label>
          <textarea
            id="publish-note"
            className="input"
            rows={3}
            maxLength={1000}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
        </>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={() => dialog.current?.close()}>
          {t('common.cancel')}
        </button>
        <button
          type="button"
          className="button button-primary"
          disabled={busy || errors.length > 0}
          onClick={() => void publish()}
        >
          {busy ? t('editor.publish.busy') : t('editor.toolbar.publish')}
        </button>
      </div>
    </dialog>
  );
}
