import { timelineSummary, utcTime } from './timeline-text';
import { useBorrowerTimeline } from './use-borrower';

/** One timeline across journeys, newest first, with the borrower's local time and UTC. */
export function BorrowerTimeline(props: { externalId: string }) {
  const timeline = useBorrowerTimeline(props.externalId);
  const entries = timeline.data?.pages.flatMap((p) => p.entries) ?? [];
  return (
    <section className="card borrower-timeline" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading" className="panel-title">
        Timeline
      </h2>
      {timeline.isPending && <p role="status">Loading the timeline…</p>}
      {timeline.isError && (
        <p role="alert" className="form-error">
          The timeline could not be loaded: {timeline.error.message}
        </p>
      )}
      {timeline.data && entries.length === 0 && <p className="field-help">Nothing yet.</p>}
      <ol className="timeline-list" aria-label="Timeline, newest first">
        {entries.map((entry) => {
          const { title, detail } = timelineSummary(entry);
          return (
            <li
              key={`${entry.kind}-${entry.id}`}
              className={`timeline-entry timeline-${entry.kind}`}
            >
              <div className="timeline-when">
                <time dateTime={entry.at}>{entry.atLocal}</time>{' '}
                <span className="field-help">their time · {utcTime(entry.at)}</span>
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
          Older entries
        </button>
      )}
    </section>
  );
}
