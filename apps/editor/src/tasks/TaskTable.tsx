import { Link } from 'wouter';
import type { Task } from '../api/tasks-api';
import { useI18n } from '../i18n/use-i18n';
import { borrowerClock, timeLeft } from './time-left';

/**
 * Open tasks, soonest due first: what, for whom, their local time, how long is left, who has it.
 * Overdue rows stand out by colour and by words ("overdue 2 h"), never by colour alone.
 */
export function TaskTable(props: {
  tasks: Task[];
  me: string;
  now: Date;
  busy: boolean;
  onClaim: (task: Task) => void;
  onRelease: (task: Task) => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <table className="journey-table task-table">
      <caption className="visually-hidden">{t('tasks.open')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('tasks.column.borrower')}</th>
          <th scope="col">{t('tasks.column.reason')}</th>
          <th scope="col">{t('tasks.column.queue')}</th>
          <th scope="col">{t('tasks.column.priority')}</th>
          <th scope="col">{t('tasks.column.theirTime')}</th>
          <th scope="col">{t('tasks.column.sla')}</th>
          <th scope="col">{t('tasks.column.heldBy')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('tasks.column.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {props.tasks.map((task) => {
          const sla = timeLeft(task.dueAt, props.now, i18n);
          const mine = task.assignee === props.me;
          return (
            <tr key={task.id} className={sla.overdue ? 'task-overdue' : undefined}>
              {/* A plain cell (not a row header): the name is data, and a link to their page. */}
              <td className="task-borrower">
                <Link
                  href={`/borrowers/${encodeURIComponent(task.borrower.externalId)}?task=${encodeURIComponent(task.id)}`}
                >
                  {task.borrower.firstName}
                </Link>
              </td>
              <td>{task.reason}</td>
              <td>{task.queue}</td>
              <td>
                <span className={`badge badge-${task.priority}`}>
                  {t('tasks.priority', { priority: task.priority })}
                </span>
              </td>
              <td>{borrowerClock(task.borrower.timezone, props.now)}</td>
              <td>
                <time dateTime={task.dueAt} className={sla.overdue ? 'sla-overdue' : undefined}>
                  {sla.text}
                </time>
              </td>
              <td>{task.assignee ? (mine ? t('tasks.heldByYou') : task.assignee) : '—'}</td>
              <td>
                {!task.assignee && (
                  <button
                    type="button"
                    className="button button-small"
                    disabled={props.busy}
                    aria-label={t('tasks.claimLabel', {
                      name: task.borrower.firstName,
                      reason: task.reason,
                    })}
                    onClick={() => props.onClaim(task)}
                  >
                    {t('tasks.claim')}
                  </button>
                )}
                {mine && (
                  <button
                    type="button"
                    className="button button-small"
                    disabled={props.busy}
                    aria-label={t('tasks.releaseLabel', {
                      name: task.borrower.firstName,
                      reason: task.reason,
                    })}
                    onClick={() => props.onRelease(task)}
                  >
                    {t('tasks.release')}
                  </button>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
