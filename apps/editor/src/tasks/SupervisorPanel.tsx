import { useQuery } from '@tanstack/react-query';
import type { IntlShape } from 'react-intl';
import { useApi } from '../api/client';
import { formatUnit } from '../i18n/unit-format';
import { useI18n } from '../i18n/use-i18n';
import { taskStatsCsvUrl } from '../api/tasks-api';
import { QUEUE_REFRESH_MS } from './use-tasks';

/** A median time to resolve: minutes below an hour and a half, else hours with one decimal. */
function minutes(intl: IntlShape, value: number | null): string {
  if (value === null) return '—';
  return value < 90
    ? formatUnit(intl, Math.round(value), 'minute')
    : formatUnit(intl, Math.round(value / 6) / 10, 'hour');
}

/** Supervisors (admins): per queue and per agent, today, with a CSV export of the same. */
export function SupervisorPanel() {
  const { tasks } = useApi();
  const { t, intl, format } = useI18n();
  const stats = useQuery({
    queryKey: ['tasks', 'stats'],
    queryFn: () => tasks.stats(),
    refetchInterval: QUEUE_REFRESH_MS,
  });
  return (
    <section className="card" aria-labelledby="supervisor-heading">
      <h2 id="supervisor-heading" className="panel-title">
        {t('tasks.supervisor.title')}
      </h2>
      {stats.isError && (
        <p role="alert" className="form-error">
          {t('tasks.supervisor.loadFailed', { error: stats.error.message })}
        </p>
      )}
      {stats.data && (
        <>
          <table className="journey-table">
            <caption className="visually-hidden">{t('tasks.supervisor.perQueue')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('tasks.column.queue')}</th>
                <th scope="col">{t('tasks.supervisor.open')}</th>
                <th scope="col">{t('tasks.supervisor.overdue')}</th>
                <th scope="col">{t('tasks.supervisor.resolvedToday')}</th>
                <th scope="col">{t('tasks.supervisor.medianToResolve')}</th>
                <th scope="col">{t('tasks.supervisor.withinSla')}</th>
              </tr>
            </thead>
            <tbody>
              {stats.data.queues.map((q) => (
                <tr key={q.queue}>
                  <td>{q.queue}</td>
                  <td>{q.open}</td>
                  <td className={q.overdue ? 'sla-overdue' : undefined}>{q.overdue}</td>
                  <td>{q.resolved}</td>
                  <td>{minutes(intl, q.medianMinutesToResolve)}</td>
                  <td>{format.percent(q.shareWithinSla)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <table className="journey-table">
            <caption className="visually-hidden">{t('tasks.supervisor.perAgent')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('tasks.supervisor.agent')}</th>
                <th scope="col">{t('tasks.supervisor.holding')}</th>
                <th scope="col">{t('tasks.supervisor.ofThoseOverdue')}</th>
                <th scope="col">{t('tasks.supervisor.resolvedToday')}</th>
              </tr>
            </thead>
            <tbody>
              {stats.data.agents.map((a) => (
                <tr key={a.agent}>
                  <td>{a.agent}</td>
                  <td>{a.open}</td>
                  <td className={a.overdue ? 'sla-overdue' : undefined}>{a.overdue}</td>
                  <td>{a.resolved}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <p>
        <a href={taskStatsCsvUrl} download>
          {t('tasks.supervisor.exportCsv')}
        </a>
      </p>
    </section>
  );
}
