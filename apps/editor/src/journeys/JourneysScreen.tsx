import { lazy } from 'react';
import { Route, Switch, useParams } from 'wouter';
import { useApi } from '../api/client';
import { JourneyList } from './JourneyList';

// The canvas, React Flow and the in-browser validator load when a journey is opened, not with
// the list.
const EditorScreen = lazy(() =>
  import('../editor/EditorScreen').then((m) => ({ default: m.EditorScreen })),
);

const ExperimentScreen = lazy(() =>
  import('../experiments/ExperimentScreen').then((m) => ({ default: m.ExperimentScreen })),
);

function OpenExperiment() {
  const { id, version, nodeId } = useParams<{ id: string; version: string; nodeId: string }>();
  return <ExperimentScreen journeyId={id} version={Number(version)} nodeId={nodeId} />;
}

function OpenJourney() {
  const { journeys } = useApi();
  const { id } = useParams<{ id: string }>();
  return <EditorScreen key={id} api={journeys} journeyId={id} />;
}

/**
 * Journeys: the list (`/journeys`), one journey in the editor (`/journeys/<id>`), and a split's
 * experiment in a published version (`/journeys/<id>/versions/<v>/experiments/<node>`).
 */
export function JourneysScreen() {
  return (
    <Switch>
      <Route path="/journeys/:id/versions/:version/experiments/:nodeId">
        <OpenExperiment />
      </Route>
      <Route path="/journeys/:id">
        <OpenJourney />
      </Route>
      <Route>
        <JourneyList />
      </Route>
    </Switch>
  );
}
