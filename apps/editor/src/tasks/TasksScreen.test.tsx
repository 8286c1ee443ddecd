import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Task } from '../api/tasks-api';
import { fakeApi, type FakeApi } from '../api/testing/fake-api';
import { renderApp } from '../api/testing/render-app';

const agent = { name: 'Sam', role: 'agent' as const, secret: 'tdm_agent_secret_0123456789' };
const hoursFromNow = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();

const task = (overrides: Partial<Task> & { id: string }): Task => ({
  enrollmentId: null,
  nodeId: null,
  borrower: { externalId: 'B1', firstName: 'Lan', lastName: null, timezone: 'Asia/Ho_Chi_Minh' },
  queue: 'collections',
  priority: 'normal',
  reason: 'Broken promise',
  outcomes: ['agreed', 'noContact'],
  dueAt: hoursFromNow(3),
  status: 'open',
  assignee: null,
  claimedAt: null,
  breachedAt: null,
  outcome: null,
  note: null,
  createdAt: hoursFromNow(-24),
  resolvedAt: null,
  ...overrides,
});

async function openTasks(api: FakeApi) {
  renderApp(api, '/tasks');
  const user = userEvent.setup();
  await user.type(await screen.findByLabelText('API key'), agent.secret);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
  await screen.findByRole('heading', { name: 'Tasks' });
  return user;
}
const table = () => screen.findByRole('table', { name: 'Open tasks' });

describe('Tasks', () => {
  it('lists open tasks soonest due first, overdue ones marked in words, with queue counts', async () => {
    const api = fakeApi({
      keys: [agent],
      tasks: [
        task({ id: 't1', reason: 'Hardship call', queue: 'hardship', dueAt: hoursFromNow(5) }),
        task({ id: 't2', reason: 'Broken promise', dueAt: hoursFromNow(-2), priority: 'urgent' }),
      ],
    });
    await openTasks(api);
    const rows = within(await table())
      .getAllByRole('row')
      .slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      expect.stringContaining('Broken promise'),
      expect.stringContaining('Hardship call'),
    ]);
    expect(rows[0]).toHaveTextContent(/overdue 2 hr/);
    expect(rows[0]).toHaveClass('task-overdue');
    expect(rows[1]).toHaveTextContent(/4 hr 59 min left|5 hr left/);
    const queues = screen.getByRole('region', { name: 'Queues' });
    expect(await within(queues).findByText(/^collections/)).toBeTruthy();
    expect(
      within(queues)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'collections: 1 open, 1 overdue, 1 unclaimed, 0 yours',
      'hardship: 1 open, 0 overdue, 1 unclaimed, 0 yours',
    ]);
  });

  it('claims with the keyboard, then offers release; filters to mine', async () => {
    const api = fakeApi({
      keys: [agent],
      tasks: [task({ id: 't1' }), task({ id: 't2', reason: 'Kim’s task', assignee: 'Kim' })],
    });
    const user = await openTasks(api);
    const claim = within(await table()).getByRole('button', { name: 'Claim: Lan, Broken promise' });
    claim.focus();
    await user.keyboard('{Enter}');
    await within(await table()).findByRole('button', { name: 'Release: Lan, Broken promise' });
    expect(api.requests.some((r) => r.method === 'POST' && r.path === '/v1/tasks/t1/claim')).toBe(
      true,
    );
    expect(within(await table()).getByText('Kim')).toBeVisible();
    await user.click(screen.getByLabelText('Mine'));
    await waitFor(async () => expect(within(await table()).getAllByRole('row')).toHaveLength(2));
  });

  it('shows a task that arrives while open, without reloading', async () => {
    const api = fakeApi({ keys: [agent], tasks: [task({ id: 't1' })] });
    await openTasks(api);
    await table();
    api.addTask(task({ id: 't9', reason: 'New escalation', dueAt: hoursFromNow(1) }));
    await screen.findByText('New escalation', {}, { timeout: 15_000 });
  }, 20_000);
});
