import { Check, Copy } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';

/**
 * A new key's secret, shown this once: the API keeps only its hash. Copy it, store it, then
 * dismiss; after that nobody can see it again (rotate the key to get a new one).
 */
export function SecretOnce(props: { name: string; secret: string; onDone: () => void }) {
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const field = useRef<HTMLInputElement>(null);
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
        The key for “{props.name}”
      </h2>
      <p className="secret-warning">
        <strong>Copy it now: you will not see it again.</strong> Tandem keeps only a fingerprint of
        it. If it is lost, rotate the key to make a new one.
      </p>
      <div className="secret-row">
        <label className="visually-hidden" htmlFor="new-secret">
          Secret of “{props.name}”
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
          {copied === 'yes' ? 'Copied' : 'Copy'}
        </button>
      </div>
      <p className="field-help" role="status">
        {copied === 'yes' && 'Copied to the clipboard.'}
        {copied === 'failed' && 'Could not use the clipboard: the key is selected, press Ctrl+C.'}
      </p>
      <div className="dialog-actions">
        <button type="button" className="button button-primary" onClick={props.onDone}>
          I have stored it
        </button>
      </div>
    </section>
  );
}
