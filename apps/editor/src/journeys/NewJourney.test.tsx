import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { JourneysApi } from '../api/api-client';
import { NewJourney } from './NewJourney';

/** Records what the form would send; a blank name must never get this far. */
function recordingApi() {
  const createBlank = vi.fn((id: string) => Promise.resolve({ id }));
  const create = vi.fn((document: Record<string, unknown>) =>
    Promise.resolve({ id: String(document.id) }),
  );
  return { api: { createBlank, create } as unknown as JourneysApi, createBlank, create };
}

describe('NewJourney', () => {
  it('refuses a name of only spaces, saying why, even with an id typed', async () => {
    const { api, createBlank } = recordingApi();
    render(<NewJourney api={api} onCreated={() => {}} />);
    await userEvent.type(screen.getByLabelText('Name'), '   ');
    await userEvent.type(screen.getByLabelText('Id'), 'spaces');
    expect(screen.getByRole('alert')).toHaveTextContent('cannot be blank or only spaces');
    expect(screen.getByLabelText('Name')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('button', { name: 'Create' })).toBeDisabled();
    expect(createBlank).not.toHaveBeenCalled();
  });

  it('creates a journey once the name has words', async () => {
    const { api, createBlank } = recordingApi();
    const onCreated = vi.fn();
    render(<NewJourney api={api} onCreated={onCreated} />);
    await userEvent.type(screen.getByLabelText('Name'), '  Gentle ladder');
    expect(screen.queryByRole('alert')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Create' }));
    expect(createBlank).toHaveBeenCalledWith('gentle-ladder', '  Gentle ladder');
    expect(onCreated).toHaveBeenCalledWith('gentle-ladder');
  });
});
