import { lazy } from 'react';
import { Route, Switch, useParams } from 'wouter';
import { useApi } from '../api/client';
import { JourneyList } from './JourneyList';

// The canvas, React Flow and the in-browser validator load when a journey is opened, not with
// the list.
const EditorScreen = lazy(() =>
  import('../editor/EditorScreen').then((m) => ({ default: m.EditorScreen })),
);

function OpenJourney() {
  const { journeys } = useApi();
  const { id } = useParams<{ id: string }>();
  return <EditorScreen key={id} api={journeys} journeyId={id} />;
}

/** Journeys: the list (`/journeys`) and one journey in the editor (`/journeys/<id>`). */
export function JourneysScreen() {
  return (
    <Switch>
      <Route path="/journeys/:id">
        <OpenJourney />
      </Route>
      <Route>
        <JourneyList />
      </Route>
    </Switch>
  );
}
