import type { BorrowerPage } from '../api/borrowers-api';
import { useI18n } from '../i18n/use-i18n';
import { RecordPlan } from './RecordPlan';
import { RecordPromise } from './RecordPromise';

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
