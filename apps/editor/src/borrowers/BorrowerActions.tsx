import { useId, useState } from 'react';
import { useApi } from '../api/client';
import {
  callOutcomes,
  callResults,
  holdKinds,
  type BorrowerPage,
  type CallInput,
  type HoldKind,
  type OpenTask,
} from '../api/borrowers-api';
import { ApiCallError } from '../api/http';
import { utcTime } from './timeline-text';
import { useBorrowerMutation } from './use-borrower';

/** The rule and the time a refused call names (409 CALL_NOT_ALLOWED `details`). */
function callRefusal(error: Error): { detail: string; next: string | null } | null {
  if (!(error instanceof ApiCallError) || error.code !== 'CALL_NOT_ALLOWED') return null;
  const details = error.details as { detail?: unknown; reason?: unknown; next?: unknown } | null;
  const detail = typeof details?.detail === 'string' ? details.detail : null;
  const reason = typeof details?.reason === 'string' ? details.reason : null;
  return {
    detail: detail ?? reason ?? error.message,
    next: typeof details?.next === 'string' ? details.next : null,
  };
}

/** Why an action was refused, as the API said it; a refused call also says when it is allowed. */
function Refusal(props: { error: Error | null }) {
  if (!props.error) return null;
  const call = callRefusal(props.error);
  return (
    <p role="alert" className="form-error">
      {call ? (
        <>
          Call not allowed now: {call.detail}.
          {call.next ? ` Next allowed ${utcTime(call.next)}.` : ' No time is allowed yet.'}
        </>
      ) : (
        props.error.message
      )}
    </p>
  );
}

/** Resolve an open task with one of its escalate step's outcomes; the journey continues there. */
export function ResolveTask(props: { externalId: string; task: OpenTask }) {
  const { borrowers } = useApi();
  const [outcome, setOutcome] = useState(props.task.outcomes[0] ?? '');
  const [note, setNote] = useState('');
  const resolve = useBorrowerMutation(props.externalId, () =>
    borrowers.resolveTask(props.task.id, outcome, note.trim()),
  );
  const ids = useId();
  return (
    <form
      className="borrower-form"
      aria-label={`Resolve: ${props.task.reason}`}
      onSubmit={(e) => {
        e.preventDefault();
        resolve.mutate(undefined);
      }}
    >
      <p>
        <strong>{props.task.reason}</strong> — {props.task.queue}, {props.task.priority}, due{' '}
        {utcTime(props.task.dueAt)},{' '}
        {props.task.assignee ? `held by ${props.task.assignee}` : 'unclaimed'}
      </p>
      <label htmlFor={`${ids}-outcome`}>Outcome</label>
      <select id={`${ids}-outcome`} value={outcome} onChange={(e) => setOutcome(e.target.value)}>
        {props.task.outcomes.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
      <label htmlFor={`${ids}-note`}>Note</label>
      <textarea
        id={`${ids}-note`}
        rows={2}
        value={note}
        onChange={(e) => setNote(e.target.value)}
      />
      <button type="submit" className="button button-primary" disabled={resolve.isPending}>
        Resolve
      </button>
      <Refusal error={resolve.error} />
    </form>
  );
}

/**
 * Log a call about one debt. The API checks the contact rules first (Reg F: 7 calls in 7 days,
 * none in the 7 days after a conversation); a refusal says why and when a call is allowed.
 */
export function LogCall(props: { externalId: string; page: BorrowerPage; taskId?: string }) {
  const { borrowers } = useApi();
  const [input, setInput] = useState<CallInput>({
    account: props.page.accounts[0]?.externalId ?? '',
    result: 'conversation',
    outcome: 'promiseToPay',
  });
  const [note, setNote] = useState('');
  const log = useBorrowerMutation(props.externalId, (call: CallInput) =>
    borrowers.logCall(props.externalId, call),
  );
  const ids = useId();
  return (
    <form
      className="borrower-form"
      aria-label="Log a call"
      onSubmit={(e) => {
        e.preventDefault();
        log.mutate(
          {
            ...input,
            ...(note.trim() ? { note: note.trim() } : {}),
            ...(props.taskId ? { taskId: props.taskId } : {}),
          },
          { onSuccess: () => setNote('') },
        );
      }}
    >
      <label htmlFor={`${ids}-account`}>Debt</label>
      <select
        id={`${ids}-account`}
        value={input.account}
        onChange={(e) => setInput({ ...input, account: e.target.value })}
      >
        {props.page.accounts.map((a) => (
          <option key={a.externalId} value={a.externalId}>
            {a.externalId}
          </option>
        ))}
      </select>
      <label htmlFor={`${ids}-result`}>Result</label>
      <select
        id={`${ids}-result`}
        value={input.result}
        onChange={(e) =>
          setInput({
            ...input,
            result: callResults.find((r) => r === e.target.value) ?? 'attempted',
          })
        }
      >
        {callResults.map((r) => (
          <option key={r} value={r}>
            {r}
          </option>
        ))}
      </select>
      <label htmlFor={`${ids}-outcome`}>Outcome</label>
      <select
        id={`${ids}-outcome`}
        value={input.outcome}
        onChange={(e) =>
          setInput({ ...input, outcome: callOutcomes.find((o) => o === e.target.value) ?? 'other' })
        }
      >
        {callOutcomes.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
      <label htmlFor={`${ids}-note`}>Note</label>
      <textarea
        id={`${ids}-note`}
        rows={2}
        value={note}
        onChange={(e) => setNote(e.target.value)}
      />
      <button
        type="submit"
        className="button button-primary"
        disabled={log.isPending || props.page.accounts.length === 0}
      >
        Log call
      </button>
      {log.isSuccess && (
        <p role="status">
          Call logged.{' '}
          {log.data.next.allowed
            ? 'Another call would be allowed now.'
            : `Next call: ${log.data.next.detail ?? log.data.next.reason ?? 'not allowed'}${log.data.next.next ? `, from ${utcTime(log.data.next.next)}` : ''}.`}
        </p>
      )}
      <Refusal error={log.error} />
    </form>
  );
}

/** Notes are append-only: add one; none is ever edited. */
export function AddNote(props: { externalId: string; taskId?: string }) {
  const { borrowers } = useApi();
  const [body, setBody] = useState('');
  const add = useBorrowerMutation(props.externalId, (text: string) =>
    borrowers.addNote(props.externalId, text, props.taskId),
  );
  const ids = useId();
  return (
    <form
      className="borrower-form"
      aria-label="Add a note"
      onSubmit={(e) => {
        e.preventDefault();
        if (body.trim()) add.mutate(body.trim(), { onSuccess: () => setBody('') });
      }}
    >
      <label htmlFor={`${ids}-body`}>Note</label>
      <textarea
        id={`${ids}-body`}
        rows={3}
        value={body}
        onChange={(e) => setBody(e.target.value)}
      />
      <button type="submit" className="button" disabled={add.isPending || !body.trim()}>
        Add note
      </button>
      <Refusal error={add.error} />
    </form>
  );
}

/** Active and past holds; start one with a reason, end an active one. */
export function Holds(props: { externalId: string; page: BorrowerPage }) {
  const { borrowers } = useApi();
  const [kind, setKind] = useState<HoldKind>('hardshipReview');
  const [reason, setReason] = useState('');
  const start = useBorrowerMutation(props.externalId, () =>
    borrowers.startHold(props.externalId, { kind, reason: reason.trim() }),
  );
  const end = useBorrowerMutation(props.externalId, (holdId: string) =>
    borrowers.endHold(props.externalId, holdId),
  );
  const ids = useId();
  return (
    <>
      {props.page.holds.length === 0 ? (
        <p className="field-help">No holds.</p>
      ) : (
        <table className="journey-table">
          <caption className="visually-hidden">Holds</caption>
          <thead>
            <tr>
              <th scope="col">Kind</th>
              <th scope="col">From</th>
              <th scope="col">Until</th>
              <th scope="col">Reason</th>
              <th scope="col">State</th>
            </tr>
          </thead>
          <tbody>
            {props.page.holds.map((h) => (
              <tr key={h.id}>
                <td>{h.kind}</td>
                <td>{utcTime(h.startsAt)}</td>
                <td>
                  {h.endedAt ? utcTime(h.endedAt) : h.endsAt ? utcTime(h.endsAt) : 'until ended'}
                </td>
                <td>{h.reason ?? '—'}</td>
                <td>
                  {h.active ? (
                    <button
                      type="button"
                      className="button button-small"
                      disabled={end.isPending}
                      onClick={() => end.mutate(h.id)}
                    >
                      End {h.kind} hold
                    </button>
                  ) : (
                    `ended${h.endedBy ? ` by ${h.endedBy}` : ''}`
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form
        className="borrower-form borrower-form-inline"
        aria-label="Start a hold"
        onSubmit={(e) => {
          e.preventDefault();
          if (reason.trim()) start.mutate(undefined, { onSuccess: () => setReason('') });
        }}
      >
        <label htmlFor={`${ids}-kind`}>Hold</label>
        <select
          id={`${ids}-kind`}
          value={kind}
          onChange={(e) => setKind(holdKinds.find((k) => k === e.target.value) ?? 'hardshipReview')}
        >
          {holdKinds.map((k) => (
            <option key={k} value={k}>
              {k}
            </option>
          ))}
        </select>
        <label htmlFor={`${ids}-reason`}>Reason</label>
        <input
          id={`${ids}-reason`}
          value={reason}
          maxLength={500}
          onChange={(e) => setReason(e.target.value)}
        />
        <button type="submit" className="button" disabled={start.isPending || !reason.trim()}>
          Start hold
        </button>
      </form>
      <Refusal error={start.error ?? end.error} />
    </>
  );
}
