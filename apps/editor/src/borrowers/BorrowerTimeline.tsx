import { useI18n } from '../i18n/use-i18n';
import { outcomeNameOf } from '../catalogue/outcome-name';
import { timelineSummary, utcTime } from './timeline-text';
import { useBorrowerTimeline } from './use-borrower';

/** One timeline across journeys, newest first, with the borrower's local time and UTC. */
export function BorrowerTimeline(props: { externalId: string }) {
  const timeline = useBorrowerTimeline(props.externalId);
  const i18n = useI18n();
  const { t, locale } = i18n;
  const entries = timeline.data?.pages.flatMap((p) => p.entries) ?? [];
  return (
    <section className="card borrower-timeline" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading" className="panel-title">
        {t('borrowers.timeline')}
      </h2>
      {timeline.isPending && <p role="status">{t('borrowers.timeline.loading')}</p>}
      {timeline.isError && (
        <p role="alert" className="form-error">
          {t('borrowers.timeline.loadFailed', { error: timeline.error.message })}
        </p>
      )}
      {timeline.data && entries.length === 0 && (
        <p className="field-help">{t('borrowers.timeline.empty')}</p>
      )}
      <ol className="timeline-list" aria-label={t('borrowers.timeline.list')}>
        {entries.map((entry) => {
          const { title, detail } = timelineSummary(entry, t, (id) => outcomeNameOf(id, locale));
          return (
            <li
              key={`${entry.kind}-${entry.id}`}
              className={`timeline-entry timeline-${entry.kind}`}
            >
              <div className="timeline-when">
                <time dateTime={entry.at}>{entry.atLocal}</time>{' '}
                <span className="field-help">
                  {t('borrowers.timeline.theirTime', { utc: utcTime(entry.at) })}
                </span>
              </div>
              <div>
                <strong>{title}</strong>
                {detail && <p className="timeline-detail">{detail}</p>}
              </div>
            </li>
          );
        })}
      </ol>
      {timeline.hasNextPage && (
        <button
          type="button"
          className="button"
          disabled={timeline.isFetchingNextPage}
          onClick={() => void timeline.fetchNextPage()}
        >
          {t('borrowers.timeline.older')}
        </button>
      )}
    </section>
  );
}
