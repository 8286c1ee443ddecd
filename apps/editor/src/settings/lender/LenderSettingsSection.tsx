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
import type { MessageKey } from '../../i18n/message-keys';
import { useI18n } from '../../i18n/use-i18n';
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

const labels: Record<LenderField, MessageKey> = {
  legalName: 'settings.lender.field.legalName',
  tradingName: 'settings.lender.field.tradingName',
  logo: 'settings.lender.field.logo',
  brandColour: 'settings.lender.field.brandColour',
  supportPhone: 'settings.lender.field.supportPhone',
  supportEmail: 'settings.lender.field.supportEmail',
  supportHours: 'settings.lender.field.supportHours',
  licenceNumber: 'settings.lender.field.licenceNumber',
  privacyUrl: 'settings.lender.field.privacyUrl',
};

const factLabels: Record<IdentityFact, MessageKey> = {
  dateOfBirth: 'settings.lender.fact.dateOfBirth',
  postcode: 'settings.lender.fact.postcode',
  accountLast4: 'settings.lender.fact.accountLast4',
};

// The placeholders are code, not words: the message places them, the code writes them.
const placeholder = (text: string) => () => <code>{text}</code>;

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
  const { t, intl } = useI18n();
  return (
    <main className="settings-section">
      <header>
        <h2 className="section-title">{t('settings.section.lender')}</h2>
        <p className="field-help">
          {intl.formatMessage(
            { id: 'settings.lender.intro' },
            {
              name: placeholder('{{ lender.name }}'),
              phone: placeholder('{{ lender.supportPhone }}'),
              disclosure: placeholder('{{ lender.collectorDisclosure }}'),
            },
          )}
        </p>
      </header>
      {stored.isPending && <p role="status">{t('settings.lender.loading')}</p>}
      {stored.isError && (
        <p role="alert" className="form-error">
          {t('settings.lender.loadFailed', { error: stored.error.message })}
        </p>
      )}
      {stored.isSuccess && <LenderForm stored={stored.data} />}
    </main>
  );
}

/** The form, started from what is stored (or blank). */
function LenderForm(props: { stored: StoredLenderSettings | null }) {
  const save = useSaveLenderSettings();
  const { t, intl, format } = useI18n();
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
      label={t(labels[name])}
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
          <h3>{t('settings.lender.notSaved')}</h3>
          {problems.length > 0 ? (
            <ul>
              {problems.map(([name, message]) => (
                <li key={name}>
                  <a href={`#lender-${name}`}>
                    {t('settings.lender.problem', { field: t(labels[name]), message })}
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
          {t('settings.lender.saved')}
        </p>
      )}
      <fieldset>
        <legend className="panel-title">{t('settings.lender.names')}</legend>
        {field('legalName', { required: true, help: t('settings.lender.legalNameHelp') })}
        {field('tradingName', { help: t('settings.lender.tradingNameHelp') })}
        {field('licenceNumber')}
      </fieldset>
      <fieldset>
        <legend className="panel-title">{t('settings.lender.look')}</legend>
        <LogoField value={draft.logo} error={errors.logo} onChange={set('logo')} />
        <BrandColourField
          value={draft.brandColour}
          error={errors.brandColour}
          onChange={set('brandColour')}
        />
      </fieldset>
      <fieldset>
        <legend className="panel-title">{t('settings.lender.support')}</legend>
        {field('supportPhone', { type: 'tel', help: t('settings.lender.phoneHelp') })}
        {field('supportEmail', { type: 'email' })}
        {field('supportHours', { help: t('settings.lender.hoursHelp') })}
        {field('privacyUrl', { type: 'url', help: t('settings.lender.privacyHelp') })}
      </fieldset>
      <fieldset>
        <legend className="panel-title">{t('settings.lender.portal')}</legend>
        <div className="lender-field">
          <label htmlFor="lender-identityCheck" className="field-label">
            {t('settings.lender.identityCheck')}
          </label>
          <select
            id="lender-identityCheck"
            className="input"
            aria-describedby="lender-identityCheck-help"
            value={fact}
            onChange={(event) => setFact(event.target.value as IdentityFact | '')}
          >
            <option value="">{t('settings.lender.noCheck')}</option>
            {identityFacts.map((f) => (
              <option key={f} value={f}>
                {t(factLabels[f])}
              </option>
            ))}
          </select>
          <p className="field-help" id="lender-identityCheck-help">
            {intl.formatMessage(
              { id: 'settings.lender.identityHelp' },
              { code: (chunks) => <code>{chunks}</code> },
            )}
          </p>
        </div>
      </fieldset>
      <button type="submit" className="button button-primary" disabled={save.isPending}>
        {save.isPending ? t('settings.lender.saving') : t('settings.lender.save')}
      </button>
      {props.stored && (
        <p className="field-help">
          {t('settings.lender.lastChanged', {
            who: props.stored.updatedBy,
            when: format.dateTime(props.stored.updatedAt),
          })}
        </p>
      )}
    </form>
  );
}
