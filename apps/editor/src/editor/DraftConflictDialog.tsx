import { diffJourneys, type JourneyInput } from '@tandem/dsl';
import { useEffect, useRef, useState } from 'react';
import type { JourneysApi } from '../api/api-client';
import type { StoredJourney } from '../api/journey-types';
import { useDocument } from '../document/document-store';
import { writeDocument } from '../document/journey-document';
import { diffLines, diffNames, type DiffLine } from '../history/diff-lines';
import { useI18n } from '../i18n/use-i18n';

/**
 * Shown when a save was refused because the draft was saved elsewhere (another tab or person)
 * since this one loaded it. It fetches the saved draft, lists how mine differs from it, and
 * lets the person reload (discarding mine) or overwrite (mine replaces theirs). Never silent.
 */
export function DraftConflictDialog({
  api,
  journeyId,
  onReload,
  onOverwrite,
}: {
  api: JourneysApi;
  journeyId: string;
  onReload: (saved: StoredJourney) => void;
  onOverwrite: (savedEtag: string) => Promise<void>;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [saved, setSaved] = useState<StoredJourney | null>(null);
  const [lines, setLines] = useState<DiffLine[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { t, locale, format } = useI18n();

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    let live = true;
    api
      .get(journeyId)
      .then((fresh) => {
        if (!live) return;
        const mine = writeDocument(useDocument.getState());
        const diff = diffJourneys(fresh.draft as JourneyInput, mine as JourneyInput);
        setLines(diffLines(diff, diffNames([mine, fresh.draft], { t, locale }), t));
        setSaved(fresh);
      })
      .catch((problem: unknown) => {
        if (live)
          setError(problem instanceof Error ? problem.message : t('editor.conflict.loadFailed'));
      });
    return () => {
      live = false;
    };
  }, [api, journeyId, t, locale]);

  const overwrite = async () => {
    if (!saved) return;
    setBusy(true);
    try {
      await onOverwrite(saved.draftEtag);
    } catch (problem) {
      setError(problem instanceof Error ? problem.message : t('editor.conflict.saveFailed'));
      setBusy(false);
    }
  };

  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby="conflict-title"
      aria-describedby="conflict-why"
      // Escape would leave the editor saving nothing without saying so: a choice is needed.
      onCancel={(event) => event.preventDefault()}
      data-testid="draft-conflict"
    >
      <h2 id="conflict-title" className="panel-title">
        {t('editor.conflict.title')}
      </h2>
      <p id="conflict-why">
        {saved?.draftUpdatedBy
          ? t('editor.conflict.savedBy', {
              who: saved.draftUpdatedBy,
              time: format.time(saved.updatedAt),
            })
          : t('editor.conflict.savedBySomeone')}
      </p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {saved && (
        <>
          <h3 className="palette-group-title">{t('editor.conflict.compared')}</h3>
          {lines.length === 0 ? (
            <p>{t('editor.conflict.noDifference')}</p>
          ) : (
            <ul className="diff-lines" data-testid="conflict-diff">
              {lines.map((line, i) => (
                <li key={i} className={`diff-${line.kind}`}>
                  {line.text}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      <div className="dialog-actions">
        <button
          type="button"
          className="button"
          disabled={!saved || busy}
          onClick={() => saved && onReload(saved)}
        >
          {t('editor.conflict.reload')}
        </button>
        <button
          type="button"
          className="button button-primary"
          disabled={!saved || busy}
          onClick={() => void overwrite()}
        >
          {t('editor.conflict.overwrite')}
        </button>
      </div>
    </dialog>
  );
}
