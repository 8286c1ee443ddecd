import type { LaunchPreview } from '../api/launch-api';

/** What launching would do now: counts, then a few matching borrowers (no contact details). */
export function PreviewResult({ preview }: { preview: LaunchPreview }) {
  return (
    <div className="launch-preview" aria-live="polite" data-testid="launch-preview">
      <dl className="launch-counts">
        <div>
          <dt>Match now</dt>
          <dd>{preview.matching.toLocaleString()}</dd>
        </div>
        <div>
          <dt>Would enroll</dt>
          <dd>{preview.wouldEnroll.toLocaleString()}</dd>
        </div>
        <div>
          <dt>Held out</dt>
          <dd>
            {preview.wouldHoldOut.toLocaleString()}
            {preview.holdoutIsEstimate ? ' (about)' : ''}
          </dd>
        </div>
        <div>
          <dt>In another journey</dt>
          <dd>{preview.inAnotherJourney.toLocaleString()}</dd>
        </div>
        {preview.alreadyInThisJourney > 0 && (
          <div>
            <dt>Already in this one</dt>
            <dd>{preview.alreadyInThisJourney.toLocaleString()}</dd>
          </div>
        )}
      </dl>
      {preview.sample.length > 0 && (
        <table className="launch-sample">
          <caption>Some of them</caption>
          <thead>
            <tr>
              <th scope="col">First name</th>
              <th scope="col">Borrower</th>
              <th scope="col">Account</th>
            </tr>
          </thead>
          <tbody>
            {preview.sample.map((row) => (
              <tr key={row.accountExternalId}>
                <td>{row.firstName}</td>
                <td>{row.borrowerExternalId}</td>
                <td>{row.accountExternalId}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
