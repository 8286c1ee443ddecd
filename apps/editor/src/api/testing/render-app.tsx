import { render } from '@testing-library/react';
import { memoryLocation } from 'wouter/memory-location';
import { App } from '../../app/App';
import { createApiClient } from '../client';
import { createQueryClient } from '../query-client';
import { useSession } from '../session';
import type { FakeApi } from './fake-api';

/** The whole app on a path (e.g. `/settings/keys`), talking to a fake API, in happy-dom. */
export function renderApp(api: FakeApi, path = '/') {
  useSession.setState({ state: { status: 'checking' } });
  const location = memoryLocation({ path, record: true });
  const client = createApiClient({ fetch: api.fetch, base: 'http://app.test' });
  const view = render(
    <App client={client} queryClient={createQueryClient()} locationHook={location.hook} />,
  );
  return { ...view, location };
}
