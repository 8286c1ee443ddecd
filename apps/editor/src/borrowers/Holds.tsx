import { useId, useState } from 'react';
import { useApi } from '../api/client';
import { holdKinds, type BorrowerPage, type HoldKind } from '../api/borrowers-api';
import { useI18n } from '../i18n/use-i18n';
import { Refusal } from './Refusal';
import { utcTime } from './timeline-text';
import { useBorrowerMutation } from './use-borrower';

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
