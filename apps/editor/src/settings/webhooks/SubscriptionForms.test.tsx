import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { WebhookSubscription } from '../../api/webhooks-api';
import { CreateSubscriptionForm } from './CreateSubscriptionForm';
import { EditSubscriptionForm } from './EditSubscriptionForm';

const subscription: WebhookSubscription = {
  id: '00000000-0000-4000-8000-000000000001',
  url: 'https://crm.example.com/hooks',
  description: 'CRM (staging)',
  eventTypes: ['hold.started', 'task.created'],
  status: 'active',
  pausedReason: null,
  pausedAt: null,
  consecutiveFailures: 0,
  failingSince: null,
  createdBy: 'Ops admin',
  createdAt: '2026-03-02T09:00:00Z',
};

describe('the webhook subscription forms (one shared set of fields)', () => {
  it('create: refuses no event type, then sends the trimmed URL, description and types', async () => {
    const onCreate = vi.fn();
    render(<CreateSubscriptionForm busy={false} error={null} onCreate={onCreate} />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('URL'), ' https://crm.example.com/in ');
    await user.type(screen.getByLabelText('Description (optional)'), '  CRM  ');
    await user.click(screen.getByRole('button', { name: 'Create subscription' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Choose at least one event type.');
    expect(onCreate).not.toHaveBeenCalled();

    await user.click(screen.getByRole('checkbox', { name: 'promise.made' }));
    await user.click(screen.getByRole('button', { name: 'Create subscription' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(onCreate).toHaveBeenCalledWith({
      url: 'https://crm.example.com/in',
      description: 'CRM',
      eventTypes: ['promise.made'],
    });
    expect(screen.getByLabelText('URL')).toHaveAccessibleDescription(/./);
  });

  it('create: leaves out an empty description', async () => {
    const onCreate = vi.fn();
    render(<CreateSubscriptionForm busy={false} error={null} onCreate={onCreate} />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('URL'), 'https://crm.example.com/in');
    await user.click(screen.getByRole('checkbox', { name: 'hold.ended' }));
    await user.click(screen.getByRole('button', { name: 'Create subscription' }));
    expect(onCreate).toHaveBeenCalledWith({
      url: 'https://crm.example.com/in',
      eventTypes: ['hold.ended'],
    });
  });

  it('edit: starts from the subscription, focuses the URL, and clears an emptied description', async () => {
    const onSave = vi.fn();
    render(
      <EditSubscriptionForm
        subscription={subscription}
        busy={false}
        error="The URL must be https."
        onSave={onSave}
        onCancel={() => {}}
      />,
    );
    const url = screen.getByLabelText('URL');
    expect(url).toHaveValue('https://crm.example.com/hooks');
    expect(url).toHaveFocus();
    expect(url).toHaveAccessibleDescription(/./);
    expect(screen.getByRole('checkbox', { name: 'hold.started' })).toBeChecked();
    expect(screen.getByRole('alert')).toHaveTextContent('The URL must be https.');

    const user = userEvent.setup();
    await user.clear(screen.getByLabelText('Description (optional)'));
    await user.click(screen.getByRole('checkbox', { name: 'hold.started' }));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(onSave).toHaveBeenCalledWith({
      url: 'https://crm.example.com/hooks',
      description: null,
      eventTypes: ['task.created'],
    });
  });
});
