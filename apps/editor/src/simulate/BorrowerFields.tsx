import type { EnrollmentFacts } from '@tandem/dsl';
import { useState } from 'react';
import { DateInput } from '../i18n/DateInput';
import { useI18n } from '../i18n/use-i18n';
import { sampleBorrowers } from './sample-borrowers';

/**
 * The simulated borrower: pick a sample, then adjust what matters for timing and wording
 * (language, time zone, country, amount, due date).
 */
export function BorrowerFields({
  facts,
  onChange,
}: {
  facts: EnrollmentFacts;
  onChange: (facts: EnrollmentFacts, fromSample: boolean) => void;
}) {
  const { t } = useI18n();
  const [sample, setSample] = useState(sampleBorrowers[0]?.key ?? '');
  const borrower = (patch: Partial<EnrollmentFacts['borrower']>) =>
    onChange({ ...facts, borrower: { ...facts.borrower, ...patch } }, false);
  const account = (patch: Partial<EnrollmentFacts['account']>) =>
    onChange({ ...facts, account: { ...facts.account, ...patch } }, false);
  return (
    <fieldset className="field-group borrower-fields">
      <legend className="field-label">{t('simulate.borrower')}</legend>
      <label className="field-label" htmlFor="sim-sample">
        {t('simulate.sample')}
      </label>
      <select
        id="sim-sample"
        className="input"
        value={sample}
        onChange={(event) => {
          setSample(event.target.value);
          const picked = sampleBorrowers.find((s) => s.key === event.target.value);
          if (picked) onChange(picked.facts, true);
        }}
      >
        {sampleBorrowers.map((s) => (
          <option key={s.key} value={s.key}>
            {s.facts.borrower.firstName} ({s.key})
          </option>
        ))}
      </select>
      <div className="field-grid">
        <label>
          <span className="field-label">{t('simulate.language')}</span>
          <input
            className="input"
            value={facts.borrower.locale}
            onChange={(e) => borrower({ locale: e.target.value })}
          />
        </label>
        <label>
          <span className="field-label">{t('simulate.timezone')}</span>
          <input
            className="input"
            value={facts.borrower.timezone}
            onChange={(e) => borrower({ timezone: e.target.value })}
          />
        </label>
        <label>
          <span className="field-label">{t('simulate.country')}</span>
          <input
            className="input"
            value={facts.borrower.country}
            maxLength={2}
            onChange={(e) => borrower({ country: e.target.value.toUpperCase() })}
          />
        </label>
        <label>
          <span className="field-label">
            {t('simulate.amountDue', { currency: facts.account.currency })}
          </span>
          <input
            className="input"
            type="number"
            min={0}
            value={facts.account.amountDue}
            onChange={(e) =>
              !Number.isNaN(e.target.valueAsNumber) &&
              account({ amountDue: e.target.valueAsNumber })
            }
          />
        </label>
        <div className="date-field">
          <label className="field-label" htmlFor="sim-due-date">
            {t('simulate.dueDate')}
          </label>
          <DateInput
            id="sim-due-date"
            className="input"
            value={facts.account.dueDate ?? ''}
            onChange={(e) => account({ dueDate: e.target.value || undefined })}
          />
        </div>
      </div>
    </fieldset>
  );
}
