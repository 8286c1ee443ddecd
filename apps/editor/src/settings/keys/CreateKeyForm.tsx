import { useState, type FormEvent } from 'react';
import { roles, type Role } from '../../api/access-types';
import type { NewKey } from '../../api/keys-api';
import { DateInput } from '../../i18n/DateInput';
import { useI18n } from '../../i18n/use-i18n';
import { roleDescriptionIds, roleLabelIds } from '../../shell/roles';

/** The start of the chosen day in the browser's time zone, as the API's ISO instant. */
const startOfDay = (date: string) => new Date(`${date}T00:00:00`).toISOString();
const tomorrow = () => {
  const d = new Date();
  d.setDate(d.getDate() + 1);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** Name, role and an optional expiry date for a new key. */
export function CreateKeyForm(props: {
  busy: boolean;
  error: string | null;
  onCreate: (input: NewKey) => void;
}) {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('designer');
  const [expires, setExpires] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onCreate({
      name: name.trim(),
      role,
      ...(expires ? { expiresAt: startOfDay(expires) } : {}),
    });
  };
  return (
    <section className="card" aria-labelledby="new-key-heading">
      <h2 id="new-key-heading" className="panel-title">
        {t('settings.keys.newKey')}
      </h2>
      <form className="new-key-form" onSubmit={submit}>
        <label>
          <span className="field-label">{t('settings.keys.name')}</span>
          <input
            className="input"
            value={name}
            onChange={(e) => setName(e.target.value)}
            required
            maxLength={100}
            placeholder={t('settings.keys.namePlaceholder')}
          />
        </label>
        <label>
          <span className="field-label">{t('settings.keys.role')}</span>
          <select
            className="input"
            value={role}
            onChange={(e) => setRole(e.target.value as Role)}
            aria-describedby="new-key-role-help"
          >
            {roles.map((r) => (
              <option key={r} value={r}>
                {t(roleLabelIds[r])}
              </option>
            ))}
          </select>
        </label>
        <div className="date-field">
          <label className="field-label" htmlFor="new-key-expires">
            {t('settings.keys.expiresOn')}
          </label>
          <DateInput
            id="new-key-expires"
            className="input"
            min={tomorrow()}
            value={expires}
            onChange={(e) => setExpires(e.target.value)}
          />
        </div>
        <button
          type="submit"
          className="button button-primary"
          disabled={props.busy || name.trim() === ''}
        >
          {props.busy ? t('settings.keys.creating') : t('settings.keys.create')}
        </button>
      </form>
      <p id="new-key-role-help" className="field-help">
        {t('settings.keys.roleHelp', {
          role: t(roleLabelIds[role]),
          description: t(roleDescriptionIds[role]),
        })}
      </p>
      {props.error && (
        <p className="form-error" role="alert">
          {props.error}
        </p>
      )}
    </section>
  );
}
