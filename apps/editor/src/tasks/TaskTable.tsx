import { Link } from 'wouter';
import type { Task } from '../api/tasks-api';
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
  return (
    <table className="journey-table task-table">
      <caption className="visually-hidden">Open tasks</caption>
      <thead>
        <tr>
          <th scope="col">Borrower</th>
          <th scope="col">Reason</th>
          <th scope="col">Queue</th>
          <th scope="col">Priority</th>
          <th scope="col">Their time</th>
          <th scope="col">SLA</th>
          <th scope="col">Held by</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {props.tasks.map((task) => {
          const sla = timeLeft(task.dueAt, props.now);
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
                <span className={`badge badge-${task.priority}`}>{task.priority}</span>
              </td>
              <td>{borrowerClock(task.borrower.timezone, props.now)}</td>
              <td>
                <time dateTime={task.dueAt} className={sla.overdue ? 'sla-overdue' : undefined}>
                  {sla.text}
                </time>
              </td>
              <td>{task.assignee ? (mine ? 'you' : task.assignee) : '—'}</td>
              <td>
                {!task.assignee && (
                  <button
                    type="button"
                    className="button button-small"
                    disabled={props.busy}
                    aria-label={`Claim: ${task.borrower.firstName}, ${task.reason}`}
                    onClick={() => props.onClaim(task)}
                  >
                    Claim
                  </button>
                )}
                {mine && (
                  <button
                    type="button"
                    className="button button-small"
                    disabled={props.busy}
                    aria-label={`Release: ${task.borrower.firstName}, ${task.reason}`}
                    onClick={() => props.onRelease(task)}
                  >
                    Release
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
