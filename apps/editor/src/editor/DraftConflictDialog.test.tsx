import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { journeysApi } from '../api/api-client';
import type { StoredJourney } from '../api/journey-types';
import { createHttp } from '../api/http';
import { updateNodeData } from '../document/node-actions';
import { openDocument, smallJourney } from '../test-fixtures';
import { DraftConflictDialog } from './DraftConflictDialog';

// What another tab saved: "hello" renamed, "bye" gone, a new "call" step.
const theirs = smallJourney({
  nodes: [
    {
      id: 'wait',
      type: 'wait',
      label: 'Wait two days',
      config: { for: 'P2D' },
      next: { done: 'hello' },
    },
    {
      id: 'hello',
      type: 'remind',
      label: 'Their reminder',
      config: { channel: 'sms', message: { en: 'Hi', vi: 'Chào' } },
      next: { sent: 'call' },
    },
    { id: 'call', type: 'end', label: 'Their ending', config: { outcome: 'done' }, next: {} },
  ],
});
const saved: StoredJourney = {
  id: 'small',
  name: 'Small',
  description: null,
  draft: { ...theirs, id: 'small' },
  draftUpdatedBy: 'Linh (designer)',
  draftRevision: 5,
  draftEtag: '"5"',
  archivedAt: null,
  createdAt: '2026-03-01T09:00:00.000Z',
  updatedAt: '2026-03-02T09:30:00.000Z',
  ok: true,
  problems: [],
  versions: [],
};

/** The journeys client over a server that answers GET /v1/journeys/small with `saved`. */
function apiAnswering() {
  const fetch: typeof globalThis.fetch = () =>
    Promise.resolve(new Response(JSON.stringify(saved), { status: 200 }));
  return journeysApi(createHttp({ fetch, csrfToken: () => 'csrf', onUnauthorized: () => {} }));
}

describe('DraftConflictDialog', () => {
  beforeEach(() => {
    openDocument(smallJourney());
    updateNodeData('bye', (d) => ({ ...d, label: 'My goodbye' }));
  });

  it('says who saved, lists by label how mine differs from theirs, and overwrites with their ETag', async () => {
    const onOverwrite = vi.fn(() => Promise.resolve());
    const onReload = vi.fn();
    render(
      <DraftConflictDialog
        api={apiAnswering()}
        journeyId="small"
        onReload={onReload}
        onOverwrite={onOverwrite}
      />,
    );
    const dialog = screen.getByRole('dialog', { name: 'This draft was changed elsewhere' });
    expect(await within(dialog).findByText(/Linh \(designer\) saved it/)).toBeInTheDocument();
    const lines = within(await screen.findByTestId('conflict-diff'))
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(lines).toEqual(
      expect.arrayContaining([
        'Added “My goodbye”',
        'Removed “Their ending”',
        expect.stringMatching(/^Changed “Their reminder”: .*Name on the canvas.*next \(Sent\)/),
      ]),
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Overwrite with mine' }));
    await waitFor(() => expect(onOverwrite).toHaveBeenCalledWith('"5"'));
    expect(onReload).not.toHaveBeenCalled();
  });

  it('reloads theirs when mine is discarded', async () => {
    const onReload = vi.fn();
    render(
      <DraftConflictDialog
        api={apiAnswering()}
        journeyId="small"
        onReload={onReload}
        onOverwrite={() => Promise.resolve()}
      />,
    );
    await screen.findByTestId('conflict-diff');
    await userEvent.click(screen.getByRole('button', { name: 'Reload theirs (discard mine)' }));
    expect(onReload).toHaveBeenCalledWith(saved);
  });
});
