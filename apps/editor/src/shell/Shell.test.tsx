import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeApi } from '../api/testing/fake-api';
import { renderApp } from '../api/testing/render-app';

const admin = { name: 'Ops admin', role: 'admin' as const, secret: 'tdm_admin_secret_0123456789' };
const designer = { name: 'Maya', role: 'designer' as const, secret: 'tdm_designer_secret_0123456' };
const agent = { name: 'Sam', role: 'agent' as const, secret: 'tdm_agent_secret_01234567890' };
const machine = {
  name: 'CRM',
  role: 'integration' as const,
  secret: 'tdm_crm_secret_012345678901',
};
const everyone = () => fakeApi({ keys: [admin, designer, agent, machine] });

async function signIn(secret: string) {
  const user = userEvent.setup();
  await user.type(await screen.findByLabelText('API key'), secret);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
  return user;
}

/** Everything the browser keeps for this origin, as text. */
const storedText = () =>
  JSON.stringify({ ...Object.entries(localStorage), ...Object.entries(sessionStorage) });

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});

describe('signing in to the web app', () => {
  it('asks the API on load, signs in with the key, and keeps no key in the browser', async () => {
    localStorage.setItem('tandem.apiKey', 'tdm_left_by_an_old_version');
    const api = everyone();
    renderApp(api, '/');
    await signIn(designer.secret);
    await screen.findByRole('heading', { name: 'Journeys' });
    expect(api.requests[0]).toMatchObject({ method: 'GET', path: '/v1/session' });
    expect(
      api.requests.filter((r) => r.path === '/v1/session' && r.method === 'POST'),
    ).toHaveLength(1);
    expect(storedText()).not.toContain(designer.secret);
    expect(storedText()).not.toContain('tdm_');
    expect(localStorage.getItem('tandem.apiKey')).toBeNull();
    expect(screen.queryByLabelText('API key')).toBeNull();
  });

  it('says why a wrong key is refused', async () => {
    renderApp(everyone(), '/');
    await signIn('tdm_not_a_key');
    expect(await screen.findByRole('alert')).toHaveTextContent(/not known to the API/);
  });

  it('refuses an integration key, says why, and closes the session the API opened', async () => {
    const api = everyone();
    renderApp(api, '/');
    await signIn(machine.secret);
    expect(await screen.findByRole('alert')).toHaveTextContent(/for the lender's systems/);
    expect(api.requests.at(-1)).toMatchObject({ method: 'DELETE', path: '/v1/session' });
    // Closed with that session's own CSRF token (the app never took the session on).
    expect(api.requests.at(-1)?.csrf).toMatch(/^csrf-/);
    expect((await api.fetch('/v1/session')).status).toBe(401);
    expect(screen.queryByRole('navigation', { name: 'Main' })).toBeNull();
  });
});

describe('the shell', () => {
  it('shows a designer Journeys and Results only, with their name, role and Sign out', async () => {
    renderApp(everyone(), '/');
    await signIn(designer.secret);
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    const links = within(nav)
      .getAllByRole('link')
      .map((a) => a.textContent);
    expect(links).toEqual(['Journeys', 'Results']);
    expect(screen.getByTestId('signed-in-as')).toHaveTextContent('Maya');
    expect(screen.getByTestId('signed-in-as')).toHaveTextContent('Designer');
    expect(within(nav).getByRole('link', { name: 'Journeys' })).toHaveAttribute(
      'aria-current',
      'page',
    );
  });

  it('shows an admin every screen there is, and Settings opens on API keys', async () => {
    const { location } = renderApp(everyone(), '/');
    const user = await signIn(admin.secret);
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['Journeys', 'Results', 'Tasks', 'Borrowers', 'Settings']);
    await user.click(within(nav).getByRole('link', { name: 'Settings' }));
    await screen.findByRole('heading', { name: 'API keys' });
    expect(location.history.at(-1)).toBe('/settings/keys');
  });

  it('tells a designer who follows a Settings link that it needs another role', async () => {
    renderApp(everyone(), '/settings/keys');
    await signIn(designer.secret);
    expect(
      await screen.findByRole('heading', { name: 'Settings is not open to your role' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/needs the role Admin; you are signed in as Designer/)).toBeVisible();
  });

  it('opens an agent on Tasks, the first of their screens (Tasks, Borrowers)', async () => {
    const { location } = renderApp(everyone(), '/');
    await signIn(agent.secret);
    expect(await screen.findByRole('heading', { name: 'Tasks' })).toBeVisible();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['Tasks', 'Borrowers']);
    expect(location.history.at(-1)).toBe('/tasks');
  });

  it('signs out through the API and shows sign-in again', async () => {
    const api = everyone();
    renderApp(api, '/');
    const user = await signIn(admin.secret);
    await user.click(await screen.findByRole('button', { name: 'Sign out' }));
    await screen.findByLabelText('API key');
    const signOut = api.requests.find((r) => r.method === 'DELETE');
    expect(signOut?.csrf).toMatch(/^csrf-/);
  });

  it('returns to sign-in when the session ends under a screen, and back to the same route', async () => {
    const api = everyone();
    const { location } = renderApp(api, '/settings/keys');
    await signIn(admin.secret);
    await screen.findByRole('heading', { name: 'API keys' });
    api.endSession();
    // Any call now gets 401: the next refresh of the key list.
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Name'), 'Nightly export');
    await user.click(screen.getByRole('button', { name: 'Create key' }));
    expect(await screen.findByText(/Your session ended/)).toBeVisible();
    expect(location.history.at(-1)).toBe('/settings/keys');
    await signIn(admin.secret);
    await waitFor(() => expect(screen.queryByText(/Your session ended/)).toBeNull());
    expect(screen.getByRole('heading', { name: 'API keys' })).toBeVisible();
    expect(location.history.at(-1)).toBe('/settings/keys');
    // The form kept what was typed before the session ended.
    expect(screen.getByLabelText('Name')).toHaveValue('Nightly export');
  });

  it('opens the session the cookie still holds on load, without asking for the key', async () => {
    const api = everyone();
    await api.fetch('/v1/session', {
      method: 'POST',
      body: JSON.stringify({ key: designer.secret }),
    });
    act(() => {
      renderApp(api, '/journeys');
    });
    await screen.findByRole('heading', { name: 'Journeys' });
    expect(screen.queryByLabelText('API key')).toBeNull();
  });
});
