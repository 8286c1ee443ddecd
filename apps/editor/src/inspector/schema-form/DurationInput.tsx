import { humanizeDuration, isIsoDuration } from '@tandem/dsl';
import { useState } from 'react';
import { useI18n } from '../../i18n/use-i18n';
import { durationIso, durationUnits, simpleDuration, type DurationUnit } from './duration';
import { NumberInput } from './NumberInput';

/**
 * A duration as "2 days" (number and unit) for the common cases, with an ISO 8601 text box for
 * anything else ("P1DT12H"). The stored value is always ISO text.
 */
export function DurationInput({
  id,
  value,
  onChange,
  describedBy,
}: {
  id: string;
  value: string;
  onChange: (iso: string) => void;
  describedBy?: string;
}) {
  const { t, locale } = useI18n();
  const simple = simpleDuration(value);
  const [custom, setCustom] = useState(simple === null);
  if (custom || simple === null) {
    return (
      <span className="duration-input">
        <input
          id={id}
          className="input"
          value={value}
          aria-describedby={describedBy}
          aria-invalid={!isIsoDuration(value)}
          onChange={(event) => onChange(event.target.value.toUpperCase())}
        />
        {simpleDuration(value) && (
          <button type="button" className="link-button" onClick={() => setCustom(false)}>
            {t('inspector.duration.simple')}
          </button>
        )}
        <span className="field-note">
          {isIsoDuration(value) ? humanizeDuration(value, locale) : t('inspector.duration.example')}
        </span>
      </span>
    );
  }
  return (
    <span className="duration-input">
      <NumberInput
        id={id}
        className="input input-number"
        min={0}
        value={simple.amount}
        aria-describedby={describedBy}
        onNumber={(amount) => onChange(durationIso(amount, simple.unit))}
      />
      <select
        className="input"
        aria-label={t('inspector.duration.unit')}
        value={simple.unit}
        onChange={(event) =>
          onChange(durationIso(simple.amount, event.target.value as DurationUnit))
        }
      >
        {durationUnits.map((u) => (
          <option key={u.unit} value={u.unit}>
            {t(`inspector.duration.${u.unit}`)}
          </option>
        ))}
      </select>
      <button type="button" className="link-button" onClick={() => setCustom(true)}>
        ISO
      </button>
    </span>
  );
}
