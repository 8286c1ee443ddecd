import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeApi, type FakeApi } from '../../api/testing/fake-api';
import { renderApp } from '../../api/testing/render-app';

const admin = { name: 'Ops admin', role: 'admin' as const, secret: 'tdm_admin_secret_0123456789' };

async function openLender(api: FakeApi) {
  renderApp(api, '/settings/lender');
  const user = userEvent.setup();
  await user.type(await screen.findByLabelText('API key'), admin.secret);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
  await screen.findByRole('heading', { name: 'Lender' });
  return user;
}

describe('Settings → Lender', () => {
  it('saves the names, contact and colour, leaving blank fields out', async () => {
    const api = fakeApi({ keys: [admin] });
    const user = await openLender(api);
    await user.type(await screen.findByLabelText('Legal name'), 'Acme Lending LLC');
    await user.type(screen.getByLabelText('Trading name (optional)'), 'Acme');
    await user.type(screen.getByLabelText('Support phone (optional)'), '+1 555 0100');
    await user.type(screen.getByLabelText('Brand colour (optional)'), '#0b5cad');
    expect(screen.getByText(/Contrast with white text: 6\.\d:1 — readable\./)).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Save lender settings' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Saved.');
    expect(api.lender()?.settings).toEqual({
      legalName: 'Acme Lending LLC',
      tradingName: 'Acme',
      supportPhone: '+1 555 0100',
      brandColour: '#0b5cad',
    });
  });

  it('keeps the payment page and the structured hours (set through the API) when the form is saved', async () => {
    const supportSchedule = {
      timeZone: 'America/New_York',
      periods: [{ days: ['mon', 'fri'], open: '09:00', close: '17:00' }],
    };
    const payment = {
      urlTemplate:
        'https://pay.example/?a={amount}&c={currency}&ac={account}&r={reference}&u={return_url}&s={signature}',
      minAmount: 5,
    };
    const api = fakeApi({
      keys: [admin],
      lender: {
        settings: { legalName: 'Acme Lending LLC', payment, supportSchedule },
        updatedBy: 'api',
        updatedAt: '2026-12-01T00:00:00.000Z',
      },
    });
    const user = await openLender(api);
    await user.type(await screen.findByLabelText('Trading name (optional)'), 'Acme');
    await user.click(screen.getByRole('button', { name: 'Save lender settings' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Saved.');
    expect(api.lender()?.settings).toEqual({
      legalName: 'Acme Lending LLC',
      tradingName: 'Acme',
      payment,
      supportSchedule,
    });
  });

  it('shows a refused save in a focused summary, marks each field and keeps what was typed', async () => {
    const api = fakeApi({ keys: [admin] });
    const user = await openLender(api);
    await user.type(await screen.findByLabelText('Trading name (optional)'), 'Acme');
    await user.type(screen.getByLabelText('Brand colour (optional)'), '#7fb2e5');
    expect(screen.getByText(/too faint: choose a darker colour/)).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Save lender settings' }));
    const summary = await screen.findByRole('alert');
    await waitFor(() => expect(summary).toHaveFocus());
    expect(summary).toHaveTextContent('The settings were not saved');
    expect(screen.getByRole('link', { name: 'Legal name: Required' })).toHaveAttribute(
      'href',
      '#lender-legalName',
    );
    const colour = screen.getByLabelText('Brand colour (optional)');
    expect(colour).toHaveAttribute('aria-invalid', 'true');
    expect(colour).toHaveAccessibleDescription(/white text on this colour is too faint/);
    expect(colour).toHaveValue('#7fb2e5');
    expect(screen.getByLabelText('Trading name (optional)')).toHaveValue('Acme');
    expect(api.lender()).toBeNull();
  });

  it('turns the portal identity check on, and keeps it on the next save', async () => {
    const api = fakeApi({ keys: [admin] });
    const user = await openLender(api);
    await user.type(await screen.findByLabelText('Legal name'), 'Acme Lending LLC');
    const check = screen.getByLabelText('Identity check (optional)');
    expect(check).toHaveValue('');
    expect(check).toHaveAccessibleDescription(/Five wrong answers lock the link for 30 minutes/);
    await user.selectOptions(check, 'Postcode');
    await user.click(screen.getByRole('button', { name: 'Save lender settings' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Saved.');
    expect(api.lender()?.settings).toEqual({
      legalName: 'Acme Lending LLC',
      identityCheck: { fact: 'postcode' },
    });
  });

  it('loads what was saved before, and who saved it', async () => {
    const api = fakeApi({
      keys: [admin],
      lender: {
        settings: {
          legalName: 'Acme Lending LLC',
          privacyUrl: 'https://acme.example/privacy',
          identityCheck: { fact: 'accountLast4' },
        },
        updatedBy: 'Ops admin',
        updatedAt: '2026-12-01T09:00:00Z',
      },
    });
    await openLender(api);
    expect(await screen.findByLabelText('Legal name')).toHaveValue('Acme Lending LLC');
    expect(screen.getByLabelText('Privacy notice link (optional)')).toHaveValue(
      'https://acme.example/privacy',
    );
    expect(screen.getByLabelText('Identity check (optional)')).toHaveValue('accountLast4');
    expect(screen.getByText(/Last changed by Ops admin/)).toBeVisible();
  });
});
