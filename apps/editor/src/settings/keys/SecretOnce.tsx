import { Check, Copy } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../../i18n/use-i18n';

/**
 * A new key's secret, shown this once: the API keeps only its hash. Copy it, store it, then
 * dismiss; after that nobody can see it again (rotate the key to get a new one).
 */
export function SecretOnce(props: { name: string; secret: string; onDone: () => void }) {
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const field = useRef<HTMLInputElement>(null);
  const { t, intl } = useI18n();
  useEffect(() => heading.current?.focus(), []);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(props.secret);
      setCopied('yes');
    } catch {
      // No clipboard permission: select it, so Ctrl+C copies it.
      field.current?.select();
      setCopied('failed');
    }
  };

  return (
    <section className="card secret-once" aria-labelledby="secret-heading">
      <h2 id="secret-heading" className="panel-title" tabIndex={-1} ref={heading}>
        {t('settings.keys.secretTitle', { name: props.name })}
      </h2>
      <p className="secret-warning">
        {intl.formatMessage(
          { id: 'settings.keys.secretWarning' },
          { strong: (chunks) => <strong>{chunks}</strong> },
        )}
      </p>
      <div className="secret-row">
        <label className="visually-hidden" htmlFor="new-secret">
          {t('settings.keys.secretLabel', { name: props.name })}
        </label>
        <input
          id="new-secret"
          ref={field}
          className="input input-code secret-value"
          readOnly
          value={props.secret}
          onFocus={(event) => event.currentTarget.select()}
        />
        <button type="button" className="button" onClick={() => void copy()}>
          {copied === 'yes' ? (
            <Check size={16} aria-hidden="true" />
          ) : (
            <Copy size={16} aria-hidden="true" />
          )}
          {copied === 'yes' ? t('settings.keys.copied') : t('settings.keys.copy')}
        </button>
      </div>
      <p className="field-help" role="status">
        {copied === 'yes' && t('settings.keys.copiedStatus')}
        {copied === 'failed' && t('settings.keys.copyFailed')}
      </p>
      <div className="dialog-actions">
        <button type="button" className="button button-primary" onClick={props.onDone}>
          {t('settings.keys.stored')}
        </button>
      </div>
    </section>
  );
}
