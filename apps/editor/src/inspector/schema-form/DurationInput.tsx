import { humanizeDuration, isIsoDuration } from '@tandem/dsl';
import { useState } from 'react';
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
            simple
          </button>
        )}
        <span className="field-note">
          {isIsoDuration(value) ? humanizeDuration(value) : 'e.g. P2D, PT4H'}
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
        aria-label="Unit"
        value={simple.unit}
        onChange={(event) =>
          onChange(durationIso(simple.amount, event.target.value as DurationUnit))
        }
      >
        {durationUnits.map((u) => (
          <option key={u.unit} value={u.unit}>
            {u.label}
          </option>
        ))}
      </select>
      <button type="button" className="link-button" onClick={() => setCustom(true)}>
        ISO
      </button>
    </span>
  );
}
