// React Flow's stylesheet comes with the editor's chunk, not with the app's first load.
import '@xyflow/react/dist/style.css';
import { ReactFlowProvider } from '@xyflow/react';
import { useEffect, useState } from 'react';
import type { JourneysApi } from '../api/api-client';
import type { StoredJourney } from '../api/journey-types';
import { useLocation } from 'wouter';
import { EditorLayout } from './EditorLayout';
import { openJourney } from './load-journey';

type Loaded =
  | { state: 'loading' }
  | { state: 'ready'; journey: StoredJourney; savedText: string }
  | { state: 'failed'; message: string };

/** Loads one journey's draft from the API and opens the editor on it. */
export function EditorScreen({ api, journeyId }: { api: JourneysApi; journeyId: string }) {
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const [, navigate] = useLocation();
  useEffect(() => {
    let live = true;
    api
      .get(journeyId)
      .then((journey) => {
        if (!live) return;
        const opened = openJourney(journey);
        setLoaded(
          opened.ok
            ? { state: 'ready', journey, savedText: opened.savedText }
            : { state: 'failed', message: opened.message },
        );
      })
      .catch(
        (error: unknown) =>
          live &&
          setLoaded({
            state: 'failed',
            message: error instanceof Error ? error.message : 'failed',
          }),
      );
    return () => {
      live = false;
    };
  }, [api, journeyId]);

  if (loaded.state === 'loading') return <p className="screen-message">Opening {journeyId}…</p>;
  if (loaded.state === 'failed') {
    return (
      <div className="screen-message" role="alert">
        <p>This journey could not be opened: {loaded.message}</p>
        <button type="button" className="button" onClick={() => navigate('/journeys')}>
          Back to journeys
        </button>
      </div>
    );
  }
  return (
    <ReactFlowProvider>
      {/* A reload (after a conflict) opens the saved draft afresh: a new key, a clean editor. */}
      <EditorLayout
        key={loaded.journey.draftEtag}
        api={api}
        journey={loaded.journey}
        savedText={loaded.savedText}
        onReload={(saved) => {
          const opened = openJourney(saved);
          setLoaded(
            opened.ok
              ? { state: 'ready', journey: saved, savedText: opened.savedText }
              : { state: 'failed', message: opened.message },
          );
        }}
      />
    </ReactFlowProvider>
  );
}
