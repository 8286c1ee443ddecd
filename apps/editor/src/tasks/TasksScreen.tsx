import { useState } from 'react';
import { priorities, type TaskFilters } from '../api/tasks-api';
import { useI18n } from '../i18n/use-i18n';
import { useCaller } from '../shell/caller';
import { SupervisorPanel } from './SupervisorPanel';
import { TaskTable } from './TaskTable';
import { useQueueCounts, useTaskActions, useTasks } from './use-tasks';

/**
 * Tasks (agents): every open escalation across queues, soonest SLA due first, with counts per
 * queue and filters; claim one to make it yours. The list refreshes itself, so new tasks appear
 * without reloading.
 */
export function TasksScreen() {
  const [filters, setFilters] = useState<TaskFilters>({});
  const tasks = useTasks(filters);
  const counts = useQueueCounts();
  const actions = useTaskActions();
  const caller = useCaller();
  const { t, intl } = useI18n();
  const me = caller.name;
  const error = actions.claim.error ?? actions.release.error;
  const set = (change: Partial<TaskFilters>) => setFilters((f) => ({ ...f, ...change }));

  return (
    <main className="settings-section tasks-screen">
      <header>
        <h1 className="section-title">{t('tasks.title')}</h1>
      </header>
      <section aria-labelledby="queues-heading" className="card">
        <h2 id="queues-heading" className="panel-title">
          {t('tasks.queues')}
        </h2>
        <ul className="queue-counts">
          {counts.data?.queues.map((q) => (
            <li key={q.queue}>
              <strong>{q.queue}</strong>:{' '}
              {intl.formatMessage(
                { id: 'tasks.queueCounts' },
                {
                  open: q.open,
                  overdue: q.overdue,
                  unclaimed: q.unclaimed,
                  mine: q.mine,
                  late: (chunks) => (
                    <span className={q.overdue ? 'sla-overdue' : undefined}>{chunks}</span>
                  ),
                },
              )}
            </li>
          ))}
        </ul>
      </section>
      <form
        className="task-filters"
        aria-label={t('tasks.filters')}
        onSubmit={(e) => e.preventDefault()}
      >
        <label>
          {t('tasks.filter.queue')}{' '}
          <select
            value={filters.queue ?? ''}
            onChange={(e) => set({ queue: e.target.value || undefined })}
          >
            <option value="">{t('tasks.filter.allQueues')}</option>
            {counts.data?.queues.map((q) => (
              <option key={q.queue} value={q.queue}>
                {q.queue}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('tasks.filter.priority')}{' '}
          <select
            value={filters.priority ?? ''}
            onChange={(e) =>
              set({ priority: priorities.find((p) => p === e.target.value) ?? undefined })
            }
          >
            <option value="">{t('tasks.filter.anyPriority')}</option>
            {priorities.map((p) => (
              <option key={p} value={p}>
                {t('tasks.priority', { priority: p })}
              </option>
            ))}
          </select>
        </label>
        <label>
          <input
            type="checkbox"
            checked={filters.overdue ?? false}
            onChange={(e) => set({ overdue: e.target.checked || undefined })}
          />{' '}
          {t('tasks.filter.overdueOnly')}
        </label>
        <label>
          <input
            type="checkbox"
            checked={filters.mine ?? false}
            onChange={(e) => set({ mine: e.target.checked || undefined })}
          />{' '}
          {t('tasks.filter.mine')}
        </label>
      </form>
      {error && (
        <p role="alert" className="form-error">
          {error.message}
        </p>
      )}
      <section className="card" aria-labelledby="tasks-heading" aria-busy={tasks.isFetching}>
        <h2 id="tasks-heading" className="panel-title">
          {t('tasks.open')}
        </h2>
        {tasks.isPending && <p role="status">{t('tasks.loading')}</p>}
        {tasks.isError && (
          <p role="alert" className="form-error">
            {t('tasks.loadFailed', { error: tasks.error.message })}
          </p>
        )}
        {tasks.data?.tasks.length === 0 && <p className="field-help">{t('tasks.none')}</p>}
        {tasks.data && tasks.data.tasks.length > 0 && (
          <TaskTable
            tasks={tasks.data.tasks}
            me={me}
            now={new Date()}
            busy={actions.claim.isPending || actions.release.isPending}
            onClaim={(task) => actions.claim.mutate(task.id)}
            onRelease={(task) => actions.release.mutate(task.id)}
          />
        )}
      </section>
      {caller.role === 'admin' && <SupervisorPanel />}
    </main>
  );
}
