import { useCallback, useEffect, useRef, useState } from 'react';
import type { JourneysApi } from '../api/api-client';
import { startAutosaver, type Autosaver, type SaveStatus } from './autosaver';

/** How long the editor waits after the last change before saving the draft. */
export const autosaveDelayMs = 800;

/**
 * Saves the draft to the API as the user edits (invalid drafts too: the API keeps them with
 * their problems), warns before leaving the page with unsaved changes, and saves what is left
 * when the journey is closed. `flush` saves at once (before publishing).
 */
export function useAutosave(api: JourneysApi, journeyId: string, savedText: string) {
  const [status, setStatus] = useState<SaveStatus>({ state: 'saved', at: null });
  const saver = useRef<Autosaver | null>(null);

  useEffect(() => {
    const started = startAutosaver({
      save: (document) => api.saveDraft(journeyId, document),
      savedText,
      delayMs: autosaveDelayMs,
      onStatus: setStatus,
    });
    saver.current = started;
    const beforeUnload = (event: BeforeUnloadEvent) => {
      if (started.dirty()) event.preventDefault();
    };
    window.addEventListener('beforeunload', beforeUnload);
    return () => {
      window.removeEventListener('beforeunload', beforeUnload);
      if (started.dirty()) void started.flush().catch(() => undefined);
      started.stop();
      saver.current = null;
    };
  }, [api, journeyId, savedText]);

  const flush = useCallback(async () => {
    await saver.current?.flush();
  }, []);

  return { status, flush };
}
