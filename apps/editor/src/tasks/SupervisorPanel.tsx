import { useQuery } from '@tanstack/react-query';
import { useApi } from '../api/client';
import { taskStatsCsvUrl } from '../api/tasks-api';
import { QUEUE_REFRESH_MS } from './use-tasks';

const percent = (share: number | null) => (share === null ? '—' : `${Math.round(share * 100)} %`);
const minutes = (value: number | null) => {
  if (value === null) return '—';
  return value < 90 ? `${Math.round(value)} min` : `${(value / 60).toFixed(1)} h`;
};

/** Supervisors (admins): per queue and per agent, today, with a CSV export of the same. */
export function SupervisorPanel() {
  const { tasks } = useApi();
  const stats = useQuery({
    queryKey: ['tasks', 'stats'],
    queryFn: () => tasks.stats(),
    refetchInterval: QUEUE_REFRESH_MS,
  });
  return (
    <section className="card" aria-labelledby="supervisor-heading">
      <h2 id="supervisor-heading" className="panel-title">
        Supervisor: today
      </h2>
      {stats.isError && (
        <p role="alert" className="form-error">
          The statistics could not be loaded: {stats.error.message}
        </p>
      )}
      {stats.data && (
        <>
          <table className="journey-table">
            <caption className="visually-hidden">Per queue, today</caption>
            <thead>
              <tr>
                <th scope="col">Queue</th>
                <th scope="col">Open</th>
                <th scope="col">Overdue</th>
                <th scope="col">Resolved today</th>
                <th scope="col">Median time to resolve</th>
                <th scope="col">Within SLA</th>
              </tr>
            </thead>
            <tbody>
              {stats.data.queues.map((q) => (
                <tr key={q.queue}>
                  <td>{q.queue}</td>
                  <td>{q.open}</td>
                  <td className={q.overdue ? 'sla-overdue' : undefined}>{q.overdue}</td>
                  <td>{q.resolved}</td>
                  <td>{minutes(q.medianMinutesToResolve)}</td>
                  <td>{percent(q.shareWithinSla)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <table className="journey-table">
            <caption className="visually-hidden">Per agent, today</caption>
            <thead>
              <tr>
                <th scope="col">Agent</th>
                <th scope="col">Holding</th>
                <th scope="col">Of those overdue</th>
                <th scope="col">Resolved today</th>
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
          Export CSV
        </a>
      </p>
    </section>
  );
}
