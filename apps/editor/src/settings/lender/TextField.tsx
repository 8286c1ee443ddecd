import type { LenderField } from '../../api/lender-api';
import { useI18n } from '../../i18n/use-i18n';

/** One labelled text field with its hint and, after a refused save, the reason (tied to it). */
export function TextField(props: {
  name: LenderField;
  label: string;
  help?: string;
  type?: 'text' | 'email' | 'tel' | 'url';
  required?: boolean;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
}) {
  const { t } = useI18n();
  const id = `lender-${props.name}`;
  const describedBy = [props.help ? `${id}-help` : '', props.error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className="lender-field">
      <label htmlFor={id} className="field-label">
        {props.required ? props.label : t('settings.lender.optional', { label: props.label })}
      </label>
      {props.help && (
        <p id={`${id}-help`} className="field-help">
          {props.help}
        </p>
      )}
      {props.error && (
        <p id={`${id}-error`} className="field-error">
          {props.error}
        </p>
      )}
      <input
        id={id}
        name={props.name}
        className="input"
        type={props.type ?? 'text'}
        required={props.required}
        value={props.value}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy || undefined}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </div>
  );
}
