import { useId, useState } from 'react';
import { useApi } from '../api/client';
import {
  callOutcomes,
  callResults,
  holdKinds,
  type AnswerOffer,
  type BorrowerPage,
  type CallInput,
  type HoldKind,
  type OpenTask,
} from '../api/borrowers-api';
import { ApiCallError } from '../api/http';
import { useI18n } from '../i18n/use-i18n';
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
  const { t } = useI18n();
  if (!props.error) return null;
  const call = callRefusal(props.error);
  return (
    <p role="alert" className="form-error">
      {call ? (
        <>
          {t('borrowers.callNotAllowed', { detail: call.detail })}{' '}
          {call.next
            ? t('borrowers.callNextAllowed', { time: utcTime(call.next) })
            : t('borrowers.callNoTimeYet')}
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
  const { t, intl } = useI18n();
  const [outcome, setOutcome] = useState(props.task.outcomes[0] ?? '');
  const [note, setNote] = useState('');
  const resolve = useBorrowerMutation(props.externalId, () =>
    borrowers.resolveTask(props.task.id, outcome, note.trim()),
  );
  const ids = useId();
  return (
    <form
      className="borrower-form"
      aria-label={t('borrowers.resolve.label', { reason: props.task.reason })}
      onSubmit={(e) => {
        e.preventDefault();
        resolve.mutate(undefined);
      }}
    >
      <p>
        {intl.formatMessage(
          { id: 'borrowers.resolve.summary' },
          {
            reason: props.task.reason,
            queue: props.task.queue,
            priority: t('tasks.priority', { priority: props.task.priority }),
            due: utcTime(props.task.dueAt),
            assignee: props.task.assignee ?? 'none',
            b: (chunks) => <strong>{chunks}</strong>,
          },
        )}
      </p>
      <label htmlFor={`${ids}-outcome`}>{t('borrowers.field.outcome')}</label>
      <select id={`${ids}-outcome`} value={outcome} onChange={(e) => setOutcome(e.target.value)}>
        {props.task.outcomes.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
      <label htmlFor={`${ids}-note`}>{t('borrowers.field.note')}</label>
      <textarea
        id={`${ids}-note`}
        rows={2}
        value={note}
        onChange={(e) => setNote(e.target.value)}
      />
      <button type="submit" className="button button-primary" disabled={resolve.isPending}>
        {t('borrowers.resolve.submit')}
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
  const { t } = useI18n();
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
      aria-label={t('borrowers.logCall')}
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
      <label htmlFor={`${ids}-account`}>{t('borrowers.field.debt')}</label>
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
      <label htmlFor={`${ids}-result`}>{t('borrowers.field.result')}</label>
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
            {t('borrowers.callResult', { result: r })}
          </option>
        ))}
      </select>
      <label htmlFor={`${ids}-outcome`}>{t('borrowers.field.outcome')}</label>
      <select
        id={`${ids}-outcome`}
        value={input.outcome}
        onChange={(e) =>
          setInput({ ...input, outcome: callOutcomes.find((o) => o === e.target.value) ?? 'other' })
        }
      >
        {callOutcomes.map((o) => (
          <option key={o} value={o}>
            {t('borrowers.callOutcome', { outcome: o })}
          </option>
        ))}
      </select>
      <label htmlFor={`${ids}-note`}>{t('borrowers.field.note')}</label>
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
        {t('borrowers.logCall.submit')}
      </button>
      {log.isSuccess && (
        <p role="status">
          {t('borrowers.logCall.done')}{' '}
          {log.data.next.allowed
            ? t('borrowers.logCall.nextAllowedNow')
            : log.data.next.next
              ? t('borrowers.logCall.nextFrom', {
                  detail: log.data.next.detail ?? log.data.next.reason ?? t('borrowers.notAllowed'),
                  time: utcTime(log.data.next.next),
                })
              : t('borrowers.logCall.next', {
                  detail: log.data.next.detail ?? log.data.next.reason ?? t('borrowers.notAllowed'),
                })}
        </p>
      )}
      <Refusal error={log.error} />
    </form>
  );
}

/** Notes are append-only: add one; none is ever edited. */
export function AddNote(props: { externalId: string; taskId?: string }) {
  const { borrowers } = useApi();
  const { t } = useI18n();
  const [body, setBody] = useState('');
  const add = useBorrowerMutation(props.externalId, (text: string) =>
    borrowers.addNote(props.externalId, text, props.taskId),
  );
  const ids = useId();
  return (
    <form
      className="borrower-form"
      aria-label={t('borrowers.addNote.label')}
      onSubmit={(e) => {
        e.preventDefault();
        if (body.trim()) add.mutate(body.trim(), { onSuccess: () => setBody('') });
      }}
    >
      <label htmlFor={`${ids}-body`}>{t('borrowers.field.note')}</label>
      <textarea
        id={`${ids}-body`}
        rows={3}
        value={body}
        onChange={(e) => setBody(e.target.value)}
      />
      <button type="submit" className="button" disabled={add.isPending || !body.trim()}>
        {t('borrowers.addNote.submit')}
      </button>
      <Refusal error={add.error} />
    </form>
  );
}

/** Active and past holds; start one with a reason, end an active one. */
export function Holds(props: { externalId: string; page: BorrowerPage }) {
  const { borrowers } = useApi();
  const { t } = useI18n();
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
        <p className="field-help">{t('borrowers.noHolds')}</p>
      ) : (
        <table className="journey-table">
          <caption className="visually-hidden">{t('borrowers.holds')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('borrowers.column.kind')}</th>
              <th scope="col">{t('borrowers.column.from')}</th>
              <th scope="col">{t('borrowers.column.until')}</th>
              <th scope="col">{t('borrowers.column.reason')}</th>
              <th scope="col">{t('borrowers.column.state')}</th>
            </tr>
          </thead>
          <tbody>
            {props.page.holds.map((h) => (
              <tr key={h.id}>
                <td>{t('borrowers.holdKind', { kind: h.kind })}</td>
                <td>{utcTime(h.startsAt)}</td>
                <td>
                  {h.endedAt
                    ? utcTime(h.endedAt)
                    : h.endsAt
                      ? utcTime(h.endsAt)
                      : t('borrowers.hold.untilEnded')}
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
                      {t('borrowers.hold.end', { kind: t('borrowers.holdKind', { kind: h.kind }) })}
                    </button>
                  ) : h.endedBy ? (
                    t('borrowers.hold.endedBy', { who: h.endedBy })
                  ) : (
                    t('borrowers.hold.ended')
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form
        className="borrower-form borrower-form-inline"
        aria-label={t('borrowers.hold.start')}
        onSubmit={(e) => {
          e.preventDefault();
          if (reason.trim()) start.mutate(undefined, { onSuccess: () => setReason('') });
        }}
      >
        <label htmlFor={`${ids}-kind`}>{t('borrowers.hold.field')}</label>
        <select
          id={`${ids}-kind`}
          value={kind}
          onChange={(e) => setKind(holdKinds.find((k) => k === e.target.value) ?? 'hardshipReview')}
        >
          {holdKinds.map((k) => (
            <option key={k} value={k}>
              {t('borrowers.holdKind', { kind: k })}
            </option>
          ))}
        </select>
        <label htmlFor={`${ids}-reason`}>{t('borrowers.column.reason')}</label>
        <input
          id={`${ids}-reason`}
          value={reason}
          maxLength={500}
          onChange={(e) => setReason(e.target.value)}
        />
        <button type="submit" className="button" disabled={start.isPending || !reason.trim()}>
          {t('borrowers.hold.submit')}
        </button>
      </form>
      <Refusal error={start.error ?? end.error} />
    </>
  );
}

/** The field a refused answer names (422 OUTSIDE_STEP_LIMITS `details[0].path`). */
function refusedField(error: Error | null): string | null {
  if (!(error instanceof ApiCallError) || error.code !== 'OUTSIDE_STEP_LIMITS') return null;
  const [first] = Array.isArray(error.details) ? (error.details as Array<{ path?: unknown }>) : [];
  return typeof first?.path === 'string' ? first.path : null;
}

type Enrollment = BorrowerPage['enrollments'][number];
type PromiseOffer = Extract<AnswerOffer, { kind: 'promise' }>;
type PlanOffer = Extract<AnswerOffer, { kind: 'plan' }>;

/**
 * Record the promise the borrower made on the phone. The journey waits at a promise step; the
 * date and amount limits are the step's (the same the portal offers), and the journey itself
 * checks them again.
 */
export function RecordPromise(props: {
  externalId: string;
  enrollment: Enrollment;
  offer: PromiseOffer;
}) {
  const { borrowers } = useApi();
  const { offer, enrollment } = props;
  const { t, intl, format } = useI18n();
  const [date, setDate] = useState(offer.earliest);
  const [amount, setAmount] = useState('');
  const record = useBorrowerMutation(props.externalId, (input: { date: string; amount?: number }) =>
    borrowers.recordPromise(props.externalId, enrollment.id, input),
  );
  const ids = useId();
  const field = refusedField(record.error);
  return (
    // noValidate: the step's own verdict (say, "Please promise at least 120.") is clearer than
    // the browser's bubble, and it is the one the journey applies anyway.
    <form
      className="borrower-form"
      noValidate
      aria-label={t('borrowers.promise.label', {
        journey: enrollment.journeyName,
        account: enrollment.account,
      })}
      onSubmit={(e) => {
        e.preventDefault();
        const parsed = Number(amount);
        record.mutate({
          date,
          ...(amount.trim() && Number.isFinite(parsed) ? { amount: parsed } : {}),
        });
      }}
    >
      <p>
        {intl.formatMessage(
          { id: 'borrowers.promise.intro' },
          {
            journey: enrollment.journeyName,
            account: enrollment.account,
            node: offer.nodeId,
            due: format.money(offer.amountDue, offer.currency),
            b: (chunks) => <strong>{chunks}</strong>,
            code: (chunks) => <code>{chunks}</code>,
          },
        )}
      </p>
      <label htmlFor={`${ids}-date`}>{t('borrowers.promise.date')}</label>
      <input
        id={`${ids}-date`}
        type="date"
        required
        min={offer.earliest}
        max={offer.latest}
        value={date}
        aria-invalid={field === 'date'}
        aria-describedby={`${ids}-date-help`}
        onChange={(e) => setDate(e.target.value)}
      />
      <p id={`${ids}-date-help`} className="field-help">
        {t('borrowers.promise.dateRange', { earliest: offer.earliest, latest: offer.latest })}
      </p>
      <label htmlFor={`${ids}-amount`}>{t('borrowers.promise.amount')}</label>
      <input
        id={`${ids}-amount`}
        type="number"
        inputMode="decimal"
        step="0.01"
        min={offer.minAmount > 0 ? offer.minAmount : 0.01}
        value={amount}
        aria-invalid={field === 'amount'}
        aria-describedby={`${ids}-amount-help`}
        onChange={(e) => setAmount(e.target.value)}
      />
      <p id={`${ids}-amount-help`} className="field-help">
        {offer.minAmount > 0
          ? t('borrowers.promise.atLeast', {
              amount: format.money(offer.minAmount, offer.currency),
            })
          : t('borrowers.promise.anyPart')}
      </p>
      <button type="submit" className="button button-primary" disabled={record.isPending}>
        {t('borrowers.promise.submit')}
      </button>
      {record.isSuccess && (
        <p role="status">{t('borrowers.promise.done', { who: record.data.recordedBy })}</p>
      )}
      <Refusal error={record.error} />
    </form>
  );
}

/** Record the plan the borrower chose on the phone: only the options the step offers them. */
export function RecordPlan(props: {
  externalId: string;
  enrollment: Enrollment;
  offer: PlanOffer;
}) {
  const { borrowers } = useApi();
  const { offer, enrollment } = props;
  const { t, intl, format } = useI18n();
  const [option, setOption] = useState(offer.options[0]?.option ?? 0);
  const record = useBorrowerMutation(props.externalId, (chosen: number) =>
    borrowers.recordPlan(props.externalId, enrollment.id, chosen),
  );
  const ids = useId();
  return (
    <form
      className="borrower-form"
      aria-label={t('borrowers.plan.label', {
        journey: enrollment.journeyName,
        account: enrollment.account,
      })}
      onSubmit={(e) => {
        e.preventDefault();
        record.mutate(option);
      }}
    >
      <p>
        {intl.formatMessage(
          { id: 'borrowers.plan.intro' },
          {
            journey: enrollment.journeyName,
            account: enrollment.account,
            node: offer.nodeId,
            b: (chunks) => <strong>{chunks}</strong>,
            code: (chunks) => <code>{chunks}</code>,
          },
        )}
      </p>
      {offer.options.length === 0 ? (
        <p className="field-help">{t('borrowers.plan.none')}</p>
      ) : (
        <>
          <label htmlFor={`${ids}-plan`}>{t('borrowers.plan.field')}</label>
          <select
            id={`${ids}-plan`}
            value={option}
            onChange={(e) => setOption(Number(e.target.value))}
          >
            {offer.options.map((o) => (
              <option key={o.option} value={o.option}>
                {o.label
                  ? t('borrowers.plan.optionLabelled', {
                      label: o.label,
                      count: o.instalments,
                      instalment: format.money(o.instalment, offer.currency),
                      frequency: t('borrowers.frequency', { frequency: o.frequency }),
                    })
                  : t('borrowers.plan.option', {
                      count: o.instalments,
                      instalment: format.money(o.instalment, offer.currency),
                      frequency: t('borrowers.frequency', { frequency: o.frequency }),
                    })}
              </option>
            ))}
          </select>
          <button type="submit" className="button button-primary" disabled={record.isPending}>
            {t('borrowers.plan.submit')}
          </button>
        </>
      )}
      {record.isSuccess && (
        <p role="status">{t('borrowers.plan.done', { who: record.data.recordedBy })}</p>
      )}
      <Refusal error={record.error} />
    </form>
  );
}

/** One form per enrollment waiting for a promise or a plan; nothing when none is. */
export function RecordForBorrower(props: { externalId: string; page: BorrowerPage }) {
  const { t } = useI18n();
  const waiting = props.page.enrollments.filter((e) => e.waitingFor);
  if (waiting.length === 0) return null;
  return (
    <section className="card" aria-labelledby="record-heading">
      <h2 id="record-heading" className="panel-title">
        {t('borrowers.record.title')}
      </h2>
      {waiting.map((e) =>
        e.waitingFor?.kind === 'promise' ? (
          <RecordPromise
            key={e.id}
            externalId={props.externalId}
            enrollment={e}
            offer={e.waitingFor}
          />
        ) : e.waitingFor?.kind === 'plan' ? (
          <RecordPlan
            key={e.id}
            externalId={props.externalId}
            enrollment={e}
            offer={e.waitingFor}
          />
        ) : null,
      )}
    </section>
  );
}
