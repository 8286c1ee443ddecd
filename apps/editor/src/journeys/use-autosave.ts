import { useCallback, useEffect, useRef, useState } from 'react';
import { isDraftConflict, type JourneysApi } from '../api/api-client';
import { startAutosaver, type Autosaver, type SaveStatus } from './autosaver';

/** How long the editor waits after the last change before saving the draft. */
export const autosaveDelayMs = 800;

/**
 * Saves the draft to the API as the user edits (invalid drafts too: the API keeps them with
 * their problems), warns before leaving the page with unsaved changes, and saves what is left
 * when the journey is closed. `flush` saves at once (before publishing).
 *
 * Every save carries the ETag of the draft it was made from (If-Match); a save refused because
 * someone else saved since puts the status in `conflict` until `overwrite` (save mine over
 * theirs, whose ETag is given) or a reload. `adoptEtag` takes on a draft the editor itself
 * replaced on the server (restoring a version).
 */
export function useAutosave(
  api: JourneysApi,
  journeyId: string,
  savedText: string,
  loadedEtag: string,
) {
  const [status, setStatus] = useState<SaveStatus>({ state: 'saved', at: null });
  const saver = useRef<Autosaver | null>(null);
  const etag = useRef(loadedEtag);

  useEffect(() => {
    etag.current = loadedEtag;
    // The saver being replaced reports no more: its last flush on the way out would otherwise
    // put an old conflict back.
    let live = true;
    const started = startAutosaver({
      save: async (document) => {
        const saved = await api.saveDraft(journeyId, document, etag.current);
        etag.current = saved.draftEtag;
      },
      savedText,
      delayMs: autosaveDelayMs,
      onStatus: (next) => live && setStatus(next),
      isConflict: isDraftConflict,
    });
    saver.current = started;
    const beforeUnload = (event: BeforeUnloadEvent) => {
      if (started.dirty()) event.preventDefault();
    };
    window.addEventListener('beforeunload', beforeUnload);
    return () => {
      live = false;
      window.removeEventListener('beforeunload', beforeUnload);
      if (started.dirty()) void started.flush().catch(() => undefined);
      started.stop();
      saver.current = null;
    };
  }, [api, journeyId, savedText, loadedEtag]);

  const flush = useCallback(async () => {
    await saver.current?.flush();
  }, []);
  const overwrite = useCallback(async (currentEtag: string) => {
    etag.current = currentEtag;
    await saver.current?.resume();
  }, []);
  const adoptEtag = useCallback((next: string) => {
    etag.current = next;
  }, []);

  return { status, flush, overwrite, adoptEtag };
}
