import { useSession } from '../api/session';
import { EditorScreen } from '../editor/EditorScreen';
import { JourneyList } from '../journeys/JourneyList';
import { SignIn } from './SignIn';
import { useRoute } from './use-route';

/** Sign in, then the journeys list (`#/`) or one journey (`#/journeys/<id>`). */
export function App() {
  const api = useSession((s) => s.api);
  const route = useRoute();
  if (!api) return <SignIn />;
  return route.page === 'journey' ? (
    <EditorScreen key={route.id} api={api} journeyId={route.id} />
  ) : (
    <JourneyList api={api} />
  );
}
