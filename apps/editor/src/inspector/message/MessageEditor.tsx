import {
  factCatalogue,
  factLabel,
  renderTemplate,
  smsSegments,
  type LocalizedText,
} from '@tandem/dsl';
import { useId, useRef, useState } from 'react';
import { useI18n } from '../../i18n/use-i18n';
import { previewFacts, sampleFor } from '../../simulate/sample-borrowers';
import { insertAt, variableGroups, variableText } from './variables';

/**
 * A message in every journey language: one tab per locale, variables inserted from the fact
 * list at the cursor, a live preview rendered for a sample borrower who reads that language,
 * and, for SMS, the length and segment count (GSM-7 or UCS-2) as the user types.
 */
export function MessageEditor({
  value,
  locales,
  channel,
  onChange,
  label,
}: {
  value: LocalizedText;
  locales: readonly string[];
  channel?: string | undefined;
  onChange: (value: LocalizedText) => void;
  label: string;
}) {
  const id = useId();
  const { t, locale: appLocale } = useI18n();
  const [picked, setPicked] = useState(locales[0] ?? 'en');
  const locale = locales.includes(picked) ? picked : (locales[0] ?? 'en');
  const area = useRef<HTMLTextAreaElement>(null);
  const text = value[locale] ?? '';
  const sample = sampleFor(locale, locales);
  const preview = renderTemplate({ template: text, locale, facts: previewFacts(sample) });
  const sms = smsSegments(preview.ok ? preview.text : text);

  const write = (next: string) => onChange({ ...value, [locale]: next });
  const insert = (variable: string) => {
    const element = area.current;
    const start = element?.selectionStart ?? text.length;
    const end = element?.selectionEnd ?? text.length;
    const result = insertAt(text, start, end, variable);
    write(result.text);
    requestAnimationFrame(() => {
      element?.focus();
      element?.setSelectionRange(result.cursor, result.cursor);
    });
  };

  return (
    <div className="message-editor">
      <div role="tablist" aria-label={t('inspector.message.languages', { label })} className="tabs">
        {locales.map((tag) => {
          const missing = !(value[tag] ?? '').trim();
          return (
            <button
              key={tag}
              type="button"
              role="tab"
              id={`${id}-tab-${tag}`}
              aria-selected={tag === locale}
              aria-controls={`${id}-panel`}
              className={`tab${tag === locale ? ' is-active' : ''}${missing ? ' is-missing' : ''}`}
              onClick={() => setPicked(tag)}
            >
              {tag}
              {missing && (
                <span className="tab-dot" aria-label={t('inspector.message.notWritten')} />
              )}
            </button>
          );
        })}
      </div>
      <div
        role="tabpanel"
        id={`${id}-panel`}
        aria-labelledby={`${id}-tab-${locale}`}
        className="tab-panel"
      >
        <textarea
          ref={area}
          className="input message-text"
          rows={5}
          aria-label={`${label} (${locale})`}
          value={text}
          onChange={(event) => write(event.target.value)}
        />
        <div className="message-tools">
          <select
            className="input"
            aria-label={t('inspector.message.insertVariable')}
            value=""
            onChange={(event) => {
              const fact = factCatalogue.find((f) => f.path === event.target.value);
              if (fact) insert(variableText(fact));
            }}
          >
            <option value="">{t('inspector.message.insertVariableChoose')}</option>
            {variableGroups().map((group) => (
              <optgroup
                key={group.group}
                label={t('inspector.message.variableGroup', { group: group.group })}
              >
                {group.facts.map((fact) => (
                  <option key={fact.path} value={fact.path}>
                    {t('inspector.message.variable', {
                      name: factLabel(fact.path, appLocale),
                      path: fact.path,
                    })}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
          <span className="sms-count" aria-live="polite" data-testid="sms-count">
            {channel === undefined || channel === 'sms'
              ? t('inspector.message.smsCount', {
                  units: sms.units,
                  encoding: sms.encoding,
                  segments: sms.segments,
                })
              : t('inspector.message.count', { units: text.length })}
          </span>
        </div>
        <figure className="message-preview">
          <figcaption>
            {t('inspector.message.previewFor', {
              name: sample.borrower.firstName,
              locale: sample.borrower.locale,
              currency: sample.account.currency,
            })}
          </figcaption>
          {preview.ok ? (
            <p className="preview-text" data-testid="message-preview">
              {preview.text || <em>{t('inspector.message.empty')}</em>}
            </p>
          ) : (
            <p className="preview-error" role="alert">
              {preview.error.message}
            </p>
          )}
        </figure>
      </div>
    </div>
  );
}
