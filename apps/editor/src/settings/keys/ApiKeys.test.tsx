import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeApi, type FakeApi } from '../../api/testing/fake-api';
import { renderApp } from '../../api/testing/render-app';

const admin = { name: 'Ops admin', role: 'admin' as const, secret: 'tdm_admin_secret_0123456789' };
const crm = {
  name: 'CRM sync',
  role: 'integration' as const,
  secret: 'tdm_crm_secret_012345678901',
};

/** Signs in as the admin on Settings → API keys and waits for the list. */
async function openKeys(api: FakeApi) {
  renderApp(api, '/settings/keys');
  const user = userEvent.setup();
  await user.type(await screen.findByLabelText('API key'), admin.secret);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
  await screen.findByRole('heading', { name: 'API keys' });
  return user;
}

const table = () => screen.findByRole('table', { name: 'API keys' });
const rowOf = async (name: string) =>
  (await within(await table()).findByRole('rowheader', { name: new RegExp(`^${name}`) })).closest(
    'tr',
  )!;

describe('Settings → API keys', () => {
  it('lists every key with its role, prefix, dates and status, and marks your own', async () => {
    const api = fakeApi({ keys: [admin, crm] });
    await openKeys(api);
    const crmRow = await rowOf('CRM sync');
    expect(crmRow).toHaveTextContent('Integration');
    expect(crmRow).toHaveTextContent('tdm_crm_secr…');
    expect(crmRow).toHaveTextContent('Active');
    expect(crmRow).not.toHaveTextContent(crm.secret);
    expect(await rowOf('Ops admin')).toHaveTextContent('(your key)');
    const headers = within(await table())
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual([
      'Name',
      'Role',
      'Key',
      'Created',
      'Expires',
      'Last used',
      'Status',
      'Actions',
    ]);
  });

  it('creates a key and shows its secret once, with a copy button', async () => {
    const api = fakeApi({ keys: [admin] });
    const user = await openKeys(api);
    await user.type(screen.getByLabelText('Name'), 'Maya');
    await user.selectOptions(screen.getByLabelText('Role'), 'designer');
    expect(screen.getByText(/Designer: designs and publishes journeys/)).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Create key' }));

    const created = api.keys().find((k) => k.name === 'Maya')!;
    expect(created.role).toBe('designer');
    const secretField = await screen.findByLabelText('Secret of “Maya”');
    const secret = (secretField as HTMLInputElement).value;
    expect(secret).toMatch(/^tdm_new_secret_/);
    expect(screen.getByText('Copy it now: you will not see it again.')).toBeVisible();
    expect(screen.getByRole('heading', { name: 'The key for “Maya”' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Copy' }));
    // user-event's clipboard stands in for the browser's.
    expect(await navigator.clipboard.readText()).toBe(secret);
    expect(await screen.findByText('Copied to the clipboard.')).toBeVisible();
    expect(await rowOf('Maya')).toHaveTextContent('Designer');

    await user.click(screen.getByRole('button', { name: 'I have stored it' }));
    expect(screen.queryByDisplayValue(secret)).toBeNull();
    expect(document.body.textContent).not.toContain(secret);
    expect(screen.getByRole('button', { name: 'Create key' })).toBeVisible();
  });

  it('sends an expiry date when one is chosen, and none when not', async () => {
    const api = fakeApi({ keys: [admin] });
    const user = await openKeys(api);
    await user.type(screen.getByLabelText('Name'), 'Temp');
    await user.type(screen.getByLabelText('Expires on (optional)'), '2027-01-31');
    await user.click(screen.getByRole('button', { name: 'Create key' }));
    await screen.findByLabelText('Secret of “Temp”');
    const sent = api.requests.find((r) => r.method === 'POST' && r.path === '/v1/keys');
    expect(sent?.body).toEqual({
      name: 'Temp',
      role: 'designer',
      expiresAt: new Date('2027-01-31T00:00:00').toISOString(),
    });
    expect(sent?.csrf).toMatch(/^csrf-/);
  });

  it('revokes a key after a confirmation that names it', async () => {
    const api = fakeApi({ keys: [admin, crm] });
    const user = await openKeys(api);
    await user.click(
      within(await rowOf('CRM sync')).getByRole('button', { name: 'Revoke CRM sync' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Revoke “CRM sync”?' });
    expect(dialog).toHaveTextContent('stops working at once');
    expect(dialog).toHaveTextContent('tdm_crm_secr…');
    await user.click(within(dialog).getByRole('button', { name: 'Revoke key' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await rowOf('CRM sync')).toHaveTextContent(/Revoked/);
    expect(within(await rowOf('CRM sync')).queryByRole('button')).toBeNull();
    expect(api.keys().find((k) => k.name === 'CRM sync')?.revokedAt).not.toBeNull();
  });

  it('cancels a revocation from the keyboard alone', async () => {
    const api = fakeApi({ keys: [admin, crm] });
    const user = await openKeys(api);
    within(await rowOf('CRM sync'))
      .getByRole('button', { name: 'Revoke CRM sync' })
      .focus();
    await user.keyboard('{Enter}');
    await screen.findByRole('dialog', { name: 'Revoke “CRM sync”?' });
    // Focus starts in the dialog; Cancel comes first (Escape is the browser's, tested in Chromium).
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(api.keys().find((k) => k.name === 'CRM sync')?.revokedAt).toBeNull();
  });

  it('warns before you revoke the key you are signed in with', async () => {
    const api = fakeApi({ keys: [admin, crm] });
    const user = await openKeys(api);
    await user.click(
      within(await rowOf('Ops admin')).getByRole('button', { name: 'Revoke Ops admin' }),
    );
    expect(await screen.findByRole('dialog')).toHaveTextContent(
      'This is the key you are signed in with: you will be signed out.',
    );
  });

  it('rotates a key with a grace period and shows the new secret once', async () => {
    const api = fakeApi({ keys: [admin, crm] });
    const user = await openKeys(api);
    await user.click(
      within(await rowOf('CRM sync')).getByRole('button', { name: 'Rotate CRM sync' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Rotate “CRM sync”?' });
    await user.selectOptions(within(dialog).getByLabelText(/keeps working for/), '3600');
    await user.click(within(dialog).getByRole('button', { name: 'Rotate key' }));
    const secret = await screen.findByLabelText('Secret of “CRM sync”');
    expect((secret as HTMLInputElement).value).toMatch(/^tdm_new_secret_/);
    const sent = api.requests.find((r) => r.path.endsWith('/rotate'));
    expect(sent?.body).toEqual({ graceSeconds: 3600 });
  });

  it('says when the list cannot be loaded, and loads it on "Try again"', async () => {
    const api = fakeApi({ keys: [admin] });
    api.fail('GET /v1/keys');
    const user = await openKeys(api);
    const alert = await screen.findByText(/The keys could not be loaded/, {}, { timeout: 5000 });
    expect(alert).toBeVisible();
    api.heal('GET /v1/keys');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await rowOf('Ops admin')).toBeInTheDocument();
  });

  it('shows a loading state until the list arrives', async () => {
    const api = fakeApi({ keys: [admin] });
    const release = api.hold('GET /v1/keys');
    renderApp(api, '/settings/keys');
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('API key'), admin.secret);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('Loading keys…')).toBeInTheDocument();
    release();
    await table();
    expect(screen.queryByText('Loading keys…')).toBeNull();
  });
});
