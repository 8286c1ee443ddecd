import { useId, useState } from 'react';
import { useApi } from '../api/client';
import { callOutcomes, callResults, type BorrowerPage, type CallInput } from '../api/borrowers-api';
import { useI18n } from '../i18n/use-i18n';
import { Refusal } from './Refusal';
import { utcTime } from './timeline-text';
import { useBorrowerMutation } from './use-borrower';

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
