import './lender.css';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import {
  fieldErrors,
  identityFacts,
  type IdentityFact,
  type LenderField,
  type LenderSettings,
  type StoredLenderSettings,
} from '../../api/lender-api';
import { BrandColourField } from './BrandColourField';
import { LogoField } from './LogoField';
import { TextField } from './TextField';
import { useLenderSettings, useSaveLenderSettings } from './use-lender';

type Draft = Record<Exclude<LenderField, 'logo'>, string> & { logo?: string };

const empty: Draft = {
  legalName: '',
  tradingName: '',
  brandColour: '',
  supportPhone: '',
  supportEmail: '',
  supportHours: '',
  licenceNumber: '',
  privacyUrl: '',
};

const labels: Record<LenderField, string> = {
  legalName: 'Legal name',
  tradingName: 'Trading name',
  logo: 'Logo',
  brandColour: 'Brand colour',
  supportPhone: 'Support phone',
  supportEmail: 'Support email',
  supportHours: 'Support hours',
  licenceNumber: 'Registration or licence number',
  privacyUrl: 'Privacy notice link',
};

const factLabels: Record<IdentityFact, string> = {
  dateOfBirth: 'Date of birth',
  postcode: 'Postcode',
  accountLast4: 'Last 4 digits of the account number',
};

/** Blank fields are left out: the API clears what is not sent. */
function toSettings(draft: Draft): LenderSettings {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(draft)) {
    const trimmed = value?.trim();
    if (trimmed) out[key] = trimmed;
  }
  return out as unknown as LenderSettings;
}

/**
 * Settings → Lender (admins): who the borrower is dealing with. Every portal page shows the
 * name, logo, contact, licence and privacy link; messages place them with `{{ lender.* }}`.
 * A refused save keeps what was typed, lists each problem and marks each field.
 */
export function LenderSettingsSection() {
  const stored = useLenderSettings();
  return (
    <main className="settings-section">
      <header>
        <h2 className="section-title">Lender</h2>
        <p className="field-help">
          Who borrowers are dealing with. Every portal page shows the name in its title and header
          and the contact, licence and privacy link at the bottom; messages can say them with{' '}
          <code>{'{{ lender.name }}'}</code>, <code>{'{{ lender.supportPhone }}'}</code> and{' '}
          <code>{'{{ lender.collectorDisclosure }}'}</code> (the debt-collector statement that
          Regulation F journeys must carry).
        </p>
      </header>
      {stored.isPending && <p role="status">Loading the lender settings…</p>}
      {stored.isError && (
        <p role="alert" className="form-error">
          The lender settings could not be loaded: {stored.error.message}
        </p>
      )}
      {stored.isSuccess && <LenderForm stored={stored.data} />}
    </main>
  );
}

/** The form, started from what is stored (or blank). */
function LenderForm(props: { stored: StoredLenderSettings | null }) {
  const save = useSaveLenderSettings();
  const { payment, identityCheck, supportSchedule, ...identity } = props.stored?.settings ?? {
    legalName: '',
  };
  const [draft, setDraft] = useState<Draft>({ ...empty, ...identity });
  const [fact, setFact] = useState<IdentityFact | ''>(identityCheck?.fact ?? '');
  const summary = useRef<HTMLDivElement>(null);
  const errors = fieldErrors(save.error);
  const problems = Object.entries(errors) as Array<[LenderField, string]>;

  useEffect(() => {
    if (save.isError) summary.current?.focus();
  }, [save.isError, save.error]);

  const set = (field: LenderField) => (value: string | undefined) =>
    setDraft((d) => ({ ...d, [field]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    // The payment page and the structured hours are not edited here: a save keeps them.
    save.mutate({
      ...toSettings(draft),
      ...(payment ? { payment } : {}),
      ...(supportSchedule ? { supportSchedule } : {}),
      ...(fact ? { identityCheck: { fact } } : {}),
    });
  };
  const field = (name: Exclude<LenderField, 'logo' | 'brandColour'>, extra = {}) => (
    <TextField
      name={name}
      label={labels[name]}
      value={draft[name]}
      error={errors[name]}
      onChange={set(name)}
      {...extra}
    />
  );

  return (
    <form className="card lender-form" onSubmit={submit} noValidate>
      {save.isError && (
        <div ref={summary} tabIndex={-1} role="alert" className="form-error error-summary">
          <h3>The settings were not saved</h3>
          {problems.length > 0 ? (
            <ul>
              {problems.map(([name, message]) => (
                <li key={name}>
                  <a href={`#lender-${name}`}>
                    {labels[name]}: {message}
                  </a>
                </li>
              ))}
            </ul>
          ) : (
            <p>{save.error.message}</p>
          )}
        </div>
      )}
      {save.isSuccess && !save.isPending && (
        <p role="status" className="notice">
          Saved. The portal shows the new details within a few seconds.
        </p>
      )}
      <fieldset>
        <legend className="panel-title">Names</legend>
        {field('legalName', { required: true, help: 'As registered, e.g. in the licence.' })}
        {field('tradingName', {
          help: 'The name borrowers know; else the legal name is shown.',
        })}
        {field('licenceNumber')}
      </fieldset>
      <fieldset>
        <legend className="panel-title">Look</legend>
        <LogoField value={draft.logo} error={errors.logo} onChange={set('logo')} />
        <BrandColourField
          value={draft.brandColour}
          error={errors.brandColour}
          onChange={set('brandColour')}
        />
      </fieldset>
      <fieldset>
        <legend className="panel-title">Support</legend>
        {field('supportPhone', {
          type: 'tel',
          help: 'With the country code, e.g. +1 555 0100.',
        })}
        {field('supportEmail', { type: 'email' })}
        {field('supportHours', { help: 'e.g. Mon–Fri 9:00–17:00 (Eastern time).' })}
        {field('privacyUrl', { type: 'url', help: 'An https:// link to the privacy notice.' })}
      </fieldset>
      <fieldset>
        <legend className="panel-title">Borrower portal</legend>
        <div className="lender-field">
          <label htmlFor="lender-identityCheck" className="field-label">
            Identity check (optional)
          </label>
          <select
            id="lender-identityCheck"
            className="input"
            aria-describedby="lender-identityCheck-help"
            value={fact}
            onChange={(event) => setFact(event.target.value as IdentityFact | '')}
          >
            <option value="">No check</option>
            {identityFacts.map((f) => (
              <option key={f} value={f}>
                {factLabels[f]}
              </option>
            ))}
          </select>
          <p className="field-help" id="lender-identityCheck-help">
            Before the portal shows the balance or personal details, the borrower confirms this.
            Date of birth and postcode come from the borrower attributes <code>dateOfBirth</code>{' '}
            and <code>postcode</code>; the account number from the account attribute{' '}
            <code>accountNumber</code> (else the account id). Five wrong answers lock the link for
            30 minutes.
          </p>
        </div>
      </fieldset>
      <button type="submit" className="button button-primary" disabled={save.isPending}>
        {save.isPending ? 'Saving…' : 'Save lender settings'}
      </button>
      {props.stored && (
        <p className="field-help">
          Last changed by {props.stored.updatedBy} on{' '}
          {new Date(props.stored.updatedAt).toLocaleString()}.
        </p>
      )}
    </form>
  );
}
