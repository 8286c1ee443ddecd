import type { LaunchPreview } from '../api/launch-api';
import { useI18n } from '../i18n/use-i18n';

/** What launching would do now: counts, then a few matching borrowers (no contact details). */
export function PreviewResult({ preview }: { preview: LaunchPreview }) {
  const { t, format } = useI18n();
  return (
    <div className="launch-preview" aria-live="polite" data-testid="launch-preview">
      <dl className="launch-counts">
        <div>
          <dt>{t('audience.preview.matchNow')}</dt>
          <dd>{format.number(preview.matching)}</dd>
        </div>
        <div>
          <dt>{t('audience.preview.wouldEnroll')}</dt>
          <dd>{format.number(preview.wouldEnroll)}</dd>
        </div>
        <div>
          <dt>{t('audience.preview.heldOut')}</dt>
          <dd>
            {format.number(preview.wouldHoldOut)}
            {preview.holdoutIsEstimate ? t('audience.preview.about') : ''}
          </dd>
        </div>
        <div>
          <dt>{t('audience.preview.inAnother')}</dt>
          <dd>{format.number(preview.inAnotherJourney)}</dd>
        </div>
        {preview.alreadyInThisJourney > 0 && (
          <div>
            <dt>{t('audience.preview.already')}</dt>
            <dd>{format.number(preview.alreadyInThisJourney)}</dd>
          </div>
        )}
      </dl>
      {preview.sample.length > 0 && (
        <table className="launch-sample">
          <caption>{t('audience.preview.sample')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('audience.preview.firstName')}</th>
              <th scope="col">{t('audience.preview.borrower')}</th>
              <th scope="col">{t('audience.preview.account')}</th>
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
