import { useId, useState } from 'react';
import { useApi } from '../api/client';
import type { AnswerOffer, BorrowerPage } from '../api/borrowers-api';
import { ApiCallError } from '../api/http';
import { DateInput } from '../i18n/DateInput';
import { localDateText } from '../i18n/local-date-text';
import { useI18n } from '../i18n/use-i18n';
import { Refusal } from './Refusal';
import { useBorrowerMutation } from './use-borrower';

/** The field a refused answer names (422 OUTSIDE_STEP_LIMITS `details[0].path`). */
function refusedField(error: Error | null): string | null {
  if (!(error instanceof ApiCallError) || error.code !== 'OUTSIDE_STEP_LIMITS') return null;
  const [first] = Array.isArray(error.details) ? (error.details as Array<{ path?: unknown }>) : [];
  return typeof first?.path === 'string' ? first.path : null;
}

type Enrollment = BorrowerPage['enrollments'][number];
type PromiseOffer = Extract<AnswerOffer, { kind: 'promise' }>;

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
  const { t, intl, format, locale } = useI18n();
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
      <DateInput
        id={`${ids}-date`}
        required
        min={offer.earliest}
        max={offer.latest}
        value={date}
        aria-invalid={field === 'date'}
        aria-describedby={`${ids}-date-help`}
        onChange={(e) => setDate(e.target.value)}
      />
      <p id={`${ids}-date-help`} className="field-help">
        {t('borrowers.promise.dateRange', {
          earliest: localDateText(offer.earliest, locale) ?? offer.earliest,
          latest: localDateText(offer.latest, locale) ?? offer.latest,
        })}
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
