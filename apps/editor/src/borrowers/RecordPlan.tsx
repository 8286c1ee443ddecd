import { useId, useState } from 'react';
import { useApi } from '../api/client';
import type { AnswerOffer, BorrowerPage } from '../api/borrowers-api';
import { useI18n } from '../i18n/use-i18n';
import { Refusal } from './Refusal';
import { useBorrowerMutation } from './use-borrower';

type Enrollment = BorrowerPage['enrollments'][number];
type PlanOffer = Extract<AnswerOffer, { kind: 'plan' }>;

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
