import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Launch, LaunchApi, LaunchPreview, LaunchSettings } from '../api/launch-api';
import { AudiencePanel } from './AudiencePanel';

const preview: LaunchPreview = {
  matching: 12,
  inAnotherJourney: 2,
  alreadyInThisJourney: 0,
  wouldHoldOut: 1,
  wouldEnroll: 9,
  holdoutIsEstimate: false,
  sample: [{ firstName: 'Lan', borrowerExternalId: 'VN-1', accountExternalId: 'VN-1-L1' }],
};

/** The launch API over one in-memory launch record, recording what the panel sent. */
function memoryApi(initial: Launch | null) {
  let launch = initial;
  const calls: Array<{ what: string; body?: unknown }> = [];
  const stored = (patch: Partial<Launch>): Launch => {
    launch = {
      id: 'launch-1',
      journeyId: 'j',
      rules: { all: [] },
      priority: 100,
      holdoutPercent: 0,
      reentryCooloffDays: 30,
      status: 'draft',
      createdBy: 'me',
      createdAt: '2026-12-06T10:00:00Z',
      updatedBy: 'me',
      updatedAt: '2026-12-06T10:00:00Z',
      liveEnrollments: 0,
      heldOut: 0,
      ...launch,
      ...patch,
    };
    return launch;
  };
  const api: LaunchApi = {
    get: () => Promise.resolve(launch),
    save: (_id: string, settings: LaunchSettings) => {
      calls.push({ what: 'save', body: settings });
      return Promise.resolve(stored(settings));
    },
    preview: (_id: string, body) => {
      calls.push({ what: 'preview', body });
      return Promise.resolve(preview);
    },
    act: (_id: string, action) => {
      calls.push({ what: action });
      return Promise.resolve(acted(action));
    },
  };
  const acted = (action: 'start' | 'pause' | 'stop') => {
    if (action === 'start') {
      return {
        launch: stored({ status: 'live', liveEnrollments: 9, heldOut: 1 }),
        enrolled: 9,
        heldOut: 1,
        cancelled: 0,
      };
    }
    if (action === 'stop') {
      return {
        launch: stored({ status: 'stopped', liveEnrollments: 0 }),
        enrolled: 0,
        heldOut: 0,
        cancelled: 9,
      };
    }
    return { launch: stored({ status: 'paused' }), enrolled: 0, heldOut: 0, cancelled: 0 };
  };
  return { api, calls };
}

const messages: string[] = [];
const renderPanel = (api: LaunchApi, published = true) =>
  render(
    <AudiencePanel
      api={api}
      journeyId="j"
      published={published}
      onClose={() => {}}
      onMessage={(text) => messages.push(text)}
    />,
  );

describe('AudiencePanel', () => {
  it('offers only borrower and account facts for entry rules', () => {
    renderPanel(memoryApi(null).api);
    const options = within(screen.getByLabelText('Fact')).getAllByRole('option');
    const facts = options.map((o) => o.getAttribute('value'));
    expect(facts).toContain('account.daysPastDue');
    expect(facts).toContain('borrower.segment');
    expect(facts.some((f) => f?.startsWith('journey.') || f?.startsWith('links.'))).toBe(false);
  });

  it('previews, then launches after a confirmation naming the number', async () => {
    const { api, calls } = memoryApi(null);
    renderPanel(api);
    await userEvent.click(screen.getByRole('button', { name: 'Preview' }));
    const shown = await screen.findByTestId('launch-preview');
    expect(shown).toHaveTextContent('Match now12');
    expect(shown).toHaveTextContent('In another journey2');
    expect(within(shown).getByRole('cell', { name: 'VN-1-L1' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Launch' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByTestId('confirm-message')).toHaveTextContent(
      '9 accounts will be enrolled now and 1 held out',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Launch to 9' }));
    await waitFor(() => expect(screen.getByTestId('launch-status')).toHaveTextContent('Live'));
    expect(calls.map((c) => c.what)).toEqual(['preview', 'save', 'start']);
    expect(messages).toContain('Launched: 9 accounts enrolled, 1 held out');
  });

  it('asks before stopping, naming the running enrollments it cancels', async () => {
    const { api, calls } = memoryApi(null);
    await api.save('j', {
      rules: { all: [] },
      priority: 1,
      holdoutPercent: 0,
      reentryCooloffDays: 0,
    });
    await api.act('j', 'start');
    renderPanel(api);
    await userEvent.click(await screen.findByRole('button', { name: 'Stop' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByTestId('confirm-message')).toHaveTextContent(
      '9 running enrollments will be cancelled now',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Stop and cancel 9' }));
    await waitFor(() => expect(screen.getByTestId('launch-status')).toHaveTextContent('Stopped'));
    expect(calls.at(-1)).toEqual({ what: 'stop' });
  });

  it('does not launch a journey that has no published version', () => {
    renderPanel(memoryApi(null).api, false);
    expect(screen.getByRole('note')).toHaveTextContent('Publish the journey first');
    expect(screen.getByRole('button', { name: 'Launch' })).toBeDisabled();
  });
});
